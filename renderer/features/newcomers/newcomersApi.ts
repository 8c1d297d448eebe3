/** The newcomers feature's calls; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api, saveRecord } from '../../api/client';

export const newcomersApi = {
  list: (query: InputOf<Api['newcomers.list']>) => api.call('newcomers.list', query),
  get: (id: number) => api.call('newcomers.get', { id }),
  save: saveRecord('newcomers.create', 'newcomers.update'),
};
