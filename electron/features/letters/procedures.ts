import type { letterProcedures } from '../../../shared/letters/schema';
import type { Handlers } from '../../core/handlerTypes';
import { lettersForRecord, logLetterSent, registerNoticeReceipt } from './service';

export const letterHandlers: Handlers<typeof letterProcedures> = {
  'letters.logSent': (ctx, input) => logLetterSent(ctx, input),
  'letters.registerReceipt': (ctx, input) => registerNoticeReceipt(ctx, input),
  'letters.forRecord': (ctx, { owner, id }) => lettersForRecord(ctx, owner, id),
};
