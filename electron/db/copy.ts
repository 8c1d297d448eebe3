/**
 * Copies a department's SQLite file into an empty database (PostgreSQL, or
 * another SQLite file): every table, row for row with its ids, in one
 * transaction that is committed only when each table's row count and
 * checksum read back from the target equal the source's. The id counters
 * then continue after the copied ids. A target that holds any table is
 * refused: nothing is ever merged into, or written over, existing data.
 *
 * Both databases are first brought to this version's schema by the
 * ordinary migrations (the source file too, as opening it in the app
 * would), so the two schemas are the same.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import knexFactory, { type Knex } from 'knex';
import { openDatabase, pgConfig } from './connection';
import { rawRows, refreshPlannerStatistics, resetIdSequence } from './dialect';
import { describeTarget, type DbTarget } from './target';

export interface TableCopy {
  table: string;
  rows: number;
  checksum: string;
}

/**
 * Tables the target fills itself: the migrator's own, the live-refresh
 * counters that triggers bump on every write (copying the rows bumps them
 * on the target; their values only need to move, never to equal the
 * source's), and the sessions of who has the source open, which are not
 * the target's.
 */
const TARGET_OWNED_TABLES = new Set(['knex_migrations', 'knex_migrations_lock', 'change_counters', 'sessions']);
const CHUNK = 500;

export class CopyRefusedError extends Error {}

/**
 * Ordinary tables only: the search index (FTS5 virtual tables and their
 * shadow tables) is no data of its own; the target's triggers fill its own
 * index (FTS5, or search_entries on PostgreSQL) as the records arrive.
 */
async function sqliteTables(db: Knex): Promise<string[]> {
  return rawRows<{ name: string }>(
    await db.raw(
      "select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%' order by name",
    ),
  ).map((r) => r.name);
}

/** Tables in an order where each comes after the tables its foreign keys point at. */
async function inDependencyOrder(db: Knex, tables: string[]): Promise<string[]> {
  const deps = new Map<string, string[]>();
  for (const t of tables) {
    const keys = rawRows<{ table: string }>(await db.raw(`pragma foreign_key_list(${JSON.stringify(t)})`));
    deps.set(
      t,
      keys.map((k) => k.table).filter((d) => d !== t),
    );
  }
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t)) return;
    if (path.has(t)) throw new Error(`Circular foreign keys at ${t}`);
    path.add(t);
    for (const d of deps.get(t) ?? []) visit(d, path);
    path.delete(t);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

async function primaryKey(db: Knex, table: string): Promise<string[]> {
  const cols = rawRows<{ name: string; pk: number }>(await db.raw(`pragma table_info(${JSON.stringify(table)})`));
  const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  return pk.length > 0 ? pk.map((c) => c.name) : cols.map((c) => c.name);
}

/**
 * One line per row, the same text from either engine: a
 * boolean is 1 or 0 (SQLite stores it so), numbers as JavaScript writes
 * them, text as JSON.
 */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(String(value));
}

/**
 * Rows are hashed sorted as text, so the checksum does not depend on how
 * each engine orders a text key (PostgreSQL's locale against SQLite's bytes).
 */
async function tableChecksum(db: Knex, table: string, columns: string[], key: string[]): Promise<TableCopy> {
  const lines: string[] = [];
  const page = CHUNK * 4;
  for (let offset = 0; ; offset += page) {
    const chunk = (await db(table).select(columns).orderBy(key).limit(page).offset(offset)) as Record<
      string,
      unknown
    >[];
    for (const r of chunk) lines.push(columns.map((c) => canonical(r[c])).join('\t'));
    if (chunk.length < page) break;
  }
  lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line + '\n');
  return { table, rows: lines.length, checksum: hash.digest('hex') };
}

async function isEmptyTarget(target: DbTarget): Promise<{ empty: boolean; tables: number }> {
  if (target.kind === 'sqlite') {
    if (!fs.existsSync(target.path) || fs.statSync(target.path).size === 0) return { empty: true, tables: 0 };
    const db = knexFactory({ client: 'sqlite3', connection: { filename: target.path }, useNullAsDefault: true });
    try {
      const n = (await sqliteTables(db)).length;
      return { empty: n === 0, tables: n };
    } finally {
      await db.destroy();
    }
  }
  const db = knexFactory(pgConfig(target.url, false));
  try {
    const row = rawRows<{ n: number }>(
      await db.raw(
        "select count(*)::int as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')",
      ),
    )[0]!;
    return { empty: row.n === 0, tables: row.n };
  } finally {
    await db.destroy();
  }
}

export async function copyDatabase(
  from: string,
  to: DbTarget,
  progress: (line: string) => void = () => {},
): Promise<TableCopy[]> {
  if (!fs.existsSync(from)) throw new CopyRefusedError(`Källfilen finns inte: ${from}`);
  const { empty, tables: existing } = await isEmptyTarget(to);
  if (!empty) {
    throw new CopyRefusedError(
      `Måldatabasen ${describeTarget(to)} är inte tom (${existing} tabeller). copy-db skriver bara till en tom databas; ingenting har ändrats.`,
    );
  }

  // Migrate both to this version (openDatabase migrates), then work on
  // plain connections: table and column names as the schema spells them.
  await (await openDatabase({ kind: 'sqlite', path: from })).close();
  await (await openDatabase(to)).close();
  const source = knexFactory({ client: 'sqlite3', connection: { filename: from }, useNullAsDefault: true });
  const target = knexFactory(
    to.kind === 'sqlite'
      ? { client: 'sqlite3', connection: { filename: to.path }, useNullAsDefault: true }
      : pgConfig(to.url, false),
  );
  try {
    const tables = (await inDependencyOrder(source, await sqliteTables(source))).filter(
      (t) => !TARGET_OWNED_TABLES.has(t),
    );
    const results: TableCopy[] = [];
    await target.transaction(async (trx) => {
      // Rows the migrations seeded in the new database (the departments)
      // come from the source instead, with the source's ids.
      for (const t of [...tables].reverse()) await trx(t).del();
      for (const t of tables) {
        const info = rawRows<{ name: string; type: string }>(
          await source.raw(`pragma table_info(${JSON.stringify(t)})`),
        );
        const columns = info.map((c) => c.name);
        // Only a numbered id has a counter to continue (a session's id is a token).
        const numberedId = info.some((c) => c.name === 'id' && /int/i.test(c.type));
        const key = await primaryKey(source, t);
        for (let offset = 0; ; offset += CHUNK) {
          const rows = (await source(t).select(columns).orderBy(key).limit(CHUNK).offset(offset)) as Record<
            string,
            unknown
          >[];
          if (rows.length > 0) await trx(t).insert(rows);
          if (rows.length < CHUNK) break;
        }
        if (numberedId && key.length === 1 && key[0] === 'id') await resetIdSequence(trx, t);
        const want = await tableChecksum(source, t, columns, key);
        const got = await tableChecksum(trx, t, columns, key);
        if (got.rows !== want.rows || got.checksum !== want.checksum) {
          throw new Error(
            `Tabellen ${t} blev inte lika: källan ${want.rows} rader (${want.checksum.slice(0, 12)}), målet ${got.rows} rader (${got.checksum.slice(0, 12)}). Ingenting har sparats.`,
          );
        }
        results.push(want);
        progress(`${t}: ${want.rows} rader, kontrollsumma ${want.checksum.slice(0, 16)} stämmer`);
      }
    });
    await refreshPlannerStatistics(target);
    return results;
  } finally {
    await source.destroy();
    await target.destroy();
  }
}
