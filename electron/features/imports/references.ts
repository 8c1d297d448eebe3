/**
 * Which other records point at a record an import created. A revert takes
 * back what the batch created; it must not pull a record out from under
 * one that was registered since and rests on it (a contract on an
 * imported unit, a delivery under an imported agreement). Those are found
 * here, before anything is changed, so the revert can be refused with a
 * message that names them.
 */
import type { ServiceContext } from '../../core/context';
import { fetchWhereIn } from './plan';

/** A column of another table that holds the id of a record of ours. */
export interface Reference {
  /** The table holding the reference. */
  table: string;
  column: string;
  /** The record the referencing row belongs to: its entity (as in a batch), table, id column and naming column. */
  owner: { entity: string; table: string; idColumn: string; keyColumn: string };
  /** How a message names such a record, in lower case: "hyresavtal", "kommunalt kontrakt". */
  noun: string;
}

const lease = { entity: 'lease', table: 'leases', idColumn: 'id', keyColumn: 'leaseNumber' };
const contract = { entity: 'contract', table: 'municipalContracts', idColumn: 'id', keyColumn: 'contractNumber' };
const delivery = { entity: 'landDelivery', table: 'landDeliveries', idColumn: 'id', keyColumn: 'handedOverDate' };
const guarantee = { entity: 'guarantee', table: 'rentGuarantees', idColumn: 'id', keyColumn: 'leaseAddress' };
const claim = { entity: 'guaranteeClaim', table: 'guaranteeClaims', idColumn: 'id', keyColumn: 'claimDate' };
const unit = { entity: 'unit', table: 'units', idColumn: 'id', keyColumn: 'objectNumber' };
const agreement = { entity: 'landAgreement', table: 'landAgreements', idColumn: 'id', keyColumn: 'projectName' };
const placement = { entity: 'quotaPlacement', table: 'quotaPlacements', idColumn: 'id', keyColumn: 'placementDate' };
const quota = { entity: 'quota', table: 'quotas', idColumn: 'id', keyColumn: 'year' };
const moveOn = { entity: 'moveOn', table: 'moveOns', idColumn: 'id', keyColumn: 'moveDate' };
const readiness = { entity: 'moveOnReadiness', table: 'moveOnReadiness', idColumn: 'id', keyColumn: 'id' };
const newcomer = { entity: 'newcomer', table: 'newcomerSettlements', idColumn: 'id', keyColumn: 'settlementDate' };

/** Every reference to a record of each entity a batch can create (the schema's foreign keys, and the lease links). */
export const referencesTo: Record<string, readonly Reference[]> = {
  organisation: [
    { table: 'units', column: 'ownerOrganisationId', owner: unit, noun: 'bostad' },
    { table: 'leases', column: 'landlordId', owner: lease, noun: 'hyresavtal' },
    { table: 'landAgreements', column: 'developerOrganisationId', owner: agreement, noun: 'markanvisning' },
    { table: 'rentGuarantees', column: 'landlordId', owner: guarantee, noun: 'hyresgaranti' },
    { table: 'quotaPlacements', column: 'landlordId', owner: placement, noun: 'kvotplacering' },
    { table: 'quotas', column: 'landlordId', owner: quota, noun: 'kvot' },
    { table: 'moveOns', column: 'landlordId', owner: moveOn, noun: 'utslussning' },
  ],
  unit: [
    { table: 'leaseUnits', column: 'unitId', owner: { ...lease, idColumn: 'leaseId' }, noun: 'hyresavtal' },
    { table: 'municipalContracts', column: 'unitId', owner: contract, noun: 'kommunalt kontrakt' },
    { table: 'landDeliveries', column: 'unitId', owner: delivery, noun: 'leverans' },
  ],
  lease: [
    { table: 'municipalContracts', column: 'leaseId', owner: contract, noun: 'kommunalt kontrakt' },
    { table: 'landDeliveries', column: 'leaseId', owner: delivery, noun: 'leverans' },
  ],
  household: [
    { table: 'municipalContracts', column: 'householdId', owner: contract, noun: 'kommunalt kontrakt' },
    { table: 'rentGuarantees', column: 'householdId', owner: guarantee, noun: 'hyresgaranti' },
    { table: 'quotaPlacements', column: 'householdId', owner: placement, noun: 'kvotplacering' },
    { table: 'moveOns', column: 'householdId', owner: moveOn, noun: 'utslussning' },
    { table: 'moveOnReadiness', column: 'householdId', owner: readiness, noun: 'bedömning av flyttberedskap' },
    { table: 'newcomerSettlements', column: 'householdId', owner: newcomer, noun: 'bosättning' },
  ],
  landAgreement: [{ table: 'landDeliveries', column: 'landAgreementId', owner: delivery, noun: 'leverans' }],
  contract: [{ table: 'moveOns', column: 'contractId', owner: moveOn, noun: 'utslussning' }],
  guarantee: [
    { table: 'moveOns', column: 'guaranteeId', owner: moveOn, noun: 'utslussning' },
    { table: 'guaranteeClaims', column: 'guaranteeId', owner: claim, noun: 'utbetalning' },
  ],
};

export interface Dependant {
  /** The id of our record that is referenced. */
  targetId: number;
  /** "kommunalt kontrakt KK-2026-0003". */
  text: string;
}

/**
 * The records outside the batch that reference any of `ids` (records of
 * `entity` the batch created). `inBatch(entity, id)` tells whether a
 * referencing record is itself one the batch created (and so goes with it).
 */
export async function dependantsOf(
  ctx: ServiceContext,
  entity: string,
  ids: readonly number[],
  inBatch: (entity: string, id: number) => boolean,
  limit = 3,
): Promise<Dependant[]> {
  const found: Dependant[] = [];
  for (const ref of referencesTo[entity] ?? []) {
    const rows = await fetchWhereIn<Record<string, unknown>>(ctx, ref.table, ref.column, ids, [
      ref.column,
      ref.owner.idColumn,
    ]);
    const outside = rows.filter((r) => !inBatch(ref.owner.entity, Number(r[ref.owner.idColumn])));
    if (outside.length === 0) continue;
    const ownerIds = outside.slice(0, limit).map((r) => Number(r[ref.owner.idColumn]));
    const owners = await fetchWhereIn<Record<string, unknown>>(ctx, ref.owner.table, 'id', ownerIds, [
      'id',
      ref.owner.keyColumn,
    ]);
    const keyOf = new Map(owners.map((o) => [Number(o['id']), String(o[ref.owner.keyColumn])]));
    for (const r of outside.slice(0, limit))
      found.push({
        targetId: Number(r[ref.column]),
        text: `${ref.noun} ${keyOf.get(Number(r[ref.owner.idColumn])) ?? ''}`.trim(),
      });
    if (found.length >= limit) break;
  }
  return found.slice(0, limit);
}
