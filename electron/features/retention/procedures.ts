import type { retentionProcedures } from '../../../shared/retention/schema';
import type { Handlers } from '../../core/handlerTypes';
import { retentionDryRun, runRetention } from './service';

export const retentionHandlers: Handlers<typeof retentionProcedures> = {
  'retention.dryRun': (ctx) => retentionDryRun(ctx),
  'retention.run': (ctx) => runRetention(ctx),
};
