/** The city units feature's calls; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { CityUnitRow } from '../../../shared/cityUnits/schema';
import type { InputOf } from '../../../shared/core/procedure';
import { api, saveRecord } from '../../api/client';

export const cityUnitsApi = {
  save: saveRecord('cityUnits.create', 'cityUnits.update'),
  /** The unit's management, after a conflict on it: it exists then, since a colleague saved it. */
  managementOf: async (unitId: number): Promise<CityUnitRow> => {
    const row = await api.call('cityUnits.forUnit', { unitId });
    if (!row) throw new Error(`Förvaltningen av bostaden (id ${unitId}) finns inte.`);
    return row;
  },
  reportDisturbance: (input: InputOf<Api['cityUnits.reportDisturbance']>) =>
    api.call('cityUnits.reportDisturbance', input),
};
