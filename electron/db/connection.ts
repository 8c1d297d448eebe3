/**
 * Opens the database: the embedded SQLite file by default, or PostgreSQL
 * when a postgres:// URL is given (target.ts). Both run the same migrations
 * and the same knex code; what differs is in dialect.ts and the two clients.
 *
 * SQLite is set up the way its own guidance asks for a file that may sit on
 * a network share (sqlite.org/useovernet.html): rollback journal (never WAL
 * over a network), synchronous=FULL, foreign keys on, a busy timeout so a
 * second user's write waits rather than fails. Migrations run before the
 * handle is returned.
 */
import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { camelCaseResponse, toSnake } from './naming';
import { migrateToLatest } from './migrate';
import { ImmediateSqliteClient } from './sqliteClient';
import { WriteLockedPgClient } from './pgClient';
import { describeTarget, parseDbTarget, type DbTarget } from './target';

/** How long a write waits for another user's write before giving up. */
export const BUSY_TIMEOUT_MS = 8000;

export interface Database {
  knex: Knex;
  kind: 'sqlite' | 'postgresql';
  /** The file, or the server's URL without its password: for people to read. */
  path: string;
  target: DbTarget;
  close(): Promise<void>;
}

interface SqliteConnection {
  exec(sql: string, callback: (err: Error | null) => void): void;
}

function naming(camelCase: boolean): Partial<Knex.Config> {
  return camelCase
    ? {
        wrapIdentifier: (value: string, origImpl: (value: string) => string) =>
          origImpl(value === '*' ? value : toSnake(value)),
        postProcessResponse: (result: unknown) => camelCaseResponse(result),
      }
    : {};
}

function sqliteConfig(filename: string, camelCase: boolean): Knex.Config {
  return {
    client: ImmediateSqliteClient,
    connection: { filename },
    useNullAsDefault: true,
    // One connection: SQLite serialises writers anyway, and one connection
    // keeps this process from ever locking itself out.
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: SqliteConnection, done: (err: Error | null, conn: SqliteConnection) => void) {
        conn.exec(
          `PRAGMA foreign_keys = ON; PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`,
          (err) => done(err, conn),
        );
      },
    },
    ...naming(camelCase),
  };
}

/**
 * Values come back as SQLite gives them: counts and sums as numbers (pg
 * gives int8 and numeric as strings, to be safe beyond 2^53; our counts,
 * ids and öre amounts stay far below that).
 */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

/** Connections per process: reads run side by side, writes one at a time (pgClient.ts). */
const PG_POOL_MAX = 4;

export function pgConfig(url: string, camelCase: boolean): Knex.Config {
  return {
    client: WriteLockedPgClient,
    connection: { connectionString: url, types: pgTypes } as Knex.PgConnectionConfig,
    pool: {
      min: 0,
      max: PG_POOL_MAX,
      // A writer waiting for the lock waits like SQLite's busy timeout, no longer.
      afterCreate(conn: pg.Client, done: (err: Error | null, conn: pg.Client) => void) {
        conn.query(`SET lock_timeout = ${BUSY_TIMEOUT_MS}`).then(
          () => done(null, conn),
          (err: Error) => done(err, conn),
        );
      },
    },
    ...naming(camelCase),
  };
}

function configFor(target: DbTarget, camelCase: boolean): Knex.Config {
  return target.kind === 'sqlite' ? sqliteConfig(target.path, camelCase) : pgConfig(target.url, camelCase);
}

/** Opens (creating a SQLite file if needed) and migrates the database. */
export async function openDatabase(where: string | DbTarget): Promise<Database> {
  let target = typeof where === 'string' ? parseDbTarget(where) : where;
  if (target.kind === 'sqlite') {
    target = { kind: 'sqlite', path: path.resolve(target.path) };
    fs.mkdirSync(path.dirname(target.path), { recursive: true });
  }

  // Migrations run on a plain connection: knex's migrator reads its own
  // tables by their snake_case names.
  const migrator = knexFactory(configFor(target, false));
  try {
    await migrateToLatest(migrator);
  } finally {
    await migrator.destroy();
  }

  const knex = knexFactory(configFor(target, true));
  await knex.raw('select 1');
  return { knex, kind: target.kind, path: describeTarget(target), target, close: () => knex.destroy() };
}

/**
 * A second connection to an open SQLite file, for one long read (an
 * export): the app's own connection stays free for other users' calls,
 * which would otherwise queue behind every chunk the export reads. SQLite
 * lets readers run side by side; the caller destroys it when done.
 */
export function openSqliteReader(filename: string): Knex {
  return knexFactory(sqliteConfig(path.resolve(filename), true));
}
