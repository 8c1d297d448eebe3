/** The discharges feature's calls; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api, saveRecord } from '../../api/client';

export const dischargesApi = {
  list: (query: InputOf<Api['discharges.list']>) => api.call('discharges.list', query),
  get: (id: number) => api.call('discharges.get', { id }),
  save: saveRecord('discharges.create', 'discharges.update'),
};
