/**
 * Starts the back end both transports share: the file checked and opened
 * (read-only when damaged), the clock and actor, the change feed, this
 * app's session row, and the daily job. `live` (desktop and browser host)
 * adds the timers: the change poll, the heartbeat and the midnight run;
 * tests and command-line tools leave it off and call what they need.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import packageJson from '../../package.json';
import { openDatabase, type Database } from '../db/connection';
import { checkDatabaseFile } from '../db/startupChecks';
import { runDailyJob } from '../features/daily/job';
import { removeStaleExports } from '../features/exports/jobs';
import { scheduleDaily } from '../features/daily/schedule';
import { startSession, type Session } from '../features/sessions/service';
import { parseDbTarget, type DbTarget } from '../db/target';
import { roleCache } from '../features/users/roles';
import { osLogin, registerActor } from '../features/users/service';
import { createSqliteChangeFeed } from '../live/changeFeed';
import { createPgChangeFeed } from '../live/pgChangeFeed';
import type { DailyJobSummary } from '../features/daily/job';
import { createClock, type BackEnd } from './context';
import { log, safeError } from './log';
import { maintenanceFor } from './maintenance';

export interface BackEndOptions {
  /** A SQLite file path, a postgres:// URL, or a target from target.ts. */
  databasePath: string | DbTarget;
  /** Fixes today's date (tests); defaults to BOSTAD_TODAY or the real date. */
  today?: string;
  /** Overrides the OS login (tests simulating two colleagues). */
  login?: string;
  /** Poll for colleagues' changes, keep a session alive, run the job at midnight. */
  live?: boolean;
  /**
   * Where pg_dump's copies of a server database go: the desktop's user-data
   * folder, the host's --backup-dir. Default: `sakerhetskopior` in the
   * working folder.
   */
  serverBackupDir?: string;
}

/** The browser host, the CLIs and tests: checks and opens (and migrates) the file itself. */
export async function startBackEnd(options: BackEndOptions): Promise<BackEnd> {
  const target = typeof options.databasePath === 'string' ? parseDbTarget(options.databasePath) : options.databasePath;
  // A server checks itself; a file is checked before anyone writes to it.
  const health = target.kind === 'sqlite' ? await checkDatabaseFile(target.path) : { ok: true, problems: [] };
  const database = await openDatabase(target, { readOnly: !health.ok });
  const today = options.today ?? process.env['BOSTAD_TODAY'];
  return backEndOn(database, {
    ...options,
    ...(today ? { today } : {}),
    problems: health.problems,
  });
}

/**
 * The back end over a database already opened (the desktop start opens and
 * checks it in its start window). `today` is passed only where a fixed date
 * is allowed.
 */
export async function backEndOn(
  database: Database,
  options: Omit<BackEndOptions, 'databasePath'> & { problems?: BackEnd['health']['problems'] },
): Promise<BackEnd> {
  const clock = createClock(options.today);
  removeStaleExports();
  const login = options.login ?? osLogin();
  const actor = database.readOnly
    ? { login, displayName: login }
    : await registerActor(database.knex, login, clock.now());

  let session: Session | null = null;
  let daily: { stop(): void } | null = null;
  /** The daily job's current or last run: close and a restore wait for it before the file goes. */
  let dailyRun: Promise<DailyJobSummary | null> = Promise.resolve(null);
  const backEnd: BackEnd = {
    database,
    clock,
    actor,
    appVersion: packageJson.version,
    health: { problems: options.problems ?? [] },
    sessionId: crypto.randomUUID(),
    changes:
      database.target.kind === 'postgresql'
        ? createPgChangeFeed(database.target.url)
        : createSqliteChangeFeed(() => backEnd.database.knex),
    role: undefined as never,
    maintenance: undefined as never,
    serverBackupDir: path.resolve(options.serverBackupDir ?? 'sakerhetskopior'),
    info: () => ({
      appVersion: packageJson.version,
      databasePath: backEnd.database.path,
      databaseKind: backEnd.database.kind,
      sessionId: backEnd.sessionId,
      readOnly: backEnd.database.readOnly,
      network: backEnd.database.network,
    }),
    runDailyJob() {
      const run = (async () => {
        const summary = await runDailyJob({
          getKnex: () => backEnd.database.knex,
          clock,
          info: backEnd.info(),
          maintenance: backEnd.maintenance,
          claimant: `${actor.login} (${backEnd.sessionId})`,
          ...(options.live && backEnd.maintenance.supported
            ? { backup: async () => (await backEnd.maintenance.backup('daglig')).name }
            : {}),
        });
        // Our own writes do not move SQLite's data_version: tell the windows
        // now, so grids showing rows the job changed load them again.
        if (summary) await backEnd.changes.check();
        return summary;
      })();
      dailyRun = run.catch(() => null);
      return run;
    },
    dailyJobRun: () => dailyRun,
    async reopen(work) {
      await dailyRun;
      await session?.stop().catch(() => undefined);
      session = null;
      await backEnd.database.close();
      await work();
      // A file is checked again after a restore; a server checks itself.
      const target = backEnd.database.target;
      const after = target.kind === 'sqlite' ? await checkDatabaseFile(target.path) : { ok: true, problems: [] };
      backEnd.health = { problems: after.problems };
      backEnd.database = await openDatabase(target, { readOnly: !after.ok });
      await startWritable();
    },
    async close() {
      daily?.stop();
      await dailyRun;
      backEnd.changes.stop();
      await session?.stop().catch(() => undefined);
      await backEnd.database.close();
    },
  };
  backEnd.maintenance = maintenanceFor(backEnd);
  backEnd.role = roleCache(() => backEnd.database.knex, actor.login, backEnd.changes);

  /**
   * What only a sound, writable file gets: a session row and the day's job.
   * The job runs in the background: on 1 January it re-derives every
   * indexed lease, and the first list call must not wait for that (issue 18).
   * Until it is done a list shows yesterday's stored deadlines and rents;
   * then the change feed tells the windows, which load the rows again.
   * Only one instance does the day's work (job.ts claims the day).
   */
  async function startWritable(): Promise<void> {
    if (backEnd.database.readOnly) return;
    if (options.live) {
      session = await startSession(() => backEnd.database.knex, actor, backEnd.sessionId);
    }
    backEnd.runDailyJob().catch((error: unknown) => log().error({ err: safeError(error) }, 'daily job failed'));
  }

  await backEnd.changes.check();
  await startWritable();
  if (options.live) {
    backEnd.changes.start();
    daily = scheduleDaily(clock, () => backEnd.runDailyJob());
  }
  return backEnd;
}
