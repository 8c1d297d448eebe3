/**
 * What a service function receives besides its input: the database handle
 * (a transaction for procedures that write), who is acting and the clock.
 * Services take this and nothing else: no Electron, no HTTP.
 */
import type { Knex } from 'knex';
import { isIsoDate, isoDateInStockholm, type IsoDate } from '../../shared/core/dates';
import type { Actor } from '../../shared/users/schema';
import type { Database } from '../db/connection';

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
  database: Database;
  clock: Clock;
  actor: Actor;
  appVersion: string;
}

export interface ServiceContext {
  /** The database, or the write transaction this call runs in. */
  db: Knex;
  actor: Actor;
  clock: Clock;
  /** The import batch this write belongs to: every audit row it writes names it. */
  importBatchId?: number;
  /** Read-only facts for system.info. */
  info: { appVersion: string; databasePath: string; databaseKind: 'sqlite' | 'postgresql' };
}
