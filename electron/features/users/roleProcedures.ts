import type { roleProcedures } from '../../../shared/users/roles';
import type { Handlers } from '../../core/handlerTypes';
import { listRoles, setRole } from './roles';

export const roleHandlers: Handlers<typeof roleProcedures> = {
  'roles.list': (ctx) => listRoles(ctx),
  'roles.set': (ctx, input) => setRole(ctx, input),
};
