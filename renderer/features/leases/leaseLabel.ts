/** How a lease reads where it is chosen or shown beside another record. */
import { leaseStatusLabels, type LeaseRow } from '../../../shared/leases/schema';

/** The fields of a unit's lease that pickers show and the shared rules read. */
export type UnitLease = Pick<
  LeaseRow,
  'id' | 'leaseNumber' | 'landlordName' | 'status' | 'startDate' | 'endsOn' | 'subletNotified' | 'subletNotifiedDate'
>;

/** "HA-2026-0001 · Öresundshem AB · 2025-01-01 – löper på", with the status unless active. */
export function leaseLabel(
  l: Pick<LeaseRow, 'leaseNumber' | 'landlordName' | 'status' | 'startDate' | 'endsOn'>,
): string {
  const period = `${l.startDate} – ${l.endsOn ?? 'löper på'}`;
  return `${l.leaseNumber} · ${l.landlordName} · ${period}${l.status === 'aktiv' ? '' : ` (${leaseStatusLabels[l.status].toLowerCase()})`}`;
}
