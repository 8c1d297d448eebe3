/**
 * The daily job: everything that changes because the date changed, done
 * once a day by whichever app instance claims the day first, never from a
 * read. Runs at start-up and just after midnight (schedule.ts).
 *
 * - Leases: the stored deadline and rent columns are a cache of the rules
 *   (shared/leases/derived.ts) that the grid sorts and filters on, so they
 *   are stored, and brought up to date here: deadlines rolling forward,
 *   the 1 January indexation, a lease ending (a status change: versioned
 *   and audited by "system" as before).
 * - Planned move-ons whose moving day has come: the contract ends, the unit
 *   is freed (a change of record, so it is a job and not computed on read).
 * - The daily backup (SQLite), through the hook the back end passes in.
 *
 * What the date changes but nobody edits or filters by is computed on read
 * instead: a lease's days left (leases/service.ts) and a land agreement's
 * status (landAgreements/rowsQuery.ts, in SQL so the grid can filter on it).
 *
 * Idempotent: each step acts only on what is due, so a second run the same
 * day finds nothing. The `daily_jobs` row makes sure only one instance
 * does the work and that the run is audited once.
 */
import type { Knex } from 'knex';
import { appendAudit } from '../../core/audit';
import type { Clock, ServiceContext } from '../../core/context';
import { refreshDueLeases, SYSTEM_ACTOR } from '../leases/derivedRefresh';
import { completeDueMoveOns, MOVE_ON_BATCH } from '../moveOns/service';

/** A claim older than this belongs to an app that died mid-run: another may take the day. */
export const STALE_CLAIM_MS = 10 * 60_000;

export interface DailyJobSummary {
  day: string;
  leasesUpdated: number;
  moveOnsCompleted: number;
  backup: string | null;
}

export interface DailyJobOptions {
  getKnex(): Knex;
  clock: Clock;
  info: ServiceContext['info'];
  maintenance: ServiceContext['maintenance'];
  /** Who claims the day (the session id, for the record). */
  claimant: string;
  /** Makes the day's backup; returns the file, or null where the engine has none. */
  backup?(): Promise<string | null>;
}

/** Claims today for this instance; false when another instance has it or it is done. */
async function claimDay(knex: Knex, day: string, claimant: string, now: Date): Promise<boolean> {
  return knex.transaction(async (trx) => {
    const row = (await trx('dailyJobs').where({ day }).first('finishedAt', 'claimedAt')) as
      { finishedAt: string | null; claimedAt: string } | undefined;
    if (row?.finishedAt) return false;
    if (row && Date.parse(row.claimedAt) > now.getTime() - STALE_CLAIM_MS) return false;
    await trx('dailyJobs')
      .insert({ day, claimedBy: claimant, claimedAt: now.toISOString() })
      .onConflict('day')
      .merge({ claimedBy: claimant, claimedAt: now.toISOString() });
    return true;
  });
}

/** Runs today's job if no other instance has; returns what it did, or null when it did not run. */
export async function runDailyJob(options: DailyJobOptions): Promise<DailyJobSummary | null> {
  const knex = options.getKnex();
  const day = options.clock.today();
  if (!(await claimDay(knex, day, options.claimant, new Date()))) return null;

  const ctx: ServiceContext = {
    db: knex,
    actor: SYSTEM_ACTOR,
    // The calendar's own changes, not a person's: the system may do them all.
    role: 'administrator',
    clock: options.clock,
    info: options.info,
    maintenance: options.maintenance,
  };
  // Outside a transaction the refresh takes one short write per chunk, so a
  // 1 January over 100 000 leases never holds the lock for long.
  const leasesUpdated = await refreshDueLeases(ctx);
  // A batch per transaction (the service takes at most MOVE_ON_BATCH), until none is due.
  let completed = 0;
  for (;;) {
    const batch = await knex.transaction((trx) => completeDueMoveOns({ ...ctx, db: trx }));
    completed += batch.completed;
    if (batch.completed < MOVE_ON_BATCH) break;
  }
  const backup = options.backup ? await options.backup() : null;

  const summary: DailyJobSummary = { day, leasesUpdated, moveOnsCompleted: completed, backup };
  await knex.transaction(async (trx) => {
    await trx('dailyJobs')
      .where({ day })
      .update({ finishedAt: options.clock.now(), summary: JSON.stringify(summary) });
    await appendAudit({ ...ctx, db: trx }, { entity: 'dailyJob', entityId: null, action: 'run', after: summary });
  });
  return summary;
}
