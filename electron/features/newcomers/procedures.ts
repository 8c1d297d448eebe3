import type { newcomerProcedures } from '../../../shared/newcomers/schema';
import type { Handlers } from '../../core/handlerTypes';
import {
  archiveNewcomer,
  createNewcomer,
  getNewcomer,
  listNewcomers,
  newcomerOfHousehold,
  restoreNewcomer,
  updateNewcomer,
} from './service';

export const newcomerHandlers: Handlers<typeof newcomerProcedures> = {
  'newcomers.list': (ctx, input) => listNewcomers(ctx, input),
  'newcomers.get': (ctx, { id }) => getNewcomer(ctx, id),
  'newcomers.forHousehold': (ctx, { householdId }) => newcomerOfHousehold(ctx, householdId),
  'newcomers.create': (ctx, input) => createNewcomer(ctx, input),
  'newcomers.update': (ctx, input) => updateNewcomer(ctx, input),
  'newcomers.archive': (ctx, ref) => archiveNewcomer(ctx, ref),
  'newcomers.restore': (ctx, ref) => restoreNewcomer(ctx, ref),
};
