import type { auditProcedures } from '../../../shared/audit/schema';
import type { Handlers } from '../../core/handlerTypes';
import { auditForRecord } from './service';

export const auditHandlers: Handlers<typeof auditProcedures> = {
  'audit.forRecord': (ctx, { entity, id }) => auditForRecord(ctx, entity, id),
};
