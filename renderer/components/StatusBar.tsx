/**
 * The foot of the sidebar: who you are, and who else has the database open
 * (their apps' heartbeats, see electron/features/sessions). Sessions are
 * left out of change events (a heartbeat is not news), so the list is read
 * again on a timer of its own.
 */
import { useEffect } from 'react';
import { HEARTBEAT_MS } from '../../shared/sessions/schema';
import { useProcedure } from '../api/hooks';

export function StatusBar({ displayName }: { displayName: string }) {
  const others = useProcedure('sessions.others', {});
  const { reload } = others;
  useEffect(() => {
    const timer = window.setInterval(reload, HEARTBEAT_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  const names = (others.data ?? []).map((s) => s.displayName);
  const unique = [...new Set(names)];

  return (
    <div className="sidebar-footer" role="status" aria-label="Vilka som arbetar">
      <div>{displayName}</div>
      <small className="others">
        {others.data === undefined
          ? ''
          : unique.length === 0
            ? 'Ingen annan har databasen öppen'
            : `Även inne: ${unique.join(', ')}`}
      </small>
    </div>
  );
}
