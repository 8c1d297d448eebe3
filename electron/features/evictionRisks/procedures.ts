import type { evictionRiskProcedures } from '../../../shared/evictionRisks/schema';
import type { Handlers } from '../../core/handlerTypes';
import {
  archiveEvictionRisk,
  createEvictionRisk,
  getEvictionRisk,
  listEvictionRisks,
  restoreEvictionRisk,
  updateEvictionRisk,
} from './service';

export const evictionRiskHandlers: Handlers<typeof evictionRiskProcedures> = {
  'evictionRisks.list': (ctx, input) => listEvictionRisks(ctx, input),
  'evictionRisks.get': (ctx, { id }) => getEvictionRisk(ctx, id),
  'evictionRisks.create': (ctx, input) => createEvictionRisk(ctx, input),
  'evictionRisks.update': (ctx, input) => updateEvictionRisk(ctx, input),
  'evictionRisks.archive': (ctx, ref) => archiveEvictionRisk(ctx, ref),
  'evictionRisks.restore': (ctx, ref) => restoreEvictionRisk(ctx, ref),
};
