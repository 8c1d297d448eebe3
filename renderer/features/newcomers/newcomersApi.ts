/** The newcomers feature's calls and hooks; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api, saveRecord } from '../../api/client';
import { useProcedure } from '../../api/hooks';

export const newcomersApi = {
  list: (query: InputOf<Api['newcomers.list']>) => api.call('newcomers.list', query),
  get: (id: number) => api.call('newcomers.get', { id }),
  save: saveRecord('newcomers.create', 'newcomers.update'),
};

export function useNewcomer(id: number | null) {
  return useProcedure('newcomers.get', id === null ? null : { id });
}
