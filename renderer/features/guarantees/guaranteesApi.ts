/** The guarantees feature's calls and hooks; screens use these, not the client. */
import type { GuaranteeDetail, GuaranteeListQuery } from '../../../shared/guarantees/schema';
import { api } from '../../api/client';
import { useProcedure } from '../../api/hooks';

type Ref = Pick<GuaranteeDetail, 'id' | 'version'>;
const ref = (r: Ref) => ({ id: r.id, version: r.version });

export const guaranteesApi = {
  list: (query: GuaranteeListQuery) => api.call('guarantees.list', query),
  get: (id: number) => api.call('guarantees.get', { id }),
  save(input: Record<string, unknown>, record: GuaranteeDetail | null): Promise<GuaranteeDetail> {
    return record
      ? api.call('guarantees.update', { ...input, ...ref(record) } as never)
      : api.call('guarantees.create', input as never);
  },
  addClaim: (r: Ref, input: Record<string, unknown>) => api.call('guarantees.addClaim', { ...input, ...ref(r) } as never),
  end: (r: Ref, input: Record<string, unknown>) => api.call('guarantees.end', { ...input, ...ref(r) } as never),
  markGrantApplied: (guarantees: Ref[], appliedOn: string) => api.call('guarantees.markGrantApplied', { guarantees: guarantees.map(ref), appliedOn }),
};

export function useGuarantee(id: number | null) {
  return useProcedure('guarantees.get', id === null ? null : { id });
}
