/** The contracts feature's calls and hooks; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { ContractListQuery, ContractPhase, ContractRow } from '../../../shared/contracts/schema';
import type { InputOf } from '../../../shared/core/procedure';
import { api, saveRecord } from '../../api/client';
import { useProcedure } from '../../api/hooks';

type Ref = Pick<ContractRow, 'id' | 'version'>;
const ref = (r: Ref) => ({ id: r.id, version: r.version });

export const contractsApi = {
  list: (query: ContractListQuery) => api.call('contracts.list', query),
  get: (id: number) => api.call('contracts.get', { id }),
  save: saveRecord('contracts.create', 'contracts.update'),
  activate: (r: Ref, acknowledgeWarnings: boolean) =>
    api.call('contracts.activate', { ...ref(r), acknowledgeWarnings }),
  movePhase: (r: Ref, toPhase: ContractPhase, note: string) =>
    api.call('contracts.movePhase', { ...ref(r), toPhase, note }),
  terminate: (input: InputOf<Api['contracts.terminate']>) => api.call('contracts.terminate', input),
  end: (input: InputOf<Api['contracts.end']>) => api.call('contracts.end', input),
  archive: (r: Ref) => api.call('contracts.archive', ref(r)),
  restore: (r: Ref) => api.call('contracts.restore', ref(r)),
};

export function useContract(id: number | null) {
  return useProcedure('contracts.get', id === null ? null : { id });
}
