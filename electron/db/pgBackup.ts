/**
 * Backups of a PostgreSQL database with the server's own tools, where they
 * are installed on this machine: `pg_dump -Fc` writes a copy in the custom
 * format, `pg_restore` checks one (`--list`, then a full read) and puts it
 * back in one transaction. Where neither is found the city's IT owns the
 * backups (core/maintenance.ts).
 *
 * The password travels in the child's PGPASSWORD, never on its command
 * line (which every user of the machine can read) nor in a log line.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupFileName, listBackupFiles, pruneBackupFiles, type BackupFile, type BackupReason } from './backup';

export interface PgTools {
  dump: string;
  restore: string;
  /** As `pg_dump --version` prints it, e.g. "15.14". */
  version: string;
}

const EXTENSION = '.dump';

function exe(name: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? `${name}.exe` : name;
}

/** The folders of every installed version: Debian's and the Windows installer's. */
function versionFolders(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  const roots =
    platform === 'win32'
      ? [env['ProgramFiles'], env['ProgramW6432'], env['ProgramFiles(x86)']]
          .filter((r): r is string => !!r)
          .map((r) => path.join(r, 'PostgreSQL'))
      : ['/usr/lib/postgresql'];
  return roots.flatMap((root) => {
    try {
      return fs.readdirSync(root).map((v) => path.join(root, v, 'bin'));
    } catch {
      return [];
    }
  });
}

function versionOf(dump: string): number[] | null {
  const run = spawnSync(dump, ['--version'], { encoding: 'utf8', timeout: 10_000, windowsHide: true });
  const m = run.status === 0 ? /(\d+)(?:\.(\d+))?/.exec(run.stdout) : null;
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : null;
}

/**
 * pg_dump and pg_restore from one folder, the newest version found on PATH
 * or among the installed versions. `BOSTAD_PG_BIN` names the one folder to
 * use instead (an installation elsewhere; empty or missing tools there mean
 * none). Null when none is installed.
 */
export function findPgTools(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): PgTools | null {
  const chosen = env['BOSTAD_PG_BIN'];
  const folders =
    chosen !== undefined
      ? [chosen]
      : [...(env['PATH'] ?? env['Path'] ?? '').split(path.delimiter), ...versionFolders(platform, env)];
  let best: { tools: PgTools; version: number[] } | null = null;
  for (const folder of new Set(folders.filter((f) => f !== ''))) {
    const dump = path.join(folder, exe('pg_dump', platform));
    const restore = path.join(folder, exe('pg_restore', platform));
    if (!fs.existsSync(dump) || !fs.existsSync(restore)) continue;
    const version = versionOf(dump);
    if (!version) continue;
    const newer =
      !best || version[0]! > best.version[0]! || (version[0] === best.version[0] && version[1]! > best.version[1]!);
    if (newer) best = { tools: { dump, restore, version: version.join('.') }, version };
  }
  return best?.tools ?? null;
}

/** The connection without its password, and the password for PGPASSWORD. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return {
    dbname: u.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

/** Files in the folder are named after the server and database, so several can share one folder. */
export function pgBackupBase(url: string): string {
  const u = new URL(url);
  const db = decodeURIComponent(u.pathname.slice(1)) || 'postgres';
  return `${u.hostname}${u.port ? `_${u.port}` : ''}_${db}`.replace(/[^A-Za-z0-9_.-]/g, '_');
}

export function listPgBackups(dir: string, url: string): BackupFile[] {
  return listBackupFiles(dir, EXTENSION).filter((b) => b.name.startsWith(`${pgBackupBase(url)}-`));
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, windowsHide: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function firstLines(text: string): string {
  return text.trim().split('\n').slice(0, 3).join(' ').slice(0, 400);
}

/** `pg_dump -Fc` to a new file in `dir`, written under a temporary name and renamed; prunes to `keep`. */
export async function createPgBackup(
  tools: PgTools,
  url: string,
  dir: string,
  reason: BackupReason,
  keep: number,
): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true });
  const name = backupFileName(dir, pgBackupBase(url), reason, EXTENSION);
  const file = path.join(dir, name);
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  const { dbname, env } = connection(url);
  const done = await run(tools.dump, ['--format=custom', '--file', partial, '--dbname', dbname], env);
  if (done.code !== 0) {
    fs.rmSync(partial, { force: true });
    throw new Error(`pg_dump misslyckades: ${firstLines(done.stderr)}`);
  }
  fs.renameSync(partial, file);
  pruneBackupFiles(listPgBackups(dir, url), keep);
  return listPgBackups(dir, url).find((b) => b.file === file)!;
}

/**
 * What is wrong with a backup file, `[]` when pg_restore can read all of
 * it: its table of contents, then every byte of its data (to nowhere), and
 * it must be one of ours (it holds knex_migrations).
 */
export async function pgBackupProblems(tools: PgTools, file: string): Promise<string[]> {
  const list = await run(tools.restore, ['--list', file], process.env);
  if (list.code !== 0) return [firstLines(list.stderr) || 'pg_restore kan inte läsa filen'];
  if (!/ TABLE DATA public knex_migrations /.test(list.stdout))
    return ['filen är inte en databas från Bostadsportföljen'];
  const read = await run(tools.restore, ['--file', os.devNull, file], process.env);
  if (read.code !== 0) return [firstLines(read.stderr) || 'pg_restore kan inte läsa filen'];
  return [];
}

/** The migration names a backup holds (the rows of its knex_migrations). */
export async function pgBackupMigrations(tools: PgTools, file: string): Promise<string[]> {
  const out = await run(tools.restore, ['--data-only', '--table', 'knex_migrations', '--file', '-', file], process.env);
  if (out.code !== 0) throw new Error(`pg_restore misslyckades: ${firstLines(out.stderr)}`);
  const names: string[] = [];
  let inCopy = false;
  for (const line of out.stdout.split('\n')) {
    if (line.startsWith('COPY ')) inCopy = true;
    else if (line === '\\.') inCopy = false;
    else if (inCopy) {
      const name = line.split('\t')[1];
      if (name) names.push(name);
    }
  }
  return names;
}

/**
 * Replaces the database's tables with the backup's, in one transaction:
 * when any statement fails, nothing changed.
 */
export async function restorePgBackup(tools: PgTools, url: string, file: string): Promise<void> {
  const { dbname, env } = connection(url);
  const done = await run(
    tools.restore,
    ['--single-transaction', '--clean', '--if-exists', '--dbname', dbname, file],
    env,
  );
  if (done.code !== 0) throw new Error(`pg_restore misslyckades, databasen är oförändrad: ${firstLines(done.stderr)}`);
}
