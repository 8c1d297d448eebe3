/** The eviction risks feature's calls; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api, saveRecord } from '../../api/client';

export const evictionRisksApi = {
  list: (query: InputOf<Api['evictionRisks.list']>) => api.call('evictionRisks.list', query),
  get: (id: number) => api.call('evictionRisks.get', { id }),
  save: saveRecord('evictionRisks.create', 'evictionRisks.update'),
};
