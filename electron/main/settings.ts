/**
 * The desktop app's own settings file (in Electron's per-user data folder):
 * only what must be known before the database opens, i.e. which database.
 * Everything else lives in the database.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface DesktopSettings {
  databasePath?: string;
}

export function readSettings(userDataDir: string): DesktopSettings {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(userDataDir, 'settings.json'), 'utf8')) as unknown;
    if (typeof parsed === 'object' && parsed !== null && typeof (parsed as DesktopSettings).databasePath === 'string') {
      return { databasePath: (parsed as DesktopSettings).databasePath! };
    }
  } catch {
    // No settings yet, or unreadable: the defaults apply.
  }
  return {};
}

export function writeSettings(userDataDir: string, settings: DesktopSettings): void {
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** BOSTAD_DB wins, then the settings file, then the per-user default. */
export function resolveDatabasePath(userDataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return (
    env['BOSTAD_DB'] ?? readSettings(userDataDir).databasePath ?? path.join(userDataDir, 'bostadsportfoljen.sqlite')
  );
}
