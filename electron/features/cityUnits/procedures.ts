import type { cityUnitProcedures } from '../../../shared/cityUnits/schema';
import type { Handlers } from '../../core/handlerTypes';
import { cityUnitOf, createCityUnit, disturbancesOf, reportDisturbance, updateCityUnit } from './service';

export const cityUnitHandlers: Handlers<typeof cityUnitProcedures> = {
  'cityUnits.forUnit': (ctx, { unitId }) => cityUnitOf(ctx, unitId),
  'cityUnits.create': (ctx, input) => createCityUnit(ctx, input),
  'cityUnits.update': (ctx, input) => updateCityUnit(ctx, input),
  'cityUnits.disturbances': (ctx, { unitId }) => disturbancesOf(ctx, unitId),
  'cityUnits.reportDisturbance': (ctx, input) => reportDisturbance(ctx, input),
};
