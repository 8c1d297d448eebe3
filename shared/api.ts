/**
 * Every procedure of the back end, by name. Adding a feature adds its
 * procedure map here; the typed client and the handler registry both
 * follow from this one object.
 */
import { combineByName } from './core/byName';
import { attachmentProcedures } from './attachments/schema';
import { auditProcedures } from './audit/schema';
import { backupProcedures } from './backups/schema';
import { cityUnitProcedures } from './cityUnits/schema';
import { contractProcedures } from './contracts/schema';
import { dischargeProcedures } from './discharges/schema';
import { evictionRiskProcedures } from './evictionRisks/schema';
import { followupProcedures } from './followup/schema';
import type { ProcedureMap } from './core/procedure';
import { departmentProcedures } from './departments/schema';
import { documentProcedures } from './documents/schema';
import { exportProcedures } from './exports/schema';
import { guaranteeProcedures } from './guarantees/schema';
import { landDeliveryProcedures } from './landAgreements/deliveries';
import { landAgreementProcedures } from './landAgreements/schema';
import { householdProcedures } from './households/schema';
import { importProcedures } from './imports/schema';
import { leaseProcedures } from './leases/schema';
import { letterProcedures } from './letters/schema';
import { moveOnProcedures } from './moveOns/schema';
import { newcomerProcedures } from './newcomers/schema';
import { organisationProcedures } from './organisations/schema';
import { quotaProcedures } from './quotas/schema';
import { searchProcedures } from './search/schema';
import { sessionProcedures } from './sessions/schema';
import { settingsProcedures } from './settings/schema';
import { systemProcedures } from './system/schema';
import { unitProcedures } from './units/schema';
import { privacyProcedures } from './privacy/schema';
import { retentionProcedures } from './retention/schema';
import { roleProcedures } from './users/roles';
import { userProcedures } from './users/schema';
import { watchProcedures } from './watch/schema';

export const api = combineByName(
  systemProcedures,
  userProcedures,
  auditProcedures,
  departmentProcedures,
  organisationProcedures,
  unitProcedures,
  leaseProcedures,
  watchProcedures,
  settingsProcedures,
  documentProcedures,
  exportProcedures,
  landAgreementProcedures,
  landDeliveryProcedures,
  householdProcedures,
  contractProcedures,
  guaranteeProcedures,
  quotaProcedures,
  moveOnProcedures,
  newcomerProcedures,
  searchProcedures,
  attachmentProcedures,
  letterProcedures,
  roleProcedures,
  privacyProcedures,
  retentionProcedures,
  sessionProcedures,
  backupProcedures,
  importProcedures,
  dischargeProcedures,
  evictionRiskProcedures,
  cityUnitProcedures,
  followupProcedures,
) satisfies ProcedureMap;

export type Api = typeof api;
export type ProcedureName = keyof Api;

export function isProcedureName(name: string): name is ProcedureName {
  return Object.prototype.hasOwnProperty.call(api, name);
}
