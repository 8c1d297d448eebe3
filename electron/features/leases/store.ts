/**
 * The leases table as the service sees it: stored rows to domain values,
 * the derived columns (shared/leases/derived.ts) and their lazy refresh.
 */
import type { KpiValue } from '../../../shared/leases/indexation';
import { deriveLease, type LeaseDerived } from '../../../shared/leases/derived';
import { indexationOf, termsOf, type Lease, type LeaseStatus } from '../../../shared/leases/schema';
import { appendAudit } from '../../core/audit';
import type { ServiceContext } from '../../core/context';

/** A leases row as SQLite returns it (booleans as 0/1). */
export type LeaseDbRow = Omit<Lease, 'rentIncludesHeating' | 'rentIncludesElectricity' | 'rentIncludesWater' | 'subletNotified' | 'isBlockLease'> & {
  rentIncludesHeating: number | boolean;
  rentIncludesElectricity: number | boolean;
  rentIncludesWater: number | boolean;
  subletNotified: number | boolean;
  isBlockLease: number | boolean;
  noticeEndsOn: string | null;
  derivedOn: string;
  refreshDue: string | null;
  searchText?: string;
  archivedBy?: string | null;
};

export function toLease(row: LeaseDbRow): Lease {
  const { searchText: _s, archivedBy: _a, noticeEndsOn: _n, derivedOn: _d, refreshDue: _r, ...rest } = row;
  return {
    ...rest,
    rentIncludesHeating: Boolean(row.rentIncludesHeating),
    rentIncludesElectricity: Boolean(row.rentIncludesElectricity),
    rentIncludesWater: Boolean(row.rentIncludesWater),
    subletNotified: Boolean(row.subletNotified),
    isBlockLease: Boolean(row.isBlockLease),
  };
}

type DerivationInput = Pick<
  LeaseDbRow,
  | 'premises' | 'startDate' | 'termType' | 'endDate' | 'noticeMonthsTenant' | 'noticeMonthsLandlord' | 'extensionMonths' | 'status'
  | 'rentPerYearOre' | 'indexationKind' | 'kpiBaseIndex' | 'kpiBaseMonth' | 'kpiIndexedPercent' | 'fixedPercentPerYear' | 'noticeEndsOn'
>;

export function derive(row: DerivationInput, kpi: readonly KpiValue[], today: string): LeaseDerived {
  return deriveLease(
    { terms: termsOf(row), status: row.status, rentPerYearOre: Number(row.rentPerYearOre), indexation: indexationOf(row), noticeEndsOn: row.noticeEndsOn },
    kpi,
    today,
  );
}

/** The derived values as columns, with the day they were computed for. */
export function derivedColumns(d: LeaseDerived, today: string): Record<string, unknown> {
  return {
    status: d.status,
    endsOn: d.endsOn,
    nextNoticeDate: d.nextNoticeDate,
    nextNoticeEndsOn: d.nextNoticeEndsOn,
    currentPeriodEnd: d.currentPeriodEnd,
    missedNoticeDate: d.missedNoticeDate,
    currentRentOre: d.currentRentOre,
    rentMissingIndexMonth: d.rentMissingIndexMonth,
    refreshDue: d.refreshDue,
    derivedOn: today,
  };
}

export async function loadKpi(ctx: ServiceContext): Promise<KpiValue[]> {
  return (await ctx.db('kpiValues').select('month', 'value').orderBy('month')) as KpiValue[];
}

/** Written as the actor of changes the calendar makes (a lease ending), not a person. */
export const SYSTEM_ACTOR = { login: 'system', displayName: 'Systemet' };

const DERIVED_KEYS = ['endsOn', 'nextNoticeDate', 'nextNoticeEndsOn', 'currentPeriodEnd', 'missedNoticeDate', 'currentRentOre', 'rentMissingIndexMonth', 'refreshDue'] as const;

const REFRESH_CHUNK = 500;

/**
 * Recomputes the derived columns of the given leases (all of them, or
 * those due) and writes what changed. Only a status change (avslutad when
 * the end has passed) bumps the version and is audited, by "system": the
 * other columns are a cache of the rules, not part of what a user edits,
 * so refreshing them never makes a colleague's open form stale.
 */
async function recompute(db: ServiceContext['db'], ctx: ServiceContext, ids: number[], today: string): Promise<number> {
  const kpi = await loadKpi({ ...ctx, db });
  let changed = 0;
  for (let i = 0; i < ids.length; i += REFRESH_CHUNK) {
    const rows = (await db('leases').whereIn('id', ids.slice(i, i + REFRESH_CHUNK))) as LeaseDbRow[];
    for (const row of rows) {
      const d = derive(row, kpi, today);
      const values = derivedColumns(d, today);
      if (d.status !== row.status) {
        const now = ctx.clock.now();
        await db('leases').where({ id: row.id }).update({ ...values, version: row.version + 1, updatedAt: now, updatedBy: SYSTEM_ACTOR.login });
        const after = (await db('leases').where({ id: row.id }).first()) as LeaseDbRow;
        await appendAudit({ ...ctx, db, actor: SYSTEM_ACTOR }, { entity: 'lease', entityId: row.id, action: 'end', before: row, after });
      } else if (DERIVED_KEYS.some((k) => (row[k] ?? null) !== (d[k] ?? null)) || row.derivedOn !== today) {
        await db('leases').where({ id: row.id }).update(values);
      } else {
        continue;
      }
      changed++;
    }
  }
  return changed;
}

/**
 * Brings the derived columns up to today for the leases that need it: those
 * whose `refreshDue` has come, and any computed for a later day than today
 * (a clock moved back in a test or demo). Runs at the start of the lease
 * list and the watch list; a normal day finds a handful of rows through
 * the index on refresh_due, and most calls find none and write nothing.
 *
 * It writes from a read procedure: a refresh of a cache, in its own short
 * write transaction (BEGIN IMMEDIATE), taken only when something is due.
 */
export async function refreshDueLeases(ctx: ServiceContext): Promise<number> {
  const today = ctx.clock.today();
  const due = (await ctx.db('leases').where('refreshDue', '<=', today).pluck('id')) as number[];
  const ahead = (await ctx.db('leases').where('derivedOn', '>', today).pluck('id')) as number[];
  const ids = [...new Set([...due, ...ahead])];
  if (ids.length === 0) return 0;
  if (ctx.db.isTransaction) return recompute(ctx.db, ctx, ids, today);
  return ctx.db.transaction((trx) => recompute(trx, ctx, ids, today));
}

/** Recomputes every lease of the given kinds of indexation (the KPI table changed). */
export async function recomputeIndexedLeases(ctx: ServiceContext): Promise<number> {
  const ids = (await ctx.db('leases').where('indexationKind', 'kpi').pluck('id')) as number[];
  return recompute(ctx.db, ctx, ids, ctx.clock.today());
}

export function isHolding(status: LeaseStatus): boolean {
  return status === 'aktiv' || status === 'uppsagd';
}
