import type { ListQuery } from '../../../shared/core/listQuery';
import type { Organisation } from '../../../shared/organisations/schema';
import { api, saveRecord } from '../../api/client';
import { useProcedure } from '../../api/hooks';

export type OrganisationRole = 'landlord' | 'developer' | 'all';

export const organisationsApi = {
  /** Without a role, every organisation (the procedure's default). */
  list: (query: ListQuery & { role?: OrganisationRole }) => api.call('organisations.list', query),
  get: (id: number) => api.call('organisations.get', { id }),
  save: saveRecord('organisations.create', 'organisations.update'),
  archive: (r: Organisation) => api.call('organisations.archive', { id: r.id, version: r.version }),
  restore: (r: Organisation) => api.call('organisations.restore', { id: r.id, version: r.version }),
};

export function useOrganisation(id: number | null) {
  return useProcedure('organisations.get', id === null ? null : { id });
}
