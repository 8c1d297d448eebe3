import type { sessionProcedures } from '../../../shared/sessions/schema';
import type { Handlers } from '../../core/handlerTypes';
import { otherSessions } from './service';

export const sessionHandlers: Handlers<typeof sessionProcedures> = {
  'sessions.others': (ctx) => otherSessions(ctx),
};
