/**
 * The one live-refresh event: "something changed in these tables", sent by
 * the back end to every open window over the existing transport (Electron
 * IPC or the browser host's event stream). Screens re-read what they show;
 * they never receive the data itself, so the event stays small and the
 * usual read procedures (and their masking of personal data) apply.
 */

export interface ChangeEvent {
  /** snake_case table names; `*` when the listener may have missed events (reconnect). */
  tables: string[];
  /** The whole database was replaced (a restore): every window must reload. */
  reload?: { reason: string };
}

/** The Electron channel the shell sends change events on. */
export const CHANGES_CHANNEL = 'bostad:changes';

/** Tables whose changes no screen shows: writing them must not refresh anyone's grids. */
export const QUIET_TABLES: readonly string[] = [
  'change_counters',
  'sessions',
  'daily_jobs',
  'user_prefs',
  'knex_migrations',
  'knex_migrations_lock',
  // The global search index (PostgreSQL): written with its record, whose own table is watched.
  'search_entries',
];
