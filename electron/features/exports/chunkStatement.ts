/**
 * The statement that reads one chunk of an export's rows, compiled once per
 * export: knex builds the SQL for a full chunk once (the ids as `?`), and
 * on SQLite the driver prepares it once per connection and runs it for
 * every chunk; a short last chunk repeats an id, which `in (…)` ignores.
 * Building and preparing the select anew for each of 200 chunks cost about
 * a quarter of the read (10 000 leases: 0.9–1.1 s per read against
 * 0.55–0.71 s prepared, load average ~15). On SQLite the statement
 * returns the chunk as one packed text value (packedRows.ts): 100 000
 * leases read with a quarter less CPU time (1.34–1.40 s against 1.75–1.87 s)
 * and 25–30 % less wall time than as row objects (load 14–17).
 *
 * Why the `sqlite3` driver and not `better-sqlite3` for this read, though
 * better-sqlite3 12.11.1 returns raw arrays about 2.5× faster (issue 18:
 * 0.8 s against 2.7–3.5 s for 100 000 rows × 26 columns): it is not
 * N-API, so the desktop app would need a second native driver rebuilt
 * for Electron's ABI (45 here, where its binary cannot even be fetched to
 * test it), shipped and signed beside sqlite3 for one read. The read now
 * runs in the export worker, off the thread that answers colleagues, so its
 * speed is the export's own wait, not theirs. The way to the faster read
 * is to make better-sqlite3 the app's one driver (connection.ts keeps the
 * driver one knex setting for that), not a second one for exports.
 */
import type { Knex } from 'knex';
import type { NarrowPlan } from './narrowRead';
import { PackedShapeError, packedSql, unpackRows } from './packedRows';

/** A placeholder id knex compiles as a binding, recognised afterwards. */
const ID_SLOT = '\u0000export-id';

interface SqliteStatement {
  get(params: unknown[], callback: (error: Error | null, row: { packed: string | null } | undefined) => void): void;
  finalize(callback?: () => void): void;
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

/** The part of knex's client (untyped in knex) that hands out the pool's connections. */
interface PooledClient {
  dialect: string;
  acquireConnection(): Promise<unknown>;
  releaseConnection(conn: unknown): Promise<unknown>;
}

export interface ChunkStatement {
  run(ids: number[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export function chunkStatement(
  db: Knex,
  { rowsQuery, idColumn, keys }: Pick<NarrowPlan, 'rowsQuery' | 'idColumn' | 'keys'>,
  chunkSize: number,
): ChunkStatement {
  const client = db.client as PooledClient;
  if (client.dialect !== 'sqlite3') {
    // PostgreSQL plans a statement per call anyway; knex builds it as usual.
    return {
      run: async (ids) => (await rowsQuery.clone().whereIn(idColumn, ids)) as Record<string, unknown>[],
      close: async () => {},
    };
  }
  const compiled = rowsQuery.clone().whereIn(idColumn, new Array<string>(chunkSize).fill(ID_SLOT)).toSQL().toNative();
  // The chunk's rows as one packed text value (packedRows.ts): the driver's
  // cost is per value and per row object, not SQLite's.
  const sql = packedSql(compiled.sql, keys);
  const idKey = keys[0]!;
  const template = compiled.bindings as Knex.RawBinding[];
  const slots = template.flatMap((b, i) => (b === ID_SLOT ? [i] : []));
  const bindingsFor = (ids: number[]): Knex.RawBinding[] => {
    const bindings = [...template];
    slots.forEach((slot, i) => (bindings[slot] = ids[i] ?? ids[0]!));
    return bindings;
  };
  const prepared = new Map<SqliteConnection, SqliteStatement>();
  const unpacked = async (ids: number[]): Promise<Record<string, unknown>[] | null> => {
    // The pool's connection for this one statement, then back: other reads
    // of the export (personal data) use the same connection between chunks.
    const conn = (await client.acquireConnection()) as SqliteConnection;
    try {
      let statement = prepared.get(conn);
      if (!statement) prepared.set(conn, (statement = conn.prepare(sql)));
      const packed = await new Promise<string | null>((resolve, reject) =>
        statement.get(bindingsFor(ids), (error, row) => (error ? reject(error) : resolve(row?.packed ?? null))),
      );
      const rows = unpackRows(packed, keys);
      // A row id the chunk did not ask for can only come from text that mimics a row.
      const asked = new Set(ids);
      return rows.every((row) => asked.has(row[idKey] as number)) ? rows : null;
    } catch (error) {
      if (error instanceof PackedShapeError) return null;
      throw error;
    } finally {
      await client.releaseConnection(conn);
    }
  };
  return {
    async run(ids) {
      // A chunk whose text holds the separators (not written by the app) is read as rows.
      return (await unpacked(ids)) ?? ((await rowsQuery.clone().whereIn(idColumn, ids)) as Record<string, unknown>[]);
    },
    async close() {
      await Promise.all([...prepared.values()].map((s) => new Promise<void>((resolve) => s.finalize(resolve))));
      prepared.clear();
    },
  };
}
