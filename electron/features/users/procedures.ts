import type { userProcedures } from '../../../shared/users/schema';
import type { Handlers } from '../../core/handlerTypes';
import { getPref, setDisplayName, setPref } from './service';

export const userHandlers: Handlers<typeof userProcedures> = {
  'users.me': async (ctx) => ({ ...ctx.actor, role: ctx.role }),
  'users.setDisplayName': (ctx, { displayName }) => setDisplayName(ctx, displayName),
  'prefs.get': (ctx, { key }) => getPref(ctx, key),
  'prefs.set': (ctx, { key, value }) => setPref(ctx, key, value),
};
