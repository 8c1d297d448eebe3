/**
 * What every screen must show about the database itself: it was replaced
 * by a restore (everyone reloads), or it failed its start-up check and is
 * open read-only (restore the latest good backup).
 */
import { useEffect, useState } from 'react';
import { subscribeChanges } from '../api/changes';

export function DatabaseBanners({ readOnly }: { readOnly: boolean }) {
  const [reload, setReload] = useState<string | null>(null);
  useEffect(() => subscribeChanges((event) => event.reload && setReload(event.reload.reason)), []);

  return (
    <>
      {reload ? (
        <div className="banner conflict" role="alert">
          <p>{reload} Ladda om programmet för att arbeta vidare i den återställda databasen.</p>
          <button type="button" onClick={() => window.location.reload()}>
            Ladda om
          </button>
        </div>
      ) : null}
      {readOnly ? (
        <div className="banner error" role="alert">
          <p>
            Databasfilen är skadad och har öppnats skrivskyddad: du kan läsa men inte spara. Återställ den senaste hela
            säkerhetskopian.
          </p>
          <a href="#/sakerhetskopior">Gå till Säkerhetskopior</a>
        </div>
      ) : null}
    </>
  );
}
