import type { householdProcedures } from '../../../shared/households/schema';
import { maySeeIdentityNumbers } from '../../../shared/users/roles';
import type { Handlers } from '../../core/handlerTypes';
import {
  archiveHousehold,
  createHousehold,
  getHousehold,
  listHouseholds,
  lookupHouseholds,
  maskMembers,
  restoreHousehold,
  updateHousehold,
} from './service';

export const householdHandlers: Handlers<typeof householdProcedures> = {
  'households.list': (ctx, input) => listHouseholds(ctx, input),
  'households.lookup': (ctx, input) => lookupHouseholds(ctx, input),
  'households.get': async (ctx, { id }) => {
    const household = await getHousehold(ctx, id);
    return maySeeIdentityNumbers(ctx.role) ? household : maskMembers(household);
  },
  'households.create': (ctx, input) => createHousehold(ctx, input),
  'households.update': (ctx, input) => updateHousehold(ctx, input),
  'households.archive': (ctx, ref) => archiveHousehold(ctx, ref),
  'households.restore': (ctx, ref) => restoreHousehold(ctx, ref),
};
