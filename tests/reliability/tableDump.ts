/**
 * Every table of a database, row for row in primary-key order: what the
 * backup round trip and the crash trials compare. Engine-neutral (knex).
 */
import type { Knex } from 'knex';

type EngineKind = 'sqlite' | 'postgresql';

/** The engine as knex was configured with it (a plain knex), unless the caller says. */
function engineOf(knex: Knex): EngineKind {
  return String((knex.client as { config: { client: unknown } }).config.client).includes('pg')
    ? 'postgresql'
    : 'sqlite';
}

export async function tableNames(knex: Knex, engine: EngineKind = engineOf(knex)): Promise<string[]> {
  const rows =
    engine === 'postgresql'
      ? (
          (await knex.raw("select tablename as name from pg_tables where schemaname = 'public' order by 1")) as {
            rows: { name: string }[];
          }
        ).rows
      : // Ordinary tables: the search index's FTS5 virtual and shadow tables follow the records.
        ((await knex.raw(
          "select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%' order by name",
        )) as { name: string }[]);
  return rows.map((r) => r.name).filter((n) => !n.startsWith('knex_migrations'));
}

/** Rows keyed by snake_case table name; ordered by every column, so the order is total. */
export async function tableDump(knex: Knex, engine: EngineKind = engineOf(knex)): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of await tableNames(knex, engine)) {
    const result = (await knex.raw(`select * from "${table}" order by 1, 2`)) as unknown[] | { rows: unknown[] };
    dump[table] = Array.isArray(result) ? result : result.rows;
  }
  return dump;
}
