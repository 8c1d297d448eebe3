/**
 * Opens the database the user chose and checks it before the app commits
 * to it (and before it is saved as the setting): that it is reachable, is
 * a SQLite database, is not newer than this build, is migrated, and can be
 * written. Every failure is a Swedish message and a kind the start window
 * acts on; nothing here ends the app. No Electron: tested under Node on
 * real files (tests/integration/databaseCheck.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import knexFactory from 'knex';
import { BUSY_TIMEOUT_MS, openDatabase, type Database, type OpenOptions } from '../db/connection';
import { DatabaseTooNewError, migrationLockIsSet, pendingMigrations, releaseStaleMigrationLock } from '../db/migrate';
import { ImmediateSqliteClient } from '../db/sqliteClient';

export type DatabaseProblem =
  | 'missing' // the file is not there (moved, deleted, or a typo)
  | 'offline' // the folder or share cannot be reached
  | 'no-access' // the file cannot be read
  | 'not-a-database' // another kind of file, or a damaged one
  | 'read-only' // readable, but this user cannot write it or its folder
  | 'locked' // another program or user holds it for longer than the busy timeout
  | 'too-new' // a newer build has migrated it
  | 'migrating' // another computer is upgrading it right now: wait and retry
  | 'stale-lock' // an upgrade was killed and left knex's lock set
  | 'unknown';

export type OpenCheck = { ok: true; database: Database } | { ok: false; problem: DatabaseProblem; message: string };

export interface CheckOptions extends OpenOptions {
  /** Create the file if it does not exist ("Skapa ny…"); otherwise a missing file is refused. */
  create?: boolean;
}

interface SqliteConnection {
  exec(sql: string, callback: (err: Error | null) => void): void;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const UNREACHABLE = new Set([
  'ENOENT',
  'ENOTDIR',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'EIO',
  'UNKNOWN',
]);

function fail(problem: DatabaseProblem, message: string): OpenCheck {
  return { ok: false, problem, message };
}

const MESSAGES = {
  offline: (dir: string) =>
    `Mappen ${dir} går inte att nå. Kontrollera att nätverksenheten är ansluten (eller att du är uppkopplad mot kommunens nät) och försök igen.`,
  missing: (file: string) =>
    `Databasfilen ${file} finns inte. Den kan ha flyttats eller tagits bort. Välj den gemensamma databasen igen, eller skapa en ny.`,
  noAccess: (file: string) => `Du har inte behörighet att läsa ${file}. Kontakta IT om du ska ha tillgång till den.`,
  notADatabase: (file: string) =>
    `${file} är inte en databas för Bostadsportföljen (eller så är filen skadad). Välj databasfilen (.sqlite) igen.`,
  readOnly: (file: string) =>
    `Databasen ${file} är skrivskyddad för dig: du saknar skrivrätt till filen eller till mappen den ligger i. ` +
    'Bostadsportföljen behöver kunna skriva i databasen. Kontakta IT om behörigheten, eller välj en annan databas.',
  locked: (file: string) =>
    `Databasen ${file} är låst av ett annat program eller en annan användare just nu. Försök igen om en stund.`,
  migrating: () =>
    'Databasen uppdateras just nu av Bostadsportföljen på en annan dator. Vänta en stund och försök igen; det brukar ta under en minut.',
  staleLock: () =>
    'En tidigare uppdatering av databasen avbröts och lämnade den låst. Ingen annan uppdaterar den just nu, så låset kan släppas.',
} as const;

/** The error's code; knex's lock error keeps only the driver's message, which names it. */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code !== '') return code;
  return /\b(SQLITE_[A-Z_]+)\b/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
}

