/** The departments feature's calls; screens use these, not the client. */
import type { Department } from '../../../shared/departments/schema';
import { api, saveRecord } from '../../api/client';

export const departmentsApi = {
  list: (includeArchived: boolean) => api.call('departments.list', { includeArchived }),
  save: saveRecord('departments.create', 'departments.update'),
  archive: (d: Department) => api.call('departments.archive', { id: d.id, version: d.version }),
  restore: (d: Department) => api.call('departments.restore', { id: d.id, version: d.version }),
};
