/**
 * The change feed on PostgreSQL: the same interface as the SQLite poll
 * (changeFeed.ts), fed by LISTEN/NOTIFY (db/pgChanges.ts). PostgreSQL
 * notifies every listening session when a writing transaction commits,
 * this app's own included, so `check()` has nothing to do.
 */
import type { Knex } from 'knex';
import type { ChangeEvent } from '../../shared/core/changes';
import { log, safeError } from '../core/log';
import { CHANGE_CHANNEL, listenPgChanges, type PgChangeListener } from '../db/pgChanges';
import { RELOAD_KEY, type ChangeFeed } from './changeFeed';

export function createPgChangeFeed(url: string): ChangeFeed {
  const listeners = new Set<(event: ChangeEvent) => void>();
  let listening: Promise<PgChangeListener | null> | null = null;
  // True once LISTEN is in place: notifications sent before it are not ours to see.
  let listener: PgChangeListener | null = null;

  const emit = (tables: string[]): void => {
    const event: ChangeEvent = tables.includes(RELOAD_KEY)
      ? { tables: ['*'], reload: { reason: 'Databasen har återställts från en säkerhetskopia.' } }
      : { tables };
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        log().error({ err: safeError(error) }, 'change listener failed');
      }
    }
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    check: () => Promise.resolve(),
    async announceReload(db: Knex) {
      await db.raw('select pg_notify(?, ?)', [CHANGE_CHANNEL, RELOAD_KEY]);
    },
    start() {
      if (listening) return;
      const started = listenPgChanges(url, emit).catch((error: unknown) => {
        log().error({ err: safeError(error) }, 'listening for changes failed');
        return null;
      });
      listening = started;
      void started.then((l) => {
        if (listening === started) listener = l;
      });
    },
    watching: () => listener?.connected() ?? false,
    stop() {
      const was = listening;
      listening = null;
      listener = null;
      void was?.then((l) => l?.close());
    },
  };
}
