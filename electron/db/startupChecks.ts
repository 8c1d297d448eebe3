/**
 * Checks an SQLite file before the app opens it for writing: `PRAGMA
 * quick_check` (the page structure, in seconds even on a large file) and
 * `PRAGMA foreign_key_check` (references to rows that are gone). A file
 * that fails opens read-only, so nobody writes more into a damaged
 * database, and the screen offers the latest good backup. Plain functions:
 * the browser host and the desktop shell both go through startBackEnd.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openRawSqlite } from './rawSqlite';

export interface FileHealth {
  ok: boolean;
  /** What is wrong, in Swedish, for the banner. */
  problems: string[];
}

const MAX_PROBLEMS = 10;

export async function checkDatabaseFile(file: string): Promise<FileHealth> {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return { ok: true, problems: [] };
  let db;
  try {
    db = await openRawSqlite(file, { readOnly: true });
  } catch (error) {
    return { ok: false, problems: [`Filen kan inte öppnas: ${String(error)}`] };
  }
  try {
    const quick = (await db.all<{ quick_check: string }>('pragma quick_check'))
      .map((r) => r.quick_check)
      .filter((v) => v !== 'ok');
    const orphans = (await db.all<{ table: string; parent: string; rowid: number }>('pragma foreign_key_check')).map(
      (r) => `Rad ${r.rowid} i ${r.table} pekar på en rad i ${r.parent} som saknas.`,
    );
    const problems = [...quick.map((q) => `Filens struktur är skadad: ${q}`), ...orphans];
    return { ok: problems.length === 0, problems: problems.slice(0, MAX_PROBLEMS) };
  } catch (error) {
    // "file is not a database", "database disk image is malformed"
    return { ok: false, problems: [`Filen kan inte läsas: ${error instanceof Error ? error.message : String(error)}`] };
  } finally {
    await db.close().catch(() => undefined);
  }
}

const NETWORK_FS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'afpfs', 'fuse.sshfs', '9p', 'davfs', 'ncpfs']);

/**
 * Whether the file sits on a network share: a UNC path (\\server\share) on
 * Windows, or a mount of a network file system elsewhere (`mounts` is the
 * text of /proc/mounts; injectable for the test).
 */
export function isNetworkPath(file: string, mounts: string | null = readMounts()): boolean {
  if (/^(\\\\|\/\/)[^\\/]+[\\/]/.test(file)) return true;
  if (!mounts) return false;
  const absolute = path.resolve(file);
  let best = { length: -1, network: false };
  for (const line of mounts.split('\n')) {
    const [, mountPoint, fsType] = line.split(' ');
    if (!mountPoint || !fsType) continue;
    const point = mountPoint.replace(/\\040/g, ' ');
    const inside = absolute === point || absolute.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && point.length > best.length) best = { length: point.length, network: NETWORK_FS.has(fsType) };
  }
  return best.network;
}

function readMounts(): string | null {
  try {
    return fs.readFileSync('/proc/mounts', 'utf8');
  } catch {
    return null;
  }
}

/**
 * The connection settings. SQLite's guidance for a file on a network share
 * (sqlite.org/useovernet.html): the rollback journal, never WAL (its shared
 * memory does not work across machines), synchronous=FULL. A local file
 * gets the same: journal_mode=WAL is stored in the file itself, so a file
 * made in WAL on a laptop and then copied to the share would carry WAL
 * there. Setting DELETE at every open also turns such a file back.
 */
export function connectionPragmas(options: { busyTimeoutMs: number; readOnly: boolean }): string {
  return [
    'PRAGMA foreign_keys = ON',
    options.readOnly ? 'PRAGMA query_only = ON' : 'PRAGMA journal_mode = DELETE',
    'PRAGMA synchronous = FULL',
    `PRAGMA busy_timeout = ${options.busyTimeoutMs}`,
  ].join('; ');
}
