/**
 * Opens the database: the embedded SQLite file by default, set up the way
 * SQLite's own guidance asks for a file that may sit on a network share
 * (startupChecks.ts: rollback journal, never WAL, synchronous=FULL), with
 * foreign keys on and a busy timeout so a second user's write waits rather
 * than fails. Migrations run before the handle is returned, after a backup
 * of a file that has data in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { createBackup } from './backup';
import { installChangeTriggers } from './changeTriggers';
import { camelCaseResponse, toSnake } from './naming';
import { migrateToLatest, pendingMigrations } from './migrate';
import { BUSY_TIMEOUT_MS } from './rawSqlite';
import { ImmediateSqliteClient } from './sqliteClient';
import { connectionPragmas, isNetworkPath } from './startupChecks';

export { BUSY_TIMEOUT_MS };

export interface Database {
  knex: Knex;
  kind: 'sqlite';
  path: string;
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
    ...(camelCase
      ? {
          wrapIdentifier: (value: string, origImpl: (value: string) => string) =>
            origImpl(value === '*' ? value : toSnake(value)),
          postProcessResponse: (result: unknown) => camelCaseResponse(result),
        }
      : {}),
  };
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

/** Opens (creating if needed) and migrates the SQLite database at `filename`. */
export async function openDatabase(filename: string, options: OpenOptions = {}): Promise<Database> {
  const absolute = path.resolve(filename);
  const readOnly = options.readOnly ?? false;
  const folder = folderToCreate(absolute);
  if (folder && !readOnly) fs.mkdirSync(folder, { recursive: true });

  if (!readOnly) {
    // Migrations run on a plain connection: knex's migrator reads its own
    // tables by their snake_case names. An up-to-date file is not written
    // here (a read-only share, a colleague holding the lock).
    const migrator = knexFactory(sqliteConfig(absolute, false, false, options.busyTimeoutMs));
    try {
      const { applied, pending } = await pendingMigrations(migrator);
      // A new, empty file has nothing to lose; anything else is copied first.
      if (pending.length > 0 && applied.length > 0)
        await createBackup(migrator, absolute, 'fore-migrering', options.keepBackups ?? 14);
      await migrateToLatest(migrator);
      await installChangeTriggers(migrator);
    } finally {
      await migrator.destroy();
    }
  }

  const knex = knexFactory(sqliteConfig(absolute, true, readOnly, options.busyTimeoutMs));
  await knex.raw('select 1');
  return {
    knex,
    kind: 'sqlite',
    path: absolute,
    readOnly,
    network: isNetworkPath(absolute),
    close: () => knex.destroy(),
  };
}

/**
 * A second connection to an open SQLite file, for one long read (an
 * export): the app's own connection stays free for other users' calls,
 * which would otherwise queue behind every chunk the export reads. SQLite
 * lets readers run side by side; the caller destroys it when done.
 */
export function openSqliteReader(filename: string): Knex {
  // query_only: a reader never writes, and never changes the journal mode.
  return knexFactory(sqliteConfig(path.resolve(filename), true, true));
}
