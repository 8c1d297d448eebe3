import type { ListQuery } from '../../../shared/core/listQuery';
import type { Organisation } from '../../../shared/organisations/schema';
import { api } from '../../api/client';
import { useProcedure } from '../../api/hooks';

export type OrganisationRole = 'landlord' | 'developer' | 'all';

export const organisationsApi = {
  list: (query: ListQuery & { role: OrganisationRole }) => api.call('organisations.list', query),
  get: (id: number) => api.call('organisations.get', { id }),
  save(input: Record<string, unknown>, record: Organisation | null): Promise<Organisation> {
    return record
      ? api.call('organisations.update', { ...input, id: record.id, version: record.version } as never)
      : api.call('organisations.create', input as never);
  },
  archive: (r: Organisation) => api.call('organisations.archive', { id: r.id, version: r.version }),
  restore: (r: Organisation) => api.call('organisations.restore', { id: r.id, version: r.version }),
};

export function useOrganisation(id: number | null) {
  return useProcedure('organisations.get', id === null ? null : { id });
}
