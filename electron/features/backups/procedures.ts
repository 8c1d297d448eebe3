import type { backupProcedures } from '../../../shared/backups/schema';
import type { Handlers } from '../../core/handlerTypes';

export const backupHandlers: Handlers<typeof backupProcedures> = {
  'backups.status': (ctx) => ctx.maintenance.status(),
  'backups.create': (ctx) => ctx.maintenance.backup('manuell'),
  'backups.restore': (ctx, { name }) => ctx.maintenance.restore(name),
};
