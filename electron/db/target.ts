/**
 * Which database to open: the embedded SQLite file (the default) or a
 * PostgreSQL server. One value, chosen once at start-up, for the browser
 * host, the desktop and every command-line tool alike:
 * `--db-url postgres://…` or `BOSTAD_DB_URL` choose PostgreSQL, else
 * `--db <file>` or `BOSTAD_DB` (or the caller's default) name the file.
 */
import { option } from '../cli/args';

export type DbTarget = { kind: 'sqlite'; path: string } | { kind: 'postgresql'; url: string };

export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value);
}

/** A file path, or a postgres:// URL. */
export function parseDbTarget(value: string): DbTarget {
  return isPostgresUrl(value) ? { kind: 'postgresql', url: value } : { kind: 'sqlite', path: value };
}

/** From a command line and the environment; the URL wins over the file. */
export function dbTargetFrom(args: readonly string[], env: NodeJS.ProcessEnv, defaultPath: string): DbTarget {
  const url = option(args, 'db-url') ?? env['BOSTAD_DB_URL'];
  if (url !== undefined && url !== '') {
    if (!isPostgresUrl(url)) {
      throw new Error(`--db-url/BOSTAD_DB_URL måste börja med postgres:// (fick "${redactUrl(url)}")`);
    }
    return { kind: 'postgresql', url };
  }
  return { kind: 'sqlite', path: option(args, 'db') ?? env['BOSTAD_DB'] ?? defaultPath };
}

/** The URL without its password: for logs, the About box and system.info. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/** Where the database is, for people: the file, or the server without the password. */
export function describeTarget(target: DbTarget): string {
  return target.kind === 'sqlite' ? target.path : redactUrl(target.url);
}
