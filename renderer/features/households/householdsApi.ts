/** The households feature's calls and hooks; screens use these, not the client. */
import type { ListQuery } from '../../../shared/core/listQuery';
import { REFERRING_DEPARTMENT_CODES, type Household } from '../../../shared/households/schema';
import { api, saveRecord } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import type { Option } from '../../components/form/fieldSpec';

export const householdsApi = {
  list: (query: ListQuery) => api.call('households.list', query),
  get: (id: number) => api.call('households.get', { id }),
  revealIdentity: (id: number) => api.call('households.revealIdentity', { id }),
  save: saveRecord('households.create', 'households.update'),
  archive: (r: Household) => api.call('households.archive', { id: r.id, version: r.version }),
  restore: (r: Household) => api.call('households.restore', { id: r.id, version: r.version }),
  /** One household as a picker shows it, with its referring department. */
  byId: (id: number) => api.call('households.lookup', { id }),
  /** For pickers: households by name, birth date or whole number (masked labels). */
  async search(text: string): Promise<Option[]> {
    const found = await api.call('households.lookup', { search: text });
    return found.map((h) => ({ value: String(h.id), label: h.label }));
  },
};

export function useHousehold(id: number | null) {
  return useProcedure('households.get', id === null ? null : { id });
}

/** SOF, VOF and AMF: the departments that refer households and follow them up. */
export function useReferringDepartmentOptions(): Option[] {
  const { data } = useProcedure('departments.list', { includeArchived: false });
  return (data ?? [])
    .filter((d) => (REFERRING_DEPARTMENT_CODES as readonly string[]).includes(d.code))
    .map((d) => ({ value: String(d.id), label: `${d.code} – ${d.name}` }));
}
