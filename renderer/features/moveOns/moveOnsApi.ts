/** The move-on feature's calls; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api } from '../../api/client';

export const moveOnsApi = {
  register: (input: InputOf<Api['moveOns.register']>) => api.call('moveOns.register', input),
  readiness: (householdId: number) => api.call('moveOns.readiness', { householdId }),
  setReadiness: (input: InputOf<Api['moveOns.setReadiness']>) => api.call('moveOns.setReadiness', input),
  candidates: (input: InputOf<Api['moveOns.candidates']>) => api.call('moveOns.candidates', input),
};
