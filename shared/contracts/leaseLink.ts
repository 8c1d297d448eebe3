/**
 * The lease a kommunalt kontrakt sits on. When the city rents the unit
 * from a landlord, the city can let it to a household only within its own
 * lease: a contract that starts before the lease or runs past its end
 * needs a confirmed warning. The back end picks the lease when a contract
 * is saved and the form shows the same pick, so both use these rules.
 *
 * A lease's period is its start to `endsOn` (the end a notice or a fixed
 * term without extension gives, shared/leases/derived.ts); a lease without
 * `endsOn` runs on. A contract's period is its start to its `endsOn`
 * (notice, or the agreed end).
 *
 * Pure: no I/O, no clock.
 */
import { daysBetween, maxDate, minDate, type IsoDate } from '../core/dates';
import type { LeaseStatus } from '../leases/schema';
import type { Period } from './rules';

export interface LeasePeriod {
  id: number;
  leaseNumber: string;
  status: LeaseStatus;
  startDate: IsoDate;
  endsOn: IsoDate | null;
}

/** Later than any real date: the end of a lease that runs on. */
const OPEN_END = '9999-12-31';

function overlapDays(lease: LeasePeriod, period: Period): number {
  const start = maxDate(lease.startDate, period.start);
  const end = minDate(lease.endsOn ?? OPEN_END, period.end);
  return end < start ? 0 : daysBetween(start, end) + 1;
}

function covers(lease: LeasePeriod, period: Period): boolean {
  return lease.startDate <= period.start && (lease.endsOn ?? OPEN_END) >= period.end;
}

/**
 * The lease a contract over `period` sits on, among its unit's leases: one
 * that covers the whole period; else the one that covers most of it (the
 * later one on a tie, as a renewed lease replaces the old); null when none
 * overlaps it. A draft lease is not in force and is never picked unless
 * the user chooses it.
 */
export function coveringLease<T extends LeasePeriod>(leases: readonly T[], period: Period): T | null {
  const ranked = leases
    .filter((l) => l.status !== 'utkast')
    .map((lease) => ({ lease, covers: covers(lease, period), days: overlapDays(lease, period) }))
    .filter((r) => r.days > 0)
    .sort(
      (a, b) =>
        Number(b.covers) - Number(a.covers) ||
        b.days - a.days ||
        (a.lease.startDate < b.lease.startDate
          ? 1
          : a.lease.startDate > b.lease.startDate
            ? -1
            : b.lease.id - a.lease.id),
    );
  return ranked[0]?.lease ?? null;
}

/** "HA-2026-0001 (2025-01-01 – 2027-12-31)", "… (från 2025-01-01, löper på)". */
export function leasePeriodText(l: Pick<LeasePeriod, 'leaseNumber' | 'startDate' | 'endsOn' | 'status'>): string {
  const period = l.endsOn ? `${l.startDate} – ${l.endsOn}` : `från ${l.startDate}, löper på`;
  return `${l.leaseNumber} (${period}${l.status === 'utkast' ? ', utkast' : ''})`;
}

/**
 * Warnings a save must confirm: the contract starts before its lease or
 * runs past its end, the lease is only a draft, or the unit is rented on
 * leases none of which is in force during the contract.
 */
export function leaseWarnings(lease: LeasePeriod | null, unitLeases: readonly LeasePeriod[], period: Period): string[] {
  if (lease === null) {
    if (unitLeases.length === 0) return [];
    const listed = unitLeases.slice(0, 3).map(leasePeriodText).join(', ');
    return [
      `Bostaden hyrs på hyresavtal ${listed}, men inget av dem gäller under kontraktstiden ${period.start} – ${period.end}.`,
    ];
  }
  const warnings: string[] = [];
  if (lease.status === 'utkast') warnings.push(`Hyresavtal ${lease.leaseNumber} är ett utkast och gäller inte ännu.`);
  if (period.start < lease.startDate) {
    warnings.push(
      `Kontraktet börjar ${period.start}, före hyresavtal ${lease.leaseNumber} som börjar ${lease.startDate}.`,
    );
  }
  if (lease.endsOn !== null && period.end > lease.endsOn) {
    warnings.push(
      `Kontraktet löper till ${period.end}, efter att hyresavtal ${lease.leaseNumber} upphör ${lease.endsOn}; staden kan inte hyra ut bostaden längre än den själv hyr den.`,
    );
  }
  return warnings;
}

/**
 * 12 kap. 39 § JB: the landlord must be told of the sublet. Told either on
 * the contract (its own date) or on the lease (the landlord told once for
 * every sublet under it); the contract's own date comes first.
 */
export function landlordToldOn(c: {
  landlordNotifiedDate: IsoDate | null;
  leaseSubletNotifiedDate: IsoDate | null;
}): IsoDate | null {
  return c.landlordNotifiedDate ?? c.leaseSubletNotifiedDate;
}
