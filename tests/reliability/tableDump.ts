/**
 * Every table of a database, row for row in primary-key order: what the
 * backup round trip and the crash trials compare. Engine-neutral (knex).
 */
import type { Knex } from 'knex';

export async function tableNames(knex: Knex): Promise<string[]> {
  const client = String((knex.client as { config: { client: unknown } }).config.client);
  const rows = client.includes('pg')
    ? (
        (await knex.raw("select tablename as name from pg_tables where schemaname = 'public' order by 1")) as {
          rows: { name: string }[];
        }
      ).rows
    : ((await knex.raw(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )) as { name: string }[]);
  return rows.map((r) => r.name).filter((n) => !n.startsWith('knex_migrations'));
}

/** Rows keyed by snake_case table name; ordered by every column, so the order is total. */
export async function tableDump(knex: Knex): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of await tableNames(knex)) {
    const result = (await knex.raw(`select * from "${table}" order by 1, 2`)) as unknown[] | { rows: unknown[] };
    dump[table] = Array.isArray(result) ? result : result.rows;
  }
  return dump;
}
