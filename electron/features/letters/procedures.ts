import type { letterProcedures } from '../../../shared/letters/schema';
import type { Handlers } from '../../core/handlerTypes';
import { lettersForRecord, logLetterSent, registerNoticeReceipt } from './service';
import { registerWaiverDecision } from './waiver';

export const letterHandlers: Handlers<typeof letterProcedures> = {
  'letters.logSent': (ctx, input) => logLetterSent(ctx, input),
  'letters.registerReceipt': (ctx, input) => registerNoticeReceipt(ctx, input),
  'letters.registerDecision': (ctx, input) => registerWaiverDecision(ctx, input),
  'letters.forRecord': (ctx, { owner, id }) => lettersForRecord(ctx, owner, id),
};
