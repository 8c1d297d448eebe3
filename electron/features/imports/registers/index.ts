/** Each register's planner, and how a batch's records are named and put back. */
import type { ImportRegister } from '../../../../shared/imports/registers';
import type { ServiceContext } from '../../../core/context';
import type { EntityInfo } from '../../../core/records';
import { HOUSEHOLD, identityKindOf } from '../../households/service';
import { KPI } from '../../leases/kpi';
import { LAND_AGREEMENT } from '../../landAgreements/service';
import { LEASE } from '../../leases/service';
import { ORGANISATION } from '../../organisations/service';
import { UNIT } from '../../units/service';
import type { Planner } from '../plan';
import { planHouseholds } from './households';
import { planKpi } from './kpi';
import { planLandAgreements } from './landAgreements';
import { planLeases } from './leases';
import { planOrganisations } from './organisations';
import { planUnits } from './units';

export const planners: Record<ImportRegister, Planner> = {
  organisations: planOrganisations,
  units: planUnits,
  leases: planLeases,
  households: planHouseholds,
  landAgreements: planLandAgreements,
  kpi: planKpi,
};

export interface RevertRule {
  info: EntityInfo;
  /** The column that names the record in a message. */
  keyColumn: string;
  /** Rows that belong to the record (links, members), removed with it. */
  removeParts?(ctx: ServiceContext, id: number): Promise<void>;
  /** Puts back those parts as the `before` snapshot had them. */
  restoreParts?(ctx: ServiceContext, id: number, before: Record<string, unknown>): Promise<void>;
}

/** Entities a batch can hold, in the order a revert removes them (dependants first). */
export const revertOrder: RevertRule[] = [
  {
    info: LEASE,
    keyColumn: 'leaseNumber',
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
  { info: LAND_AGREEMENT, keyColumn: 'propertyDesignation' },
  { info: UNIT, keyColumn: 'objectNumber' },
  { info: ORGANISATION, keyColumn: 'orgNumber' },
  { info: KPI, keyColumn: 'month' },
];
