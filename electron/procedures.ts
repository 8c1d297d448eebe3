/**
 * Every handler, by procedure name. The type makes the compiler refuse a
 * procedure in the contract without a handler, and a handler without one.
 */
import { combineByName } from '../shared/core/byName';
import type { Api } from '../shared/api';
import type { Handlers } from './core/handlerTypes';
import { attachmentHandlers } from './features/attachments/procedures';
import { auditHandlers } from './features/audit/procedures';
import { backupHandlers } from './features/backups/procedures';
import { cityUnitHandlers } from './features/cityUnits/procedures';
import { contractHandlers } from './features/contracts/procedures';
import { dischargeHandlers } from './features/discharges/procedures';
import { evictionRiskHandlers } from './features/evictionRisks/procedures';
import { followupHandlers } from './features/followup/procedures';
import { departmentHandlers } from './features/departments/procedures';
import { documentHandlers } from './features/documents/procedures';
import { exportHandlers } from './features/exports/procedures';
import { guaranteeHandlers } from './features/guarantees/procedures';
import { landAgreementHandlers, landDeliveryHandlers } from './features/landAgreements/procedures';
import { householdHandlers } from './features/households/procedures';
import { importHandlers } from './features/imports/procedures';
import { leaseHandlers } from './features/leases/procedures';
import { letterHandlers } from './features/letters/procedures';
import { moveOnHandlers } from './features/moveOns/procedures';
import { newcomerHandlers } from './features/newcomers/procedures';
import { organisationHandlers } from './features/organisations/procedures';
import { quotaHandlers } from './features/quotas/procedures';
import { searchHandlers } from './features/search/procedures';
import { sessionHandlers } from './features/sessions/procedures';
import { settingsHandlers } from './features/settings/procedures';
import { systemHandlers } from './features/system/procedures';
import { unitHandlers } from './features/units/procedures';
import { privacyHandlers } from './features/privacy/procedures';
import { retentionHandlers } from './features/retention/procedures';
import { roleHandlers } from './features/users/roleProcedures';
import { userHandlers } from './features/users/procedures';
import { watchHandlers } from './features/watch/procedures';

export const handlers: Handlers<Api> = combineByName(
  systemHandlers,
  userHandlers,
  auditHandlers,
  departmentHandlers,
  organisationHandlers,
  unitHandlers,
  leaseHandlers,
  watchHandlers,
  settingsHandlers,
  documentHandlers,
  exportHandlers,
  landAgreementHandlers,
  landDeliveryHandlers,
  householdHandlers,
  contractHandlers,
  guaranteeHandlers,
  quotaHandlers,
  moveOnHandlers,
  newcomerHandlers,
  searchHandlers,
  attachmentHandlers,
  letterHandlers,
  roleHandlers,
  privacyHandlers,
  retentionHandlers,
  sessionHandlers,
  backupHandlers,
  importHandlers,
  dischargeHandlers,
  evictionRiskHandlers,
  cityUnitHandlers,
  followupHandlers,
);
