/**
 * The owner of a unit and the landlord of the lease it is on, seen from the
 * unit (the lease's save warns of the same pairing from its side): the city
 * rents a unit from its owner, so a unit made city-owned, or owned by
 * another organisation, while a lease with a landlord holds it is most
 * likely a wrong pick. Only an owner the save changes is told, so a
 * confirmed pairing is not asked about again on every save.
 */
import { AppError } from '../../../shared/core/result';
import type { ServiceContext } from '../../core/context';
import type { TableRow } from '../../db/tableRow';

type Owner = Pick<TableRow<'units'>, 'ownerType' | 'ownerOrganisationId'>;

export async function unitOwnerWarnings(
  ctx: ServiceContext,
  unitId: number,
  objectNumber: string,
  owner: Owner,
): Promise<string[]> {
  const before = await ctx.db('units').where({ id: unitId }).first('ownerType', 'ownerOrganisationId');
  if (!before) return [];
  if (before.ownerType === owner.ownerType && before.ownerOrganisationId === owner.ownerOrganisationId) return [];
  // A draft lease will hold the unit; an ended or archived one no longer does.
  const leases = (await ctx
    .db('leaseUnits')
    .join('leases', 'leases.id', 'leaseUnits.leaseId')
    .join('organisations', 'organisations.id', 'leases.landlordId')
    .where('leaseUnits.unitId', unitId)
    .whereNot('leases.status', 'avslutad')
    .whereNull('leases.archivedAt')
    .orderBy('leases.leaseNumber')
    .select('leases.leaseNumber', 'leases.landlordId', 'organisations.name as landlordName')) as (Pick<
    TableRow<'leases'>,
    'leaseNumber' | 'landlordId'
  > & { landlordName: string })[];
  if (owner.ownerType === 'staden')
    return leases.map(
      (l) => `${objectNumber} ägs av staden, men hyresavtal ${l.leaseNumber} är med ${l.landlordName}.`,
    );
  const ownerId = owner.ownerOrganisationId;
  const mismatched = leases.filter((l) => l.landlordId !== ownerId);
  if (ownerId === null || mismatched.length === 0) return [];
  const ownerRow = await ctx.db('organisations').where({ id: ownerId }).first('name');
  if (!ownerRow) throw new AppError('NOT_FOUND', `Ägaren finns inte (id ${ownerId}).`);
  const ownerName = ownerRow.name;
  return mismatched.map(
    (l) => `${objectNumber} ägs av ${ownerName}, inte av hyresvärden ${l.landlordName} på hyresavtal ${l.leaseNumber}.`,
  );
}
