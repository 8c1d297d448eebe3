/** Inställningar: who you are shown as, and which database is open. */
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { useProcedure } from '../../api/hooks';

export function SettingsScreen() {
  const info = useProcedure('system.info', {});
  const [displayName, setDisplayName] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (info.data) setDisplayName(info.data.actor.displayName);
  }, [info.data]);

  const save = async () => {
    try {
      const actor = await api.call('users.setDisplayName', { displayName });
      setMessage({ kind: 'ok', text: `Sparat. Du visas nu som ${actor.displayName}.` });
      info.reload();
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
    }
  };

  return (
    <div className="screen settings">
      <header className="list-toolbar">
        <h1>Inställningar</h1>
      </header>
      <section className="card">
        <h2>Du</h2>
        <p className="muted">Inloggning: {info.data?.actor.login}</p>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label htmlFor="display-name">Visningsnamn</label>
          <input id="display-name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
          <button type="submit" className="primary">
            Spara
          </button>
        </form>
        {message ? <div className={`banner ${message.kind === 'ok' ? 'info' : 'error'}`}>{message.text}</div> : null}
      </section>
      <section className="card">
        <h2>Databas</h2>
        <p>
          <code>{info.data?.databasePath}</code>
        </p>
        <p className="muted">
          I skrivbordsprogrammet byter du databas under Arkiv → Byt databas… (t.ex. en gemensam fil på nätverksenheten). Version {info.data?.appVersion}.
        </p>
      </section>
    </div>
  );
}
