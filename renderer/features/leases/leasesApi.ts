/** The lease feature's calls and hooks; screens use these, not the client. */
import type { LeaseDetail, LeaseListQuery, LeaseTerminateInput } from '../../../shared/leases/schema';
import { api, saveRecord } from '../../api/client';
import { useProcedure } from '../../api/hooks';

export const leasesApi = {
  list: (query: LeaseListQuery) => api.call('leases.list', query),
  get: (id: number) => api.call('leases.get', { id }),
  save: saveRecord('leases.create', 'leases.update'),
  terminate: (input: LeaseTerminateInput) => api.call('leases.terminate', input),
  archive: (r: LeaseDetail) => api.call('leases.archive', { id: r.id, version: r.version }),
  restore: (r: LeaseDetail) => api.call('leases.restore', { id: r.id, version: r.version }),
  saveKpi: (input: { month: string; value: number; id?: number; version?: number }) => api.call('kpi.save', input),
  kpiTable: () => api.call('kpi.list', {}),
};

export function useLease(id: number | null) {
  return useProcedure('leases.get', id === null ? null : { id });
}

/** A unit's leases, latest first (a handful), for choosing the one a contract or a delivery sits on. */
export function useUnitLeases(unitId: number | null) {
  return useProcedure(
    'leases.list',
    unitId === null
      ? null
      : { unitId, limit: 50, withTotal: false, sort: [{ column: 'startDate', direction: 'desc' }] },
  );
}

export function useKpiTable() {
  return useProcedure('kpi.list', {});
}
