/**
 * A lease's derived values (shared/leases/derived.ts) computed from its
 * stored row, and the columns they are stored in.
 */
import type { KpiValue } from '../../../shared/leases/indexation';
import { deriveLease, type LeaseDerived } from '../../../shared/leases/derived';
import { indexationOf, termsOf } from '../../../shared/leases/schema';
import type { ServiceContext } from '../../core/context';
import type { TableRow } from '../../db/tableRow';

type DerivationInput = Pick<
  TableRow<'leases'>,
  | 'premises'
  | 'startDate'
  | 'termType'
  | 'endDate'
  | 'noticeMonthsTenant'
  | 'noticeMonthsLandlord'
  | 'extensionMonths'
  | 'status'
  | 'rentPerYearOre'
  | 'indexationKind'
  | 'kpiBaseIndex'
  | 'kpiBaseMonth'
  | 'kpiIndexedPercent'
  | 'fixedPercentPerYear'
  | 'noticeEndsOn'
>;

export function derive(row: DerivationInput, kpi: readonly KpiValue[], today: string): LeaseDerived {
  return deriveLease(
    {
      terms: termsOf(row),
      status: row.status,
      rentPerYearOre: Number(row.rentPerYearOre),
      indexation: indexationOf(row),
      noticeEndsOn: row.noticeEndsOn,
    },
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
  return await ctx.db('kpiValues').select('month', 'value').orderBy('month');
}
