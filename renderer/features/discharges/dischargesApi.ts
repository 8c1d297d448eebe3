/** The discharges feature's calls and hooks; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api, saveRecord } from '../../api/client';
import { useProcedure } from '../../api/hooks';

export const dischargesApi = {
  list: (query: InputOf<Api['discharges.list']>) => api.call('discharges.list', query),
  get: (id: number) => api.call('discharges.get', { id }),
  save: saveRecord('discharges.create', 'discharges.update'),
};

export function useDischarge(id: number | null) {
  return useProcedure('discharges.get', id === null ? null : { id });
}
