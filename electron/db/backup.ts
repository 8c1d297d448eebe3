/**
 * Backups of the SQLite file, online: `VACUUM INTO` writes a consistent,
 * compacted copy while colleagues keep working (it reads under a shared
 * lock). Copies go to a folder beside the database,
 * `<name>-sakerhetskopior/`, named by time and reason so they sort by age;
 * the oldest beyond the kept count are removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { openRawSqlite } from './rawSqlite';

export type BackupReason = 'manuell' | 'daglig' | 'fore-migrering' | 'fore-aterstallning';

export interface BackupFile {
  file: string;
  name: string;
  /** ISO timestamp (UTC) the copy was made. */
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
}

/** `<base>-<time>-<reason><extension>`: sorts by age; the reason says why it was made. */
const NAME =
  /^(.+)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(manuell|daglig|fore-migrering|fore-aterstallning)(\.[a-z]+)$/;

export function backupDir(databasePath: string): string {
  const base = path.basename(databasePath).replace(/\.[^.]*$/, '');
  return path.join(path.dirname(databasePath), `${base}-sakerhetskopior`);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-');
}

/** The backups in `dir` with this extension (any base), newest first. */
export function listBackupFiles(dir: string, extension: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const m = NAME.exec(name);
      if (!m || m[4] !== extension) return [];
      const t = m[2]!;
      const createdAt = `${t.slice(0, 10)}T${t.slice(11, 13)}:${t.slice(14, 16)}:${t.slice(17, 19)}.${t.slice(20, 23)}Z`;
      const file = path.join(dir, name);
      return [{ file, name, createdAt, reason: m[3] as BackupReason, sizeBytes: fs.statSync(file).size }];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function listBackups(databasePath: string): BackupFile[] {
  return listBackupFiles(backupDir(databasePath), '.sqlite');
}

/** A new backup's name in `dir`, unused there. */
export function backupFileName(dir: string, base: string, reason: BackupReason, extension: string): string {
  let now = new Date();
  let name = `${base}-${stamp(now)}-${reason}${extension}`;
  // Two backups in the same millisecond (a test, or two colleagues) get distinct names.
  while (fs.existsSync(path.join(dir, name))) {
    now = new Date(now.getTime() + 1);
    name = `${base}-${stamp(now)}-${reason}${extension}`;
  }
  return name;
}

/**
 * Copies the open database to a new backup file and prunes to `keep`.
 * Written under a temporary name and renamed, so a copy cut short (a
 * crash, a full disk) is never offered for restore.
 */
export async function createBackup(
  knex: Knex,
  databasePath: string,
  reason: BackupReason,
  keep: number,
): Promise<BackupFile> {
  const dir = backupDir(databasePath);
  fs.mkdirSync(dir, { recursive: true });
  const base = path.basename(databasePath).replace(/\.[^.]*$/, '');
  const file = path.join(dir, backupFileName(dir, base, reason, '.sqlite'));
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  await knex.raw('vacuum into ?', [partial]);
  fs.renameSync(partial, file);
  pruneBackups(databasePath, keep);
  return listBackups(databasePath).find((b) => b.file === file)!;
}

/** Keeps the newest `keep` of `backups` (newest first); the others are removed. */
export function pruneBackupFiles(backups: BackupFile[], keep: number): void {
  for (const old of backups.slice(Math.max(1, keep))) fs.rmSync(old.file, { force: true });
}

/** Keeps the newest `keep` backups; the others are removed. */
export function pruneBackups(databasePath: string, keep: number): void {
  pruneBackupFiles(listBackups(databasePath), keep);
}

/** `PRAGMA integrity_check` of a file, opened read-only: `[]` when it is sound. */
export async function integrityProblems(file: string): Promise<string[]> {
  let db;
  try {
    db = await openRawSqlite(file, { readOnly: true });
  } catch (error) {
    return [`filen kan inte öppnas: ${error instanceof Error ? error.message : String(error)}`];
  }
  try {
    const rows = await db.all<{ integrity_check: string }>('pragma integrity_check');
    const problems = rows.map((r) => r.integrity_check).filter((v) => v !== 'ok');
    if (problems.length > 0) return problems;
    const ours = await db.all<{ name: string }>(
      "select name from sqlite_master where type = 'table' and name = 'knex_migrations'",
    );
    return ours.length === 1 ? [] : ['filen är inte en databas från Bostadsportföljen'];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    await db.close();
  }
}
