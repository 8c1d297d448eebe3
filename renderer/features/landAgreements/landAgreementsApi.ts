/** The land-agreement feature's calls and hooks; screens use these, not the client. */
import type { ListQuery } from '../../../shared/core/listQuery';
import type { LandDeliveryRow } from '../../../shared/landAgreements/deliveries';
import type { LandAgreementRow } from '../../../shared/landAgreements/schema';
import { api, saveRecord } from '../../api/client';
import { useProcedure } from '../../api/hooks';

export const landAgreementsApi = {
  list: (query: ListQuery) => api.call('landAgreements.list', query),
  get: (id: number) => api.call('landAgreements.get', { id }),
  save: saveRecord('landAgreements.create', 'landAgreements.update'),
  archive: (r: LandAgreementRow) => api.call('landAgreements.archive', { id: r.id, version: r.version }),
  restore: (r: LandAgreementRow) => api.call('landAgreements.restore', { id: r.id, version: r.version }),
};

export const landDeliveriesApi = {
  // The update ignores landAgreementId: a delivery stays with its agreement.
  save: saveRecord('landDeliveries.create', 'landDeliveries.update'),
  /** One delivery as stored now (after a conflict): read from its agreement's list, archived ones included. */
  get: async (landAgreementId: number, id: number): Promise<LandDeliveryRow> => {
    const found = (await api.call('landDeliveries.list', { landAgreementId, includeArchived: true })).find(
      (d) => d.id === id,
    );
    if (!found) throw new Error(`Leveransen (id ${id}) finns inte.`);
    return found;
  },
  archive: (d: LandDeliveryRow) => api.call('landDeliveries.archive', { id: d.id, version: d.version }),
  restore: (d: LandDeliveryRow) => api.call('landDeliveries.restore', { id: d.id, version: d.version }),
};

export function useLandAgreement(id: number | null) {
  return useProcedure('landAgreements.get', id === null ? null : { id });
}

export function useDeliveries(landAgreementId: number, includeArchived: boolean) {
  return useProcedure('landDeliveries.list', { landAgreementId, includeArchived });
}

export function useDeveloperOptions() {
  const { data } = useProcedure('organisations.options', { role: 'developer' });
  return (data ?? []).map((o) => ({ value: String(o.id), label: o.name }));
}
