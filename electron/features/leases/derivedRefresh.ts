/**
 * The stored derived columns follow the calendar: rows whose `refreshDue`
 * day has come are computed again and written back by the daily job
 * (features/daily/job.ts), with an audit row by the system actor when a
 * status changes. No read writes them.
 */
import { appendAudit } from '../../core/audit';
import type { KpiValue } from '../../../shared/leases/indexation';
import { updateManyById } from '../../db/dialect';
import type { ServiceContext } from '../../core/context';
import { toSnake } from '../../db/naming';
import { derive, derivedColumns, loadKpi } from './derivation';

/** Written as the actor of changes the calendar makes (a lease ending), not a person. */
export const SYSTEM_ACTOR = { login: 'system', displayName: 'Systemet' };

const DERIVED_KEYS = [
  'endsOn',
  'nextNoticeDate',
  'nextNoticeEndsOn',
  'currentPeriodEnd',
  'missedNoticeDate',
  'currentRentOre',
  'rentMissingIndexMonth',
  'refreshDue',
] as const;

/** The columns `derive` reads, plus what the refresh compares and writes. */
const REFRESH_COLUMNS = [
  'id',
  'version',
  'status',
  'premises',
  'startDate',
  'termType',
  'endDate',
  'noticeMonthsTenant',
  'noticeMonthsLandlord',
  'extensionMonths',
  'rentPerYearOre',
  'indexationKind',
  'kpiBaseIndex',
  'kpiBaseMonth',
  'kpiIndexedPercent',
  'fixedPercentPerYear',
  'noticeEndsOn',
  'derivedOn',
  ...DERIVED_KEYS,
] as const;

type Db = ServiceContext['db'];

/** Rows per batch: one SELECT, one UPDATE and, outside a write, one short transaction each. */
const REFRESH_CHUNK = 250;

const SNAKE: Record<string, string> = Object.fromEntries([...DERIVED_KEYS, 'derivedOn'].map((k) => [k, toSnake(k)]));

/** One UPDATE for this batch of leases (dialect.ts says how on each engine). */
async function updateDerived(db: Db, updates: { id: number; values: Record<string, unknown> }[]): Promise<void> {
  const keys = Object.keys(SNAKE);
  await updateManyById(
    db,
    'leases',
    keys.map((k) => SNAKE[k]!),
    updates.map((u) => ({ id: u.id, values: Object.fromEntries(keys.map((k) => [SNAKE[k]!, u.values[k] ?? null])) })),
  );
}

/**
 * Recomputes the derived columns of the given leases and writes what
 * changed. Only a status change (avslutad when the end has passed) bumps
 * the version and is audited, by "system": the other columns are a cache
 * of the rules, not part of what a user edits, so refreshing them never
 * makes a colleague's open form stale.
 */
async function recomputeChunk(
  db: Db,
  ctx: ServiceContext,
  ids: number[],
  kpi: readonly KpiValue[],
  today: string,
): Promise<number> {
  const rows = await db('leases')
    .whereIn('id', ids)
    .select(...REFRESH_COLUMNS);
  const plain: { id: number; values: Record<string, unknown> }[] = [];
  let changed = 0;
  for (const row of rows) {
    const d = derive(row, kpi, today);
    const values = derivedColumns(d, today);
    if (d.status !== row.status) {
      const before = await db('leases').where({ id: row.id }).first();
      await db('leases')
        .where({ id: row.id })
        .update({ ...values, version: row.version + 1, updatedAt: ctx.clock.now(), updatedBy: SYSTEM_ACTOR.login });
      const after = await db('leases').where({ id: row.id }).first();
      await appendAudit(
        { ...ctx, db, actor: SYSTEM_ACTOR },
        { entity: 'lease', entityId: row.id, action: 'end', before, after },
      );
      changed++;
    } else if (row.derivedOn !== today || DERIVED_KEYS.some((k) => (row[k] ?? null) !== (d[k] ?? null))) {
      plain.push({ id: row.id, values });
    }
  }
  await updateDerived(db, plain);
  return changed + plain.length;
}

/**
 * Recomputes `ids` chunk by chunk. Inside a write procedure (a KPI change)
 * it all belongs to that transaction; from the daily job it takes one short
 * write transaction per chunk, so a large refresh never holds the lock long
 * enough to make a colleague's save wait past the busy timeout.
 */
async function recompute(ctx: ServiceContext, ids: number[], today: string): Promise<number> {
  const kpi = await loadKpi(ctx);
  let changed = 0;
  for (let i = 0; i < ids.length; i += REFRESH_CHUNK) {
    const chunk = ids.slice(i, i + REFRESH_CHUNK);
    if (ctx.db.isTransaction) {
      changed += await recomputeChunk(ctx.db, ctx, chunk, kpi, today);
      continue;
    }
    const started = performance.now();
    changed += await ctx.db.transaction((trx) => recomputeChunk(trx, ctx, chunk, kpi, today));
    // Then as long a pause: the job has the connection (one, on SQLite) and
    // this thread at most half the time. A colleague's list call is a few
    // statements, each taking the connection in turn: without the pause
    // every one of them queued behind another chunk (1 January, 10 000
    // leases: list calls of about 1 s while the job ran, against 0.1 s).
    if (i + REFRESH_CHUNK < ids.length) await pause(performance.now() - started);
  }
  return changed;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(ms, 1000)));
}

/**
 * Brings the derived columns up to today for the leases that need it: those
 * whose `refreshDue` has come, and any computed for a later day than today
 * (a clock moved back in a test or demo). Run by the daily job, never by a
 * read: a normal day finds a handful of rows through the index on
 * refresh_due, 1 January every KPI-indexed lease.
 */
export async function refreshDueLeases(ctx: ServiceContext): Promise<number> {
  const today = ctx.clock.today();
  const due = await ctx.db('leases').where('refreshDue', '<=', today).select('id');
  const ahead = await ctx.db('leases').where('derivedOn', '>', today).select('id');
  const ids = [...new Set([...due, ...ahead].map((r) => r.id))];
  if (ids.length === 0) return 0;
  return recompute(ctx, ids, today);
}

/** Recomputes every KPI-indexed lease (the KPI table changed), inside the caller's write. */
export async function recomputeIndexedLeases(ctx: ServiceContext): Promise<number> {
  const ids = (await ctx.db('leases').where('indexationKind', 'kpi').select('id')).map((r) => r.id);
  return recompute(ctx, ids, ctx.clock.today());
}
