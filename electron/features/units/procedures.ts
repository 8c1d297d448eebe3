import type { unitProcedures } from '../../../shared/units/schema';
import type { Handlers } from '../../core/handlerTypes';
import { nextObjectNumber } from './objectNumbers';
import {
  archiveUnit,
  createUnit,
  getUnit,
  listUnits,
  lookupUnits,
  restoreUnit,
  unitSummary,
  updateUnit,
} from './service';

export const unitHandlers: Handlers<typeof unitProcedures> = {
  'units.summary': (ctx) => unitSummary(ctx),
  'units.lookup': (ctx, input) => lookupUnits(ctx, input),
  'units.list': (ctx, input) => listUnits(ctx, input),
  'units.get': (ctx, { id }) => getUnit(ctx, id),
  'units.create': (ctx, input) => createUnit(ctx, input),
  'units.nextObjectNumbers': async (ctx) => ({
    modulbostad: await nextObjectNumber(ctx, 'modulbostad'),
    villavagn: await nextObjectNumber(ctx, 'villavagn'),
    lagenhet: await nextObjectNumber(ctx, 'lagenhet'),
  }),
  'units.update': (ctx, input) => updateUnit(ctx, input),
  'units.archive': (ctx, ref) => archiveUnit(ctx, ref),
  'units.restore': (ctx, ref) => restoreUnit(ctx, ref),
};
