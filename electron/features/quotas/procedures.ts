import type { quotaProcedures } from '../../../shared/quotas/schema';
import type { Handlers } from '../../core/handlerTypes';
import { archivePlacement, createQuota, listPlacements, listQuotas, placeHousehold, updateQuota } from './service';

export const quotaHandlers: Handlers<typeof quotaProcedures> = {
  'quotas.list': (ctx, input) => listQuotas(ctx, input),
  'quotas.create': (ctx, input) => createQuota(ctx, input),
  'quotas.update': (ctx, input) => updateQuota(ctx, input),
  'quotas.placements': (ctx, input) => listPlacements(ctx, input),
  'quotas.place': (ctx, input) => placeHousehold(ctx, input),
  'quotas.archivePlacement': (ctx, ref) => archivePlacement(ctx, ref),
};
