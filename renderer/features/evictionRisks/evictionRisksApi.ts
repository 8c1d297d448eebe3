/** The eviction risks feature's calls and hooks; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api, saveRecord } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import type { Option } from '../../components/form/fieldSpec';

export const evictionRisksApi = {
  list: (query: InputOf<Api['evictionRisks.list']>) => api.call('evictionRisks.list', query),
  get: (id: number) => api.call('evictionRisks.get', { id }),
  save: saveRecord('evictionRisks.create', 'evictionRisks.update'),
  /** Landlords by name or organisationsnummer (the form's picker). */
  async searchLandlords(text: string): Promise<Option[]> {
    const found = await api.call('organisations.list', { role: 'landlord', search: text, limit: 20, withTotal: false });
    return found.rows.map((o) => ({ value: String(o.id), label: `${o.name} (${o.orgNumber})` }));
  },
  /**
   * Kommunala kontrakt by number, address or holder; only the chosen
   * household's when one is chosen (the back end refuses another's).
   */
  async searchContracts(text: string, householdId: string): Promise<Option[]> {
    const found = await api.call('contracts.list', { search: text, limit: 50, withTotal: false });
    return found.rows
      .filter((c) => householdId === '' || String(c.householdId) === householdId)
      .slice(0, 20)
      .map((c) => ({ value: String(c.id), label: `${c.contractNumber}, ${c.unitAddress} (${c.holderName})` }));
  },
};

export function useEvictionRisk(id: number | null) {
  return useProcedure('evictionRisks.get', id === null ? null : { id });
}
