import type { guaranteeProcedures } from '../../../shared/guarantees/schema';
import type { Handlers } from '../../core/handlerTypes';
import { grantList, guaranteeSummary } from './grants';
import {
  addClaim,
  createGuarantee,
  endGuarantee,
  getGuarantee,
  guaranteesOfHousehold,
  listGuarantees,
  markGrantApplied,
  updateGuarantee,
} from './service';

export const guaranteeHandlers: Handlers<typeof guaranteeProcedures> = {
  'guarantees.summary': (ctx) => guaranteeSummary(ctx),
  'guarantees.list': (ctx, input) => listGuarantees(ctx, input),
  'guarantees.get': (ctx, { id }) => getGuarantee(ctx, id),
  'guarantees.forHousehold': (ctx, { householdId }) => guaranteesOfHousehold(ctx, householdId),
  'guarantees.grantList': (ctx) => grantList(ctx),
  'guarantees.create': (ctx, input) => createGuarantee(ctx, input),
  'guarantees.update': (ctx, input) => updateGuarantee(ctx, input),
  'guarantees.addClaim': (ctx, input) => addClaim(ctx, input),
  'guarantees.end': (ctx, input) => endGuarantee(ctx, input),
  'guarantees.markGrantApplied': (ctx, input) => markGrantApplied(ctx, input),
};
