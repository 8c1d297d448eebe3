/**
 * The desktop app's own settings file (in Electron's per-user data folder):
 * only what must be known before the database opens (which database) and
 * the window's place on screen. Everything else lives in the database.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface DesktopSettings {
  databasePath?: string;
  /** Where pg_dump's copies of a server database go on this machine (default: user data's `sakerhetskopior`). */
  backupDir?: string;
  /** As saved by electron/main/window.ts; checked by restoreWindowState when read. */
  window?: unknown;
}

function file(userDataDir: string): string {
  return path.join(userDataDir, 'settings.json');
}

export function readSettings(userDataDir: string): DesktopSettings {
  try {
    const parsed = JSON.parse(fs.readFileSync(file(userDataDir), 'utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { databasePath, backupDir, window } = parsed as Record<string, unknown>;
    return {
      ...(typeof databasePath === 'string' ? { databasePath } : {}),
      ...(typeof backupDir === 'string' && backupDir !== '' ? { backupDir } : {}),
      ...(window ? { window } : {}),
    };
  } catch {
    // No settings yet, or unreadable: the first-run choices apply.
    return {};
  }
}

/** Merges `changes` into the file. */
export function writeSettings(userDataDir: string, changes: DesktopSettings): void {
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(file(userDataDir), JSON.stringify({ ...readSettings(userDataDir), ...changes }, null, 2));
}

/**
 * BOSTAD_DB wins, then the saved setting; null on the first run, when the
 * start window asks (the team works in a shared database: a private empty
 * one in roaming %APPDATA% would be a silent mistake).
 */
export function initialDatabasePath(userDataDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  return env['BOSTAD_DB'] ?? readSettings(userDataDir).databasePath ?? null;
}

/** The folder for pg_dump's copies: the setting, else `sakerhetskopior` in the user-data folder. */
export function serverBackupDir(userDataDir: string): string {
  return readSettings(userDataDir).backupDir ?? path.join(userDataDir, 'sakerhetskopior');
}
