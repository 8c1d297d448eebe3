import type { Household, householdProcedures } from '../../../shared/households/schema';
import type { Handlers } from '../../core/handlerTypes';
import {
  archiveHousehold,
  createHousehold,
  getHousehold,
  listHouseholds,
  lookupHouseholds,
  maskMembers,
  restoreHousehold,
  revealIdentityNumbers,
  updateHousehold,
} from './service';

/** Every household a procedure returns has its numbers masked; only revealIdentity shows them whole. */
const masked = (household: Promise<Household>) => household.then(maskMembers);

export const householdHandlers: Handlers<typeof householdProcedures> = {
  'households.list': (ctx, input) => listHouseholds(ctx, input),
  'households.lookup': (ctx, input) => lookupHouseholds(ctx, input),
  'households.get': (ctx, { id }) => masked(getHousehold(ctx, id)),
  'households.revealIdentity': (ctx, { id }) => revealIdentityNumbers(ctx, id),
  'households.create': (ctx, input) => masked(createHousehold(ctx, input)),
  'households.update': (ctx, input) => masked(updateHousehold(ctx, input)),
  'households.archive': (ctx, ref) => masked(archiveHousehold(ctx, ref)),
  'households.restore': (ctx, ref) => masked(restoreHousehold(ctx, ref)),
};
