/**
 * `node dist/main/host.mjs`: the browser host. Opens (and migrates) the
 * database, then serves the built renderer and the API on 127.0.0.1 and
 * prints the address with this run's token.
 *
 * Options: --db <file> (or BOSTAD_DB; default ./data/bostadsportfoljen.sqlite)
 * or --db-url postgres://… (or BOSTAD_DB_URL; wins over the file),
 * --port <n> (or BOSTAD_PORT; default 0 = any free port), --today YYYY-MM-DD
 * (or BOSTAD_TODAY; fixes the date, for tests), --log-dir <folder> (or
 * BOSTAD_LOG_DIR; default the user's own state folder), --backup-dir
 * <folder> (or BOSTAD_BACKUP_DIR; where pg_dump's copies of a PostgreSQL
 * database go, default ./data/sakerhetskopior).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackEnd } from '../core/backEnd';
import { defaultLogDir, log, openLog, safeError } from '../core/log';
import { dbTargetFrom } from '../db/target';
import { DEFAULT_HOST_BACKUPS, DEFAULT_HOST_DB } from './defaults';
import { closePdfRenderer } from './pdf';
import { startHost } from './server';
import { option } from '../cli/args';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const databasePath = dbTargetFrom(args, process.env, DEFAULT_HOST_DB);
  const port = Number(option(args, 'port') ?? process.env['BOSTAD_PORT'] ?? 0);
  const today = option(args, 'today') ?? process.env['BOSTAD_TODAY'];
  const login = option(args, 'user');
  const logPath = openLog(option(args, 'log-dir') ?? defaultLogDir());

  const backEnd = await startBackEnd({
    databasePath,
    live: true,
    serverBackupDir: option(args, 'backup-dir') ?? process.env['BOSTAD_BACKUP_DIR'] ?? DEFAULT_HOST_BACKUPS,
    ...(today ? { today } : {}),
    ...(login ? { login } : {}),
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const host = await startHost({ backEnd, staticDir: path.resolve(here, '../renderer'), port });

  log().info({ port: host.port }, 'browser host started');
  console.log(`Databas: ${backEnd.database.path}`);
  console.log(`Logg: ${logPath}`);
  console.log(`Bostadsportföljen körs på ${host.url}#token=${host.token}`);

  const stop = async () => {
    await host.close();
    await closePdfRenderer();
    await backEnd.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  log().fatal({ err: safeError(error) }, 'browser host could not start');
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