/** The file's first bytes: a SQLite database starts with its header. */
async function readHeader(file: string): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(SQLITE_HEADER.length);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Checks the file system before SQLite touches the file (SQLite would create a missing file). */
async function checkFile(file: string, create: boolean): Promise<OpenCheck | null> {
  const dir = path.dirname(file);
  try {
    if (!(await fs.promises.stat(dir)).isDirectory()) return fail('offline', MESSAGES.offline(dir));
  } catch (error) {
    return UNREACHABLE.has(errorCode(error)) ? fail('offline', MESSAGES.offline(dir)) : classify(error, file, false);
  }
  let size: number;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) return fail('not-a-database', MESSAGES.notADatabase(file));
    size = stat.size;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return create ? null : fail('missing', MESSAGES.missing(file));
    return classify(error, file, false);
  }
  if (size === 0) return create ? null : fail('not-a-database', MESSAGES.notADatabase(file));
  try {
    if (!(await readHeader(file)).equals(SQLITE_HEADER)) return fail('not-a-database', MESSAGES.notADatabase(file));
  } catch (error) {
    return classify(error, file, false);
  }
  // An upgrade writes a backup and a journal beside the file: a folder we
  // cannot write to is read-only for us, said before anything is tried.
  try {
    await fs.promises.access(path.dirname(file), fs.constants.W_OK);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return fail('read-only', MESSAGES.readOnly(file));
    return classify(error, file, false);
  }
  return null;
}

/** Migrations still to run, read on a connection of its own (null when even reading fails). */
async function pendingCount(file: string): Promise<number | null> {
  const knex = knexFactory({ client: ImmediateSqliteClient, connection: { filename: file }, useNullAsDefault: true });
  try {
    return (await pendingMigrations(knex)).pending.length;
  } catch {
    return null;
  } finally {
    await knex.destroy();
  }
}

function classify(error: unknown, file: string, migrationsPending: boolean): OpenCheck {
  const code = errorCode(error);
  const text = error instanceof Error ? error.message : String(error);
  if (error instanceof DatabaseTooNewError) return fail('too-new', error.message);
  if (/Migration table is already locked/.test(text)) return fail('stale-lock', MESSAGES.staleLock());
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === 'EBUSY')
    return migrationsPending ? fail('migrating', MESSAGES.migrating()) : fail('locked', MESSAGES.locked(file));
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return fail('not-a-database', MESSAGES.notADatabase(file));
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'EROFS' || code === 'EPERM')
    return fail('read-only', MESSAGES.readOnly(file));
  if (code === 'EACCES') return fail('no-access', MESSAGES.noAccess(file));
  if (code === 'SQLITE_IOERR' || UNREACHABLE.has(code)) return fail('offline', MESSAGES.offline(path.dirname(file)));
  return fail('unknown', `Databasen ${file} kunde inte öppnas: ${text}`);
}

/**
 * Proves the database can be written without changing it: take the write
 * lock, touch one row (SQLite creates the rollback journal beside the file
 * here, which fails in a read-only folder), and roll back.
 */
async function probeWrite(database: Database): Promise<void> {
  const rollback = new Error('probe');
  try {
    await database.knex.transaction(async (trx) => {
      await trx.raw('update knex_migrations_lock set is_locked = is_locked');
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
}

export async function openAndCheck(filename: string, options: CheckOptions = {}): Promise<OpenCheck> {
  const file = path.resolve(filename);
  const early = await checkFile(file, options.create ?? false);
  if (early) return early;
  let database: Database;
  try {
    database = await openDatabase(file, options);
  } catch (error) {
    const code = errorCode(error);
    const busy = code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
    return classify(error, file, busy && ((await pendingCount(file)) ?? 0) > 0);
  }
  try {
    await probeWrite(database);
  } catch (error) {
    await database.close();
    return classify(error, file, false);
  }
  return { ok: true, database };
}

/**
 * Clears knex's migration lock after the user was told it is stale. Done
 * under SQLite's write lock: an upgrade by this build holds that lock for
 * its whole run, so while we hold it nobody is migrating. True when a lock
 * was cleared.
 */
export async function releaseStaleLock(filename: string, options: OpenOptions = {}): Promise<boolean> {
  const knex = knexFactory({
    client: ImmediateSqliteClient,
    connection: { filename: path.resolve(filename) },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate: (conn: SqliteConnection, done: (e: Error | null, c: SqliteConnection) => void) =>
        conn.exec(`PRAGMA busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS};`, (e) => done(e, conn)),
    },
  });
  try {
    return await knex.transaction(async (trx) => {
      if (!(await migrationLockIsSet(trx))) return false;
      await releaseStaleMigrationLock(trx);
      return true;
    });
  } finally {
    await knex.destroy();
  }
}
