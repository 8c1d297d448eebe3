/** The guarantees feature's calls and hooks; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import type { GuaranteeListQuery } from '../../../shared/guarantees/schema';
import { api, saveRecord } from '../../api/client';
import { useProcedure } from '../../api/hooks';

export const guaranteesApi = {
  list: (query: GuaranteeListQuery) => api.call('guarantees.list', query),
  get: (id: number) => api.call('guarantees.get', { id }),
  save: saveRecord('guarantees.create', 'guarantees.update'),
  addClaim: (input: InputOf<Api['guarantees.addClaim']>) => api.call('guarantees.addClaim', input),
  end: (input: InputOf<Api['guarantees.end']>) => api.call('guarantees.end', input),
  markGrantApplied: (input: InputOf<Api['guarantees.markGrantApplied']>) =>
    api.call('guarantees.markGrantApplied', input),
};

export function useGuarantee(id: number | null) {
  return useProcedure('guarantees.get', id === null ? null : { id });
}
