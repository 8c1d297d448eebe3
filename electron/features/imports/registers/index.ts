/** Each register's planner, and how a batch's records are named and put back. */
import type { ImportRegister } from '../../../../shared/imports/registers';
import type { EntityInfo } from '../../../core/records';
import { ORGANISATION } from '../../organisations/service';
import type { Planner } from '../plan';
import { planOrganisations } from './organisations';

export const planners: Record<ImportRegister, Planner> = {
  organisations: planOrganisations,
  units: planOrganisations,
  leases: planOrganisations,
  kpi: planOrganisations,
};

/** Entities a batch can hold, in the order a revert removes them (dependants first). */
export const revertOrder: { info: EntityInfo; keyColumn: string }[] = [{ info: ORGANISATION, keyColumn: 'orgNumber' }];
