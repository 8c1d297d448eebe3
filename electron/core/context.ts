/**
 * What a service function receives besides its input: the database handle
 * (a transaction for procedures that write), who is acting and the clock.
 * Services take this and nothing else: no Electron, no HTTP.
 */
import type { Knex } from 'knex';
import { isIsoDate, isoDateInStockholm, type IsoDate } from '../../shared/core/dates';
import type { Actor } from '../../shared/users/schema';
import type { Role } from '../../shared/users/roles';
import type { Database } from '../db/connection';
import type { DbTarget } from '../db/target';
import type { DailyJobSummary } from '../features/daily/job';
import type { RoleCache } from '../features/users/roles';
import type { ChangeFeed } from '../live/changeFeed';
import type { Maintenance } from './maintenance';

export interface Clock {
  /** Today's date in Sweden. */
  today(): IsoDate;
  /** The current instant as an ISO timestamp (UTC). */
  now(): string;
}

/**
 * The real clock, or one whose date is fixed (BOSTAD_TODAY) so a test can
 * move past a deadline without waiting for it.
 */
export function createClock(fixedToday?: string): Clock {
  if (fixedToday !== undefined && !isIsoDate(fixedToday)) {
    throw new Error(`BOSTAD_TODAY must be a date written YYYY-MM-DD, got "${fixedToday}"`);
  }
  return {
    today: () => fixedToday ?? isoDateInStockholm(new Date()),
    now: () => new Date().toISOString(),
  };
}

/** The running back end: one per process, shared by both transports. */
export interface BackEnd {
  /** Replaced when a restore reopens the file. */
  database: Database;
  clock: Clock;
  actor: Actor;
  appVersion: string;
  /** What the start-up check found wrong with the file; empty when it is sound. */
  health: { problems: string[] };
  /** This running app's row in `sessions`. */
  sessionId: string;
  changes: ChangeFeed;
  /** This user's role, kept between calls while the change feed watches (features/users/roles.ts). */
  role: RoleCache;
  maintenance: Maintenance;
  /** Where pg_dump's copies of a server database go (a folder on this machine); unused for a file. */
  serverBackupDir: string;
  info(): ServiceInfo;
  /** Runs the day's job now (if no instance has); the windows hear of the rows it changed. */
  runDailyJob(): Promise<DailyJobSummary | null>;
  /** The daily job's current or last run: start-up starts one in the background. Never rejects. */
  dailyJobRun(): Promise<DailyJobSummary | null>;
  /** Closes the database, runs `work` on the file, opens it again (a restore). */
  reopen(work: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/** Read-only facts for system.info and the status bar. */
export interface ServiceInfo {
  appVersion: string;
  databasePath: string;
  databaseKind: 'sqlite' | 'postgresql';
  sessionId: string;
  readOnly: boolean;
  network: boolean;
}

export interface ServiceContext {
  /** The database, or the write transaction this call runs in. */
  db: Knex;
  actor: Actor;
  /** The actor's role as the database says at the start of this call. */
  role: Role;
  clock: Clock;
  /** The import batch this write belongs to: every audit row it writes names it. */
  importBatchId?: number;
  info: ServiceInfo;
  /** Backups and restore of this engine. */
  maintenance: Maintenance;
  /**
   * Where the database is, credentials included, for a worker thread that
   * opens its own connection (the export worker). Never shown or logged.
   * Without it (a tool's own context) an export runs on this thread.
   */
  dbTarget?: DbTarget;
}
