/**
 * The desktop's choice of database, made in Arkiv → Databas… and kept in
 * `database.json` in Electron's per-user folder: the file, or a PostgreSQL
 * server. The server's password is kept only as ciphertext from Electron's
 * safeStorage (the OS keychain / DPAPI), never in plain settings; when the
 * OS offers no encryption the server cannot be saved, and the dialog says so.
 *
 * Plain Node, no Electron import: the shell passes its safeStorage in as a
 * `SecretBox` (electron/main/secretBox.ts), so this is tested without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DbTarget } from './target';

export interface SecretBox {
  isAvailable(): boolean;
  /** Ciphertext as base64. */
  encrypt(plain: string): string;
  decrypt(base64: string): string;
}

export interface ServerSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  /** safeStorage ciphertext, base64; absent when the server needs no password. */
  passwordEncrypted?: string;
}

export interface DesktopDatabaseSettings {
  engine: 'sqlite' | 'postgresql';
  server?: ServerSettings;
}

export interface ServerForm {
  host: string;
  port: string;
  database: string;
  user: string;
  password: string;
}

export type FormResult =
  | { ok: true; settings: DesktopDatabaseSettings }
  | { ok: false; message: string; fields: Partial<Record<keyof ServerForm, string>> };

const FILE = 'database.json';

/** Checks the dialog's fields and encrypts the password; Swedish messages name the field. */
export function serverSettingsFromForm(form: ServerForm, box: SecretBox): FormResult {
  const fields: Partial<Record<keyof ServerForm, string>> = {};
  const host = form.host.trim();
  if (!/^[A-Za-z0-9.-]{1,253}$/.test(host)) fields.host = 'Server: ange ett värdnamn eller en IP-adress.';
  const port = Number(form.port.trim() || '5432');
  if (!Number.isInteger(port) || port < 1 || port > 65535) fields.port = 'Port: ett heltal mellan 1 och 65535.';
  const database = form.database.trim();
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(database)) fields.database = 'Databas: bokstäver a–z, siffror, _ och -.';
  const user = form.user.trim();
  if (user === '' || user.length > 63) fields.user = 'Användare: ange användarnamnet på databasservern.';
  if (form.password !== '' && !box.isAvailable()) {
    fields.password =
      'Lösenord: datorn kan inte kryptera lösenord (ingen nyckelring), så det sparas inte. Be IT om inloggning utan lösenord, eller använd databasfilen.';
  }
  const first = Object.values(fields)[0];
  if (first !== undefined) return { ok: false, message: first, fields };
  const server: ServerSettings = { host, port, database, user };
  if (form.password !== '') server.passwordEncrypted = box.encrypt(form.password);
  return { ok: true, settings: { engine: 'postgresql', server } };
}

/** The URL the back end connects with (password decrypted only here, in memory). */
export function serverUrl(server: ServerSettings, box: SecretBox): string {
  const u = new URL('postgres://localhost');
  u.hostname = server.host;
  u.port = String(server.port);
  u.pathname = `/${server.database}`;
  u.username = server.user;
  if (server.passwordEncrypted) u.password = box.decrypt(server.passwordEncrypted);
  return u.toString();
}

export function readDatabaseSettings(userDataDir: string): DesktopDatabaseSettings | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(userDataDir, FILE), 'utf8')) as DesktopDatabaseSettings;
    if (parsed.engine === 'sqlite' || (parsed.engine === 'postgresql' && parsed.server)) return parsed;
  } catch {
    // None saved, or unreadable: the file database applies.
  }
  return null;
}

export function writeDatabaseSettings(userDataDir: string, settings: DesktopDatabaseSettings): void {
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, FILE), JSON.stringify(settings, null, 2));
}

/**
 * What the desktop opens: BOSTAD_DB_URL wins (as for the host and the
 * CLIs), then a saved server, then the file (`filePath`: BOSTAD_DB, the
 * chosen file, or the default, as the shell resolves it).
 */
export function desktopTarget(userDataDir: string, env: NodeJS.ProcessEnv, filePath: string, box: SecretBox): DbTarget {
  const url = env['BOSTAD_DB_URL'];
  if (url) return { kind: 'postgresql', url };
  if (env['BOSTAD_DB']) return { kind: 'sqlite', path: filePath };
  const saved = readDatabaseSettings(userDataDir);
  if (saved?.engine === 'postgresql' && saved.server) return { kind: 'postgresql', url: serverUrl(saved.server, box) };
  return { kind: 'sqlite', path: filePath };
}
