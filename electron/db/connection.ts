/**
 * Opens the database: the embedded SQLite file by default, set up the way
 * SQLite's own guidance asks for a file that may sit on a network share
 * (sqlite.org/useovernet.html): rollback journal (never WAL over a network),
 * synchronous=FULL, foreign keys on, a busy timeout so a second user's write
 * waits rather than fails. Migrations run before the handle is returned.
 */
import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { camelCaseResponse, toSnake } from './naming';
import { migrateToLatest } from './migrate';
import { ImmediateSqliteClient } from './sqliteClient';

/** How long a write waits for another user's write before giving up. */
export const BUSY_TIMEOUT_MS = 8000;

export interface Database {
  knex: Knex;
  kind: 'sqlite';
  path: string;
  close(): Promise<void>;
}

interface SqliteConnection {
  exec(sql: string, callback: (err: Error | null) => void): void;
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
    ...(camelCase
      ? {
          wrapIdentifier: (value: string, origImpl: (value: string) => string) =>
            origImpl(value === '*' ? value : toSnake(value)),
          postProcessResponse: (result: unknown) => camelCaseResponse(result),
        }
      : {}),
  };
}

/** Opens (creating if needed) and migrates the SQLite database at `filename`. */
export async function openDatabase(filename: string): Promise<Database> {
  const absolute = path.resolve(filename);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });

  // Migrations run on a plain connection: knex's migrator reads its own
  // tables by their snake_case names.
  const migrator = knexFactory(sqliteConfig(absolute, false));
  try {
    await migrateToLatest(migrator);
  } finally {
    await migrator.destroy();
  }

  const knex = knexFactory(sqliteConfig(absolute, true));
  await knex.raw('select 1');
  return { knex, kind: 'sqlite', path: absolute, close: () => knex.destroy() };
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
