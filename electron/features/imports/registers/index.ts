/** Each register's planner, and how a batch's records are named and put back. */
import type { ImportRegister } from '../../../../shared/imports/registers';
import type { ServiceContext } from '../../../core/context';
import type { EntityInfo } from '../../../core/records';
import { CONTRACT } from '../../contracts/queries';
import { GUARANTEE } from '../../guarantees/service';
import { HOUSEHOLD, identityKindOf } from '../../households/service';
import { KPI } from '../../leases/kpi';
import { LAND_DELIVERY, recountDeliveries } from '../../landAgreements/deliveries';
import { LAND_AGREEMENT } from '../../landAgreements/service';
import { LEASE } from '../../leases/service';
import { ORGANISATION } from '../../organisations/service';
import { UNIT } from '../../units/service';
import type { Planner } from '../plan';
import { planContracts } from './contracts';
import { planGuarantees } from './guarantees';
import { planHouseholds } from './households';
import { planKpi } from './kpi';
import { planLandAgreements } from './landAgreements';
import { planLandDeliveries, recountAgreementsOf } from './landDeliveries';
import { planLeases } from './leases';
import { planOrganisations } from './organisations';
import { planUnits } from './units';

export const planners: Record<ImportRegister, Planner> = {
  organisations: planOrganisations,
  units: planUnits,
  leases: planLeases,
  households: planHouseholds,
  contracts: planContracts,
  landAgreements: planLandAgreements,
  landDeliveries: planLandDeliveries,
  guarantees: planGuarantees,
  kpi: planKpi,
};

export interface RevertRule {
  info: EntityInfo;
  /** The column that names the record in a message. */
  keyColumn: string;
  /** The rows that belong to the record (links, members), as the `before` snapshot holds them: kept in the revert's audit row. */
  partsOf?(ctx: ServiceContext, id: number): Promise<Record<string, unknown>>;
  /** Removes those rows with the record. */
  removeParts?(ctx: ServiceContext, id: number): Promise<void>;
  /** Puts back those parts as the `before` snapshot had them. */
  restoreParts?(ctx: ServiceContext, id: number, before: Record<string, unknown>): Promise<void>;
  /** Keeps derived values in step once the batch's records of this kind are put back (counts, unit status). */
  afterRevert?(ctx: ServiceContext, rowsBefore: readonly Record<string, unknown>[]): Promise<void>;
}

/** Entities a batch can hold, in the order a revert removes them (dependants first). */
export const revertOrder: RevertRule[] = [
  {
    info: CONTRACT,
    keyColumn: 'contractNumber',
    // The phase history the import began (an activation): it goes with the contract, kept in the audit row.
    partsOf: async (ctx, id) => ({
      phaseMoves: await ctx.db('contractPhaseMoves').where({ contractId: id }).orderBy('id'),
    }),
    removeParts: async (ctx, id) => {
      await ctx.db('contractPhaseMoves').where({ contractId: id }).delete();
    },
  },
  { info: GUARANTEE, keyColumn: 'leaseAddress' },
  {
    info: LEASE,
    keyColumn: 'leaseNumber',
    partsOf: async (ctx, id) => ({
      unitIds: (await ctx.db('leaseUnits').where({ leaseId: id }).orderBy('unitId').select('unitId')).map(
        (l) => l.unitId,
      ),
    }),
    removeParts: async (ctx, id) => {
      await ctx.db('leaseUnits').where({ leaseId: id }).delete();
    },
    restoreParts: async (ctx, id, before) => {
      await ctx.db('leaseUnits').where({ leaseId: id }).delete();
      const unitIds = (before['unitIds'] ?? []) as number[];
      if (unitIds.length > 0) await ctx.db('leaseUnits').insert(unitIds.map((unitId) => ({ leaseId: id, unitId })));
    },
  },
  {
    info: HOUSEHOLD,
    keyColumn: 'holderName',
    partsOf: async (ctx, id) => ({
      members: (
        await ctx
          .db('householdMembers')
          .where({ householdId: id })
          .orderBy('position')
          .select('name', 'identityNumber', 'isHolder')
      ).map((m) => ({ ...m, isHolder: Boolean(m.isHolder) })),
    }),
    removeParts: async (ctx, id) => {
      await ctx.db('householdMembers').where({ householdId: id }).delete();
    },
    restoreParts: async (ctx, id, before) => {
      await ctx.db('householdMembers').where({ householdId: id }).delete();
      const members = (before['members'] ?? []) as { name: string; identityNumber: string; isHolder: boolean }[];
      if (members.length > 0)
        await ctx.db('householdMembers').insert(
          members.map((m, position) => ({
            householdId: id,
            position,
            name: m.name,
            identityNumber: m.identityNumber,
            identityKind: identityKindOf(m.identityNumber),
            isHolder: m.isHolder,
          })),
        );
    },
  },
  // The delivered count follows the deliveries, never a snapshot of it.
  { info: LAND_DELIVERY, keyColumn: 'handedOverDate', afterRevert: recountAgreementsOf },
  {
    info: LAND_AGREEMENT,
    keyColumn: 'propertyDesignation',
    afterRevert: async (ctx, rows) => {
      for (const row of rows) await recountDeliveries(ctx, Number(row['id']));
    },
  },
  { info: UNIT, keyColumn: 'objectNumber' },
  { info: ORGANISATION, keyColumn: 'orgNumber' },
  { info: KPI, keyColumn: 'month' },
];
