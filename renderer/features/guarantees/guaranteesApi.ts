/** The guarantees feature's calls and hooks; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import type { GuaranteeDetail, GuaranteeListQuery } from '../../../shared/guarantees/schema';
import { api, saveRecord } from '../../api/client';
import { useProcedure } from '../../api/hooks';

type Ref = Pick<GuaranteeDetail, 'id' | 'version'>;
const ref = (r: Ref) => ({ id: r.id, version: r.version });

export const guaranteesApi = {
  list: (query: GuaranteeListQuery) => api.call('guarantees.list', query),
  get: (id: number) => api.call('guarantees.get', { id }),
  save: saveRecord('guarantees.create', 'guarantees.update'),
  addClaim: (input: InputOf<Api['guarantees.addClaim']>) => api.call('guarantees.addClaim', input),
  end: (input: InputOf<Api['guarantees.end']>) => api.call('guarantees.end', input),
  markGrantApplied: (guarantees: Ref[], appliedOn: string) =>
    api.call('guarantees.markGrantApplied', { guarantees: guarantees.map(ref), appliedOn }),
};

export function useGuarantee(id: number | null) {
  return useProcedure('guarantees.get', id === null ? null : { id });
}
