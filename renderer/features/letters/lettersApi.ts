/** The letters feature's calls; panels use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api } from '../../api/client';

export const lettersApi = {
  logSent: (input: InputOf<Api['letters.logSent']>) => api.call('letters.logSent', input),
  registerReceipt: (input: InputOf<Api['letters.registerReceipt']>) => api.call('letters.registerReceipt', input),
  registerDecision: (input: InputOf<Api['letters.registerDecision']>) => api.call('letters.registerDecision', input),
};
