/** The quotas feature's calls; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api } from '../../api/client';

export const quotasApi = {
  create: (input: InputOf<Api['quotas.create']>) => api.call('quotas.create', input),
  update: (input: InputOf<Api['quotas.update']>) => api.call('quotas.update', input),
  place: (input: InputOf<Api['quotas.place']>) => api.call('quotas.place', input),
};
