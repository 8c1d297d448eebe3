import type { systemProcedures } from '../../../shared/system/schema';
import type { Handlers } from '../../core/handlerTypes';

export const systemHandlers: Handlers<typeof systemProcedures> = {
  'system.info': async (ctx) => ({
    appVersion: ctx.info.appVersion,
    today: ctx.clock.today(),
    databasePath: ctx.info.databasePath,
    databaseKind: ctx.info.databaseKind,
    readOnly: ctx.info.readOnly,
    network: ctx.info.network,
    actor: { ...ctx.actor },
  }),
};
