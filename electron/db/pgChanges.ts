/**
 * "Something changed in table X" on PostgreSQL: a statement-level trigger
 * on every watched table calls pg_notify, and each back end LISTENs on one
 * dedicated connection. PostgreSQL delivers a notification only when the
 * writing transaction commits, and to every listening session, its own
 * included; several statements on one table in one transaction arrive as
 * one. So a colleague's save reaches every open app with no polling and no
 * counter table. The SQLite side polls `PRAGMA data_version` instead
 * (electron/live/changeFeed.ts, issue 11's other half).
 */
import type { Knex } from 'knex';
import pg from 'pg';
import { rawRows } from './dialect';

export const CHANGE_CHANNEL = 'bostad_changes';
const FUNCTION = 'bostad_notify_change';
const RECONNECT_MS = 1000;

/** Base tables of the app's schema, but those whose changes no screen shows. */
export async function pgWatchedTables(knex: Knex, quiet: readonly string[]): Promise<string[]> {
  const rows = rawRows<{ table_name: string }>(
    await knex.raw(
      "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1",
    ),
  );
  return rows.map((r) => r.table_name).filter((t) => !quiet.includes(t) && !t.startsWith('knex_'));
}

/**
 * Installs the function and one trigger per watched table where they are
 * missing. Run at every open after the migrations, so a table a later
 * migration adds is covered; when all is in place it writes nothing, so
 * colleagues starting at the same moment never queue on catalogue locks.
 */
export async function installPgChangeTriggers(knex: Knex, quiet: readonly string[] = []): Promise<void> {
  const tables = await pgWatchedTables(knex, quiet);
  const existing = new Set(
    rawRows<{ tgname: string }>(await knex.raw('select tgname from pg_trigger where not tgisinternal')).map(
      (r) => r.tgname,
    ),
  );
  const missing = tables.filter((table) => !existing.has(`${FUNCTION}_${table}`));
  if (missing.length === 0) return;
  await knex.raw(
    `create or replace function ${FUNCTION}() returns trigger language plpgsql as $$
     begin perform pg_notify('${CHANGE_CHANNEL}', tg_table_name); return null; end $$`,
  );
  for (const table of missing) {
    // Names come from the catalogue, not from input; quoted all the same.
    await knex.raw(
      `create or replace trigger "${FUNCTION}_${table}" after insert or update or delete on "${table}" ` +
        `for each statement execute function ${FUNCTION}()`,
    );
  }
}

export interface PgChangeListener {
  /** False while a dropped connection is being opened again: changes may go unheard. */
  connected(): boolean;
  close(): Promise<void>;
}

/**
 * Listens for committed changes; `onChange` gets the tables (snake_case)
 * named in each burst of notifications. A dropped connection is opened
 * again, and then `onChange(['*'])` says that anything may have changed
 * while it was away.
 */
export async function listenPgChanges(url: string, onChange: (tables: string[]) => void): Promise<PgChangeListener> {
  let client: pg.Client | null = null;
  let closed = false;
  let pending = new Set<string>();
  let flush: NodeJS.Immediate | null = null;

  const connect = async (afterDrop: boolean): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (msg) => {
      if (msg.channel !== CHANGE_CHANNEL || !msg.payload) return;
      pending.add(msg.payload);
      flush ??= setImmediate(() => {
        const tables = [...pending];
        pending = new Set();
        flush = null;
        onChange(tables);
      });
    });
    const dropped = () => {
      if (client !== c) return;
      client = null;
      scheduleReconnect();
    };
    c.on('error', dropped);
    c.on('end', dropped);
    await c.connect();
    await c.query(`LISTEN ${CHANGE_CHANNEL}`);
    client = c;
    if (afterDrop) onChange(['*']);
  };

  const scheduleReconnect = (): void => {
    if (closed) return;
    setTimeout(() => void connect(true).catch(scheduleReconnect), RECONNECT_MS).unref();
  };

  await connect(false);
  return {
    connected: () => client !== null,
    async close() {
      closed = true;
      const c = client;
      client = null;
      if (flush) clearImmediate(flush);
      await c?.end();
    },
  };
}
