/** Each register's planner, and how a batch's records are named and put back. */
import type { ImportRegister } from '../../../../shared/imports/registers';
import type { EntityInfo } from '../../../core/records';
import { KPI } from '../../leases/kpi';
import { LEASE } from '../../leases/service';
import { ORGANISATION } from '../../organisations/service';
import { UNIT } from '../../units/service';
import type { Planner } from '../plan';
import { planKpi } from './kpi';
import { planLeases } from './leases';
import { planOrganisations } from './organisations';
import { planUnits } from './units';

export const planners: Record<ImportRegister, Planner> = {
  organisations: planOrganisations,
  units: planUnits,
  leases: planLeases,
  kpi: planKpi,
};

/** Entities a batch can hold, in the order a revert removes them (dependants first). */
export const revertOrder: { info: EntityInfo; keyColumn: string }[] = [
  { info: LEASE, keyColumn: 'leaseNumber' },
  { info: UNIT, keyColumn: 'objectNumber' },
  { info: ORGANISATION, keyColumn: 'orgNumber' },
  { info: KPI, keyColumn: 'month' },
];
