/** The backups feature's calls; screens use these, not the client. */
import { api } from '../../api/client';

export const backupsApi = {
  create: () => api.call('backups.create', {}),
  restore: (name: string) => api.call('backups.restore', { name }),
};
