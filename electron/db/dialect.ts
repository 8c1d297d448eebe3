/**
 * What differs between SQLite and PostgreSQL, in one place. Everything else
 * is the same knex code on both engines:
 *
 * - upserts: knex's `onConflict().ignore()/.merge()` writes `ON CONFLICT` on both;
 * - RETURNING: `insert(...).returning('id')` (SQLite ≥ 3.35 has it too);
 * - partial indexes: knex's `predicate: knex.whereNull(...)` on both;
 * - gapless counters: read and written inside the write transaction, which
 *   holds the one write lock on either engine (sqliteClient.ts, pgClient.ts);
 * - date arithmetic: dates are `YYYY-MM-DD` text and computed in TypeScript
 *   (shared/core/dates.ts), so no SQL date function is used on either engine;
 * - collation: sort-key columns (sortKeys.ts) compare bytewise, `COLLATE "C"`
 *   on PostgreSQL whatever the database's default locale is.
 */
import type { Knex } from 'knex';

export type Engine = 'sqlite' | 'postgresql';

export function engineOf(knex: Knex): Engine {
  const dialect = String((knex.client as { dialect: unknown }).dialect);
  if (dialect === 'postgresql' || dialect === 'postgres') return 'postgresql';
  if (dialect === 'sqlite3' || dialect === 'better-sqlite3') return 'sqlite';
  throw new Error(`Unsupported database client: ${dialect}`);
}

export function isSqlite(knex: Knex): boolean {
  return engineOf(knex) === 'sqlite';
}

/**
 * `(column is null) = false`, written so that each engine matches it to an
 * index on the expression `(column is null)`: SQLite has no boolean type
 * (the expression is 0 or 1), PostgreSQL refuses to compare a boolean with 0.
 */
export function isNotNullIndexed(knex: Knex, column: string): Knex.Raw {
  return knex.raw(`(?? is null) = ${isSqlite(knex) ? '0' : 'false'}`, [column]);
}

/**
 * A text column compared byte by byte on both engines. SQLite's default
 * (BINARY) already does; a PostgreSQL database has the locale IT created it
 * with, so the column says "C" explicitly.
 */
export function bytewiseTextColumn(knex: Knex, t: Knex.CreateTableBuilder, name: string): Knex.ColumnBuilder {
  return isSqlite(knex) ? t.text(name) : t.specificType(name, 'text collate "C"');
}

/**
 * Puts each table's id counter after its highest id, after rows were
 * copied in with their ids (copy-db). SQLite's AUTOINCREMENT counter is
 * `sqlite_sequence`; PostgreSQL's is the serial column's sequence.
 */
export async function resetIdSequence(knex: Knex, table: string, column = 'id'): Promise<void> {
  if (isSqlite(knex)) {
    const row = (await knex(table).max({ m: column }).first()) as { m: number | null } | undefined;
    const max = row?.m ?? 0;
    await knex.raw('update sqlite_sequence set seq = max(seq, ?) where name = ?', [max, table]);
    return;
  }
  await knex.raw(`select setval(pg_get_serial_sequence(?, ?), coalesce((select max(??) from ??), 0) + 1, false)`, [
    table,
    column,
    column,
    table,
  ]);
}

/** The rows of `knex.raw(select …)`: SQLite's driver gives the array, pg a result object. */
export function rawRows<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}

/**
 * One UPDATE for many rows by id (`rows` keyed by snake_case column).
 * SQLite (3.33+): `WITH v(id, …) AS (VALUES (?, …), …) UPDATE … FROM v`.
 * PostgreSQL types a VALUES list of parameters as text, which will not
 * compare with an integer id or go into an integer column, so there the
 * rows travel as JSON typed by the table's own row type
 * (`json_populate_recordset(null::table, …)`). One statement either way:
 * a statement per row costs about 0.4 ms through the driver.
 */
export async function updateManyById(
  knex: Knex,
  table: string,
  columns: string[],
  rows: { id: number; values: Record<string, unknown> }[],
): Promise<void> {
  if (rows.length === 0) return;
  const set = columns.map((c) => `${c} = v.${c}`).join(', ');
  if (!isSqlite(knex)) {
    const json = rows.map((r) => ({ id: r.id, ...Object.fromEntries(columns.map((c) => [c, r.values[c] ?? null])) }));
    await knex.raw(
      `update ${table} set ${set} from json_populate_recordset(null::${table}, ?) v where ${table}.id = v.id`,
      [JSON.stringify(json)],
    );
    return;
  }
  const bindings: unknown[] = [];
  const tuples = rows.map((r) => {
    bindings.push(r.id, ...columns.map((c) => r.values[c] ?? null));
    return `(${['?', ...columns.map(() => '?')].join(', ')})`;
  });
  await knex.raw(
    `with v(id, ${columns.join(', ')}) as (values ${tuples.join(', ')}) update ${table} set ${set} from v where ${table}.id = v.id`,
    bindings as never,
  );
}

/**
 * After a bulk load (copy-db, an import, a restore, the bench's seed), let
 * the planner know the tables' new sizes. PostgreSQL plans by the
 * statistics ANALYZE gathers, and a freshly loaded table has none until
 * autovacuum gets to it (a minute or more later): then it takes a status
 * filter for selective and scans every active lease once per unit (the
 * portfolio's units sheet at 10 000 leases: 13–16 s per chunk of 500
 * units, about 60 s for the sheet, against 0.5 s once analyzed). SQLite
 * plans by its indexes alone (this app keeps no sqlite_stat1): nothing to do.
 */
export async function refreshPlannerStatistics(knex: Knex): Promise<void> {
  if (engineOf(knex) === 'postgresql') await knex.raw('analyze');
}
