/**
 * A contract's lease: the unit's leases, the one a contract sits on (the
 * user's choice, or the one covering its period) and the warnings when the
 * periods do not match. The rules are shared with the form
 * (shared/contracts/leaseLink.ts).
 */
import { coveringLease, leasePeriodText, type LeasePeriod } from '../../../shared/contracts/leaseLink';
import type { Period } from '../../../shared/contracts/rules';
import { contractLabels } from '../../../shared/contracts/schema';
import { fieldError } from '../../../shared/core/result';
import type { ServiceContext } from '../../core/context';

/** The unit's leases that are not archived, latest first (a handful per unit). */
export async function unitLeases(ctx: ServiceContext, unitId: number): Promise<LeasePeriod[]> {
  return await ctx
    .db('leaseUnits')
    .join('leases', 'leases.id', 'leaseUnits.leaseId')
    .where('leaseUnits.unitId', unitId)
    .whereNull('leases.archivedAt')
    .orderBy('leases.startDate', 'desc')
    .orderBy('leases.id', 'desc')
    .select('leases.id', 'leases.leaseNumber', 'leases.status', 'leases.startDate', 'leases.endsOn');
}

/**
 * The lease to store on a contract over `period`. A chosen lease must be
 * one of the unit's; with `fallBack` (activating a stored draft, whose
 * lease may have been archived or changed since) a lease that no longer
 * fits is replaced by the covering one instead of refused.
 */
export async function resolveLease(
  ctx: ServiceContext,
  unitId: number,
  chosen: number | null,
  period: Period,
  options: { fallBack?: boolean } = {},
): Promise<number | null> {
  const leases = await unitLeases(ctx, unitId);
  if (chosen !== null) {
    if (leases.some((l) => l.id === chosen)) return chosen;
    if (!options.fallBack) {
      const lease = await ctx.db('leases').where({ id: chosen }).first('leaseNumber', 'archivedAt');
      const others =
        leases.length > 0
          ? ` Bostadens avtal: ${leases.slice(0, 3).map(leasePeriodText).join(', ')}.`
          : ' Bostaden har inget hyresavtal.';
      const why = !lease
        ? 'finns inte'
        : lease.archivedAt
          ? `${lease.leaseNumber} är arkiverat`
          : `${lease.leaseNumber} omfattar inte bostaden`;
      throw fieldError(
        'leaseId',
        `${contractLabels.leaseId}: ${why}; välj ett av bostadens avtal eller låt fältet vara tomt.${others}`,
      );
    }
  }
  return coveringLease(leases, period)?.id ?? null;
}
