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
  const rows = (await knex.raw(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
  )) as { name: string }[];
  return rows.map((r) => r.name).filter((n) => !QUIET_TABLES.includes(n));
}

export async function installChangeTriggers(knex: Knex): Promise<void> {
  const tables = await sqliteWatchedTables(knex);
  const existing = new Set(
    ((await knex.raw("select name from sqlite_master where type = 'trigger'")) as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  for (const table of tables) {
    for (const op of ['insert', 'update', 'delete'] as const) {
      const name = `bostad_change_${table}_${op}`;
      if (existing.has(name)) continue;
      // Table names come from sqlite_master, not from input; quoted all the same.
      await knex.raw(
        `create trigger if not exists "${name}" after ${op} on "${table}" begin ` +
          `insert into change_counters (table_name, version) values ('${table}', 1) ` +
          `on conflict (table_name) do update set version = version + 1; end`,
      );
    }
  }
}
