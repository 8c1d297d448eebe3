/** The eviction-risk form's pickers: a household's contract and the landlord who warned. */
import { api } from '../../api/client';
import type { Option } from '../../components/form/fieldSpec';

export const evictionRisksApi = {
  /** Landlords by name or organisationsnummer. */
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
