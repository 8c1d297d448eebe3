/** The units feature's calls and hooks; screens use these, not the client. */
import type { ListQuery } from '../../../shared/core/listQuery';
import type { UnitRow } from '../../../shared/units/schema';
import { api, saveRecord } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import type { Option } from '../../components/form/fieldSpec';

export const unitsApi = {
  list: (query: ListQuery & { ownerOrganisationId?: number }) => api.call('units.list', query),
  get: (id: number) => api.call('units.get', { id }),
  save: saveRecord('units.create', 'units.update'),
  archive: (r: UnitRow) => api.call('units.archive', { id: r.id, version: r.version }),
  restore: (r: UnitRow) => api.call('units.restore', { id: r.id, version: r.version }),
  /** For pickers: units by number, address or place; the detail says kind, place, owner and whether it is free. */
  async search(text: string): Promise<Option[]> {
    const found = await api.call('units.lookup', { search: text });
    return found.map((u) => ({ value: String(u.id), label: u.label, detail: u.detail }));
  },
};

export function useUnit(id: number | null) {
  return useProcedure('units.get', id === null ? null : { id });
}

export function useDepartmentOptions() {
  const { data } = useProcedure('departments.list', { includeArchived: false });
  return (data ?? []).map((d) => ({ value: String(d.id), label: `${d.code} – ${d.name}` }));
}

export function useLandlordOptions() {
  const { data } = useProcedure('organisations.options', { role: 'landlord' });
  return (data ?? []).map((o) => ({ value: String(o.id), label: o.name }));
}
