/**
 * Who a letter about a sublet goes to: the landlord of the lease a
 * contract sits on, or of the unit when a landlord owns it without a lease
 * in the register. One letter may cover several contracts only when they
 * share that landlord.
 */
import { AppError } from '../../../shared/core/result';
import type { ServiceContext } from '../../core/context';

export interface SubletRecord {
  id: number;
  number: string;
  landlordId: number | null;
  leaseNumber: string | null;
  landlordReference: string | null;
  objectNumber: string;
  address: string;
  startDate: string;
}

export async function contractsForLetter(ctx: ServiceContext, ids: number[]): Promise<SubletRecord[]> {
  const rows = (await ctx
    .db('municipalContracts as c')
    .join('units as u', 'u.id', 'c.unitId')
    .leftJoin('leases as l', 'l.id', 'c.leaseId')
    .whereIn('c.id', ids)
    .orderBy('c.contractNumber')
    .select(
      'c.id',
      'c.contractNumber as number',
      ctx.db.raw('coalesce(l.landlord_id, u.owner_organisation_id) as landlord_id'),
      'l.leaseNumber',
      'l.landlordReference',
      'u.objectNumber',
      'u.address',
      'c.startDate',
    )) as SubletRecord[];
  if (rows.length !== new Set(ids).size) throw new AppError('NOT_FOUND', 'Ett av kontrakten finns inte.');
  return rows;
}

export async function leaseUnitsForLetter(ctx: ServiceContext, leaseId: number): Promise<SubletRecord[]> {
  return (await ctx
    .db('leases as l')
    .join('leaseUnits as lu', 'lu.leaseId', 'l.id')
    .join('units as u', 'u.id', 'lu.unitId')
    .where('l.id', leaseId)
    .orderBy('u.objectNumber')
    .select(
      'l.id',
      'l.leaseNumber as number',
      'l.landlordId',
      'l.leaseNumber',
      'l.landlordReference',
      'u.objectNumber',
      'u.address',
      'l.startDate',
    )) as SubletRecord[];
}

/** The one landlord of all the records, or a Swedish refusal. */
export function oneLandlord(records: SubletRecord[]): number {
  const landlords = [...new Set(records.map((r) => r.landlordId))];
  if (landlords.includes(null)) {
    const without = records.filter((r) => r.landlordId === null).map((r) => r.number);
    throw new AppError(
      'VALIDATION',
      `${without.join(', ')}: bostaden hyrs inte av någon hyresvärd i registret, så ingen underrättelse behövs.`,
    );
  }
  if (landlords.length !== 1) {
    throw new AppError(
      'VALIDATION',
      'Kontrakten hör till olika hyresvärdar. Ett brev kan bara gälla kontrakt hos samma hyresvärd.',
    );
  }
  return landlords[0]!;
}
