/**
 * System → Säkerhetskopior: the same backups and restore the desktop offers
 * under Arkiv, so the browser host has them too. A restore replaces the
 * database for everyone; the current file is kept as a backup first.
 */
import { useState } from 'react';
import { BACKUP_REASON_LABELS, type BackupRow } from '../../../shared/backups/schema';
import { formatDateTime, formatNumber } from '../../../shared/core/format';
import { backupSettingsLabels, backupSettingsSchema } from '../../../shared/settings/schema';
import { errorMessage } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import type { FieldSpec } from '../../components/form/fieldSpec';
import { SettingsGroupForm } from '../settings/SettingsGroupForm';
import { settingsApi } from '../settings/settingsApi';
import { backupsApi } from './backupsApi';

const keepSpecs: FieldSpec[] = [
  {
    name: 'keepCount',
    label: backupSettingsLabels.keepCount,
    kind: 'integer',
    required: true,
    hint: 'De äldsta tas bort när en ny säkerhetskopia görs. En kopia görs varje dag och före varje uppdatering.',
  },
];

function megabytes(bytes: number): string {
  return `${formatNumber(bytes / 1_048_576, 1)} MB`;
}

export function BackupsScreen() {
  const status = useProcedure('backups.status', {}, { live: true });
  const keep = useProcedure('settings.backups', {});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: 'info', text: await work() });
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
      status.reload();
    }
  };

  const backupNow = () => run(async () => `Säkerhetskopian ${(await backupsApi.create()).name} är gjord.`);

  const restore = (b: BackupRow) => {
    const ok = window.confirm(
      `Återställa databasen från säkerhetskopian ${formatDateTime(b.createdAt)}?\n\n` +
        'Allt som sparats efter den tidpunkten försvinner ur databasen. Den nuvarande databasen sparas först som en säkerhetskopia. ' +
        'Alla som har programmet öppet får ladda om.',
    );
    if (!ok) return;
    void run(async () => {
      const r = await backupsApi.restore(b.name);
      return `Databasen är återställd från ${r.restored}.${r.keptAside ? ` Den tidigare databasen sparades som ${r.keptAside}.` : ''}`;
    });
  };

  const data = status.data;
  const latestGood = data?.backups.find((b) => b.name === data.damaged?.latestGood);
  return (
    <div className="screen backups">
      <header className="list-toolbar">
        <h1>Säkerhetskopior</h1>
        {data?.supported ? (
          <button type="button" disabled={busy || Boolean(data.damaged)} onClick={() => void backupNow()}>
            Säkerhetskopiera nu
          </button>
        ) : null}
      </header>
      {status.error ? <div className="banner error">{status.error.message}</div> : null}
      {message ? (
        <div className={`banner ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      ) : null}
      {data?.damaged ? (
        <div className="banner error" role="alert">
          <p>Databasfilen klarade inte kontrollen vid start och är öppnad skrivskyddad:</p>
          <ul>
            {data.damaged.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {latestGood ? (
            <button type="button" disabled={busy} onClick={() => restore(latestGood)}>
              Återställ senaste säkerhetskopian ({formatDateTime(latestGood.createdAt)})
            </button>
          ) : (
            <p>Det finns ingen säkerhetskopia att återställa. Kontakta IT.</p>
          )}
        </div>
      ) : null}
      {data ? <p className="muted">{data.supported ? `Sparas i ${data.location}` : data.location}</p> : null}
      {data?.supported ? (
        <table className="simple-table compact" aria-label="Säkerhetskopior">
          <thead>
            <tr>
              <th>Tidpunkt</th>
              <th>Anledning</th>
              <th>Storlek</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.backups.length === 0 ? (
              <tr>
                <td colSpan={4}>Inga säkerhetskopior ännu.</td>
              </tr>
            ) : null}
            {data.backups.map((b) => (
              <tr key={b.name}>
                <td title={b.name}>{formatDateTime(b.createdAt)}</td>
                <td>{BACKUP_REASON_LABELS[b.reason]}</td>
                <td>{megabytes(b.sizeBytes)}</td>
                <td>
                  <button type="button" disabled={busy} onClick={() => restore(b)}>
                    Återställ
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {keep.data && data?.supported && !data.damaged ? (
        <SettingsGroupForm
          key={`backups:${keep.data.version}`}
          title="Hur många som sparas"
          specs={keepSpecs}
          schema={backupSettingsSchema}
          stored={keep.data}
          save={(value, version) => settingsApi.setBackups({ value, version })}
          load={settingsApi.backups}
          onSaved={keep.reload}
        />
      ) : null}
    </div>
  );
}
