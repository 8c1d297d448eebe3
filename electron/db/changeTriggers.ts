/**
 * Installs, for every table a screen can show, triggers that bump the
 * table's row in `change_counters` on insert, update and delete. Run at
 * every open after the migrations (IF NOT EXISTS: nothing is written when
 * they are there), so a table added by a later migration is covered
 * without anyone remembering to. SQLite has only row triggers: a bulk
 * insert bumps the counter once per row, a few microseconds each.
 *
 * PostgreSQL (the i11a dialect) needs no counters: a statement trigger
 * calling pg_notify feeds LISTEN directly (see electron/live/changeFeed.ts).
 */
import type { Knex } from 'knex';
import { QUIET_TABLES } from '../../shared/core/changes';

export async function sqliteWatchedTables(knex: Knex): Promise<string[]> {
  // Ordinary tables only: a full-text index (virtual) takes no triggers, and
  // its shadow tables change with the record whose own table is watched.
  const rows = (await knex.raw(
    "select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%' order by name",
  )) as { name: string }[];
  return rows.map((r) => r.name).filter((n) => !QUIET_TABLES.includes(n));
}

export async function installChangeTriggers(knex: Knex): Promise<void> {
  const tables = await sqliteWatchedTables(knex);
  const rows = (await knex.raw("select name from sqlite_master where type = 'trigger'")) as { name: string }[];
  const existing = new Set(rows.map((r) => r.name));
  const missing = tables.flatMap((table) =>
    (['insert', 'update', 'delete'] as const)
      .map((op) => ({ table, op, name: `bostad_change_${table}_${op}` }))
      .filter((t) => !existing.has(t.name)),
  );
  if (missing.length === 0) return;
  // One transaction: on a new file that is one sync to disk, not ninety.
  await knex.transaction(async (trx) => {
    for (const { table, op, name } of missing) {
      // Table names come from sqlite_master, not from input; quoted all the same.
      await trx.raw(
        `create trigger if not exists "${name}" after ${op} on "${table}" begin ` +
          `insert into change_counters (table_name, version) values ('${table}', 1) ` +
          `on conflict (table_name) do update set version = version + 1; end`,
      );
    }
  });
}
