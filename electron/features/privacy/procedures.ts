import type { privacyProcedures } from '../../../shared/privacy/schema';
import type { Handlers } from '../../core/handlerTypes';
import { registerExtract } from './extract';
import { identityReadReport } from './reads';

export const privacyHandlers: Handlers<typeof privacyProcedures> = {
  'privacy.identityReads': (ctx) => identityReadReport(ctx),
  'privacy.registerExtract': (ctx, { identityNumber }) => registerExtract(ctx, identityNumber),
};
