import type { dischargeProcedures } from '../../../shared/discharges/schema';
import type { Handlers } from '../../core/handlerTypes';
import {
  archiveDischarge,
  createDischarge,
  getDischarge,
  listDischarges,
  restoreDischarge,
  updateDischarge,
} from './service';

export const dischargeHandlers: Handlers<typeof dischargeProcedures> = {
  'discharges.list': (ctx, input) => listDischarges(ctx, input),
  'discharges.get': (ctx, { id }) => getDischarge(ctx, id),
  'discharges.create': (ctx, input) => createDischarge(ctx, input),
  'discharges.update': (ctx, input) => updateDischarge(ctx, input),
  'discharges.archive': (ctx, ref) => archiveDischarge(ctx, ref),
  'discharges.restore': (ctx, ref) => restoreDischarge(ctx, ref),
};
