import type { contractProcedures } from '../../../shared/contracts/schema';
import type { Handlers } from '../../core/handlerTypes';
import { activateContract, endContract, moveContractPhase, terminateContract } from './lifecycle';
import { contractSummary, contractsWhere, getContract, listContracts, phaseHistory } from './queries';
import { archiveContract, createContract, restoreContract, updateContract } from './service';

export const contractHandlers: Handlers<typeof contractProcedures> = {
  'contracts.summary': (ctx) => contractSummary(ctx),
  'contracts.list': (ctx, input) => listContracts(ctx, input),
  'contracts.get': (ctx, { id }) => getContract(ctx, id),
  'contracts.forUnit': (ctx, { unitId }) => contractsWhere(ctx, 'unitId', unitId),
  'contracts.forHousehold': (ctx, { householdId }) => contractsWhere(ctx, 'householdId', householdId),
  'contracts.phaseHistory': (ctx, { id }) => phaseHistory(ctx, id),
  'contracts.create': (ctx, input) => createContract(ctx, input),
  'contracts.update': (ctx, input) => updateContract(ctx, input),
  'contracts.activate': (ctx, input) => activateContract(ctx, input),
  'contracts.movePhase': (ctx, input) => moveContractPhase(ctx, input),
  'contracts.terminate': (ctx, input) => terminateContract(ctx, input),
  'contracts.end': (ctx, { id, version, ...end }) => endContract(ctx, { id, version }, end),
  'contracts.archive': (ctx, ref) => archiveContract(ctx, ref),
  'contracts.restore': (ctx, ref) => restoreContract(ctx, ref),
};
