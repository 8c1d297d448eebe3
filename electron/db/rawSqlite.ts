/**
 * A plain sqlite3 connection, outside knex's pool, for the few jobs that
 * need one of their own: checking a file before the app opens it,
 * checking a backup, and restoring one through SQLite's backup API (which
 * copies page by page under the file's own locks, so the other apps on
 * the file see a consistent database before and after).
 */
import sqlite3 from 'sqlite3';

/** How long a write waits for another user's write before giving up. */
export const BUSY_TIMEOUT_MS = 8000;

interface SqliteBackup {
  step(pages: number, callback: (err: (Error & { errno?: number }) | null) => void): void;
  finish(callback?: (err: Error | null) => void): void;
  readonly completed: boolean;
  readonly failed: boolean;
}

interface BackupCapable {
  backup(
    filename: string,
    destName: string,
    sourceName: string,
    filenameIsDest: boolean,
    callback: (err: Error | null) => void,
  ): SqliteBackup;
}

export interface RawSqlite {
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /** Replaces this connection's database with the file's, page by page. */
  restoreFrom(file: string): Promise<void>;
  close(): Promise<void>;
}

export function openRawSqlite(file: string, options: { readOnly: boolean }): Promise<RawSqlite> {
  return new Promise((resolve, reject) => {
    const mode = options.readOnly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE;
    const db = new sqlite3.Database(file, mode, (err) => {
      if (err) return reject(err);
      db.configure('busyTimeout', BUSY_TIMEOUT_MS);
      resolve({
        all: <T>(sql: string, params: unknown[] = []) =>
          new Promise<T[]>((res, rej) => db.all(sql, params, (e, rows) => (e ? rej(e) : res(rows as T[])))),
        exec: (sql) => new Promise<void>((res, rej) => db.exec(sql, (e) => (e ? rej(e) : res()))),
        restoreFrom: (source) => restoreInto(db as unknown as BackupCapable, source),
        close: () => new Promise<void>((res, rej) => db.close((e) => (e ? rej(e) : res()))),
      });
    });
  });
}

function restoreInto(db: BackupCapable, source: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const backup = db.backup(source, 'main', 'main', false, (err) => {
      if (err) return reject(err);
      const step = () =>
        backup.step(-1, (stepErr) => {
          if (backup.completed) return backup.finish(() => resolve());
          // BUSY and LOCKED are retried (another app is writing); anything else fails.
          if (backup.failed || (stepErr && Date.now() - started > BUSY_TIMEOUT_MS * 3)) {
            return backup.finish(() => reject(stepErr ?? new Error('backup step failed')));
          }
          setTimeout(step, 50);
        });
      step();
    });
  });
}
