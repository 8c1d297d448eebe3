/**
 * Opens the database: the embedded SQLite file by default, or PostgreSQL
 * when a postgres:// URL is given (target.ts). Both run the same migrations
 * and the same knex code; what differs is in dialect.ts and the two clients.
 *
 * SQLite is set up the way its own guidance asks for a file that may sit on
 * a network share (sqlite.org/useovernet.html; startupChecks.ts): rollback
 * journal (never WAL over a network), synchronous=FULL, foreign keys on, a
 * busy timeout so a second user's write waits rather than fails. Migrations
 * run before the handle is returned, after a backup of a file that has data
 * in it; an up-to-date database is not written at open.
 */
import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { QUIET_TABLES } from '../../shared/core/changes';
import { createBackup } from './backup';
import { installChangeTriggers } from './changeTriggers';
import { camelCaseResponse, toSnake } from './naming';
import { migrateToLatest, pendingMigrations } from './migrate';
import { installPgChangeTriggers } from './pgChanges';
import { WriteLockedPgClient } from './pgClient';
import { BUSY_TIMEOUT_MS } from './rawSqlite';
import { ImmediateSqliteClient } from './sqliteClient';
import { connectionPragmas, isNetworkPath } from './startupChecks';
import { describeTarget, parseDbTarget, type DbTarget } from './target';

export { BUSY_TIMEOUT_MS };

export interface Database {
  knex: Knex;
  kind: 'sqlite' | 'postgresql';
  /** The file, or the server's URL without its password: for people to read. */
  path: string;
  target: DbTarget;
  /** Opened with `query_only`: the file failed its start-up check. */
  readOnly: boolean;
  /** The file sits on a network share. */
  network: boolean;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Open without migrating and refuse every write (a damaged file). */
  readOnly?: boolean;
  /** How many backups to keep when one is made before migrating. */
  keepBackups?: number;
  /** How long a write waits for another user's (tests shorten it). */
  busyTimeoutMs?: number;
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

function sqliteConfig(
  filename: string,
  camelCase: boolean,
  readOnly: boolean,
  busyTimeoutMs = BUSY_TIMEOUT_MS,
): Knex.Config {
  return {
    client: ImmediateSqliteClient,
    connection: { filename },
    useNullAsDefault: true,
    // knex otherwise writes the statement with its bound values (a
    // personnummer, a name) into the error's message, which gets logged.
    compileSqlOnError: false,
    // One connection: SQLite serialises writers anyway, and one connection
    // keeps this process from ever locking itself out.
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: SqliteConnection, done: (err: Error | null, conn: SqliteConnection) => void) {
        conn.exec(connectionPragmas({ busyTimeoutMs, readOnly }), (err) => done(err, conn));
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
  getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
    const id: number = oid;
    if (id === Number(pg.types.builtins.INT8) || id === Number(pg.types.builtins.NUMERIC))
      return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
  },
};

/** Connections per process: reads run side by side, writes one at a time (pgClient.ts). */
const PG_POOL_MAX = 4;

export function pgConfig(url: string, camelCase: boolean): Knex.Config {
  return {
    client: WriteLockedPgClient,
    connection: { connectionString: url, types: pgTypes } as Knex.PgConnectionConfig,
    compileSqlOnError: false,
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

function configFor(target: DbTarget, camelCase: boolean, readOnly: boolean, busyTimeoutMs?: number): Knex.Config {
  return target.kind === 'sqlite'
    ? sqliteConfig(target.path, camelCase, readOnly, busyTimeoutMs)
    : pgConfig(target.url, camelCase);
}

/**
 * The folder to create before a new database file, or null when it exists.
 * Never mkdir an existing folder: at the root of a drive or share (`K:\`,
 * `\\srv\share`) Windows refuses even a recursive mkdir with EPERM.
 */
export function folderToCreate(file: string, exists: (dir: string) => boolean = fs.existsSync): string | null {
  const dir = path.dirname(file);
  return exists(dir) ? null : dir;
}

/** Opens (creating a SQLite file if needed) and migrates the database. */
export async function openDatabase(where: string | DbTarget, options: OpenOptions = {}): Promise<Database> {
  let target = typeof where === 'string' ? parseDbTarget(where) : where;
  const readOnly = options.readOnly ?? false;
  if (target.kind === 'sqlite') {
    target = { kind: 'sqlite', path: path.resolve(target.path) };
    const folder = folderToCreate(target.path);
    if (folder && !readOnly) fs.mkdirSync(folder, { recursive: true });
  }

  if (!readOnly) {
    // Migrations run on a plain connection: knex's migrator reads its own
    // tables by their snake_case names.
    const migrator = knexFactory(configFor(target, false, false, options.busyTimeoutMs));
    try {
      const { applied, pending } = await pendingMigrations(migrator);
      // A new, empty file has nothing to lose; anything else is copied first.
      // (On PostgreSQL backups are IT's: maintenance.ts.)
      if (target.kind === 'sqlite' && pending.length > 0 && applied.length > 0)
        await createBackup(migrator, target.path, 'fore-migrering', options.keepBackups ?? 14);
      await migrateToLatest(migrator);
      if (target.kind === 'sqlite') await installChangeTriggers(migrator);
      else await installPgChangeTriggers(migrator, QUIET_TABLES);
    } finally {
      await migrator.destroy();
    }
  }

  const knex = knexFactory(configFor(target, true, readOnly, options.busyTimeoutMs));
  await knex.raw('select 1');
  return {
    knex,
    kind: target.kind,
    path: describeTarget(target),
    target,
    readOnly,
    network: target.kind === 'sqlite' && isNetworkPath(target.path),
    close: () => knex.destroy(),
  };
}

/**
 * A connection of its own to an open database, for one long read (an
 * export, in its worker thread): the app's own connection stays free for
 * other users' calls, which would otherwise queue behind every chunk the
 * export reads. SQLite lets readers run side by side (the file is opened
 * query_only); on PostgreSQL a read takes no lock at all. The caller
 * destroys it when done.
 */
export function openReader(target: DbTarget): Knex {
  if (target.kind === 'sqlite') return knexFactory(sqliteConfig(path.resolve(target.path), true, true));
  const config = pgConfig(target.url, true);
  // Two connections: the chunk being read and the ids (or personal data) beside it.
  return knexFactory({ ...config, pool: { ...config.pool, max: 2 } });
}
