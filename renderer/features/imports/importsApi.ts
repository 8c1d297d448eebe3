/** The import feature's calls; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api } from '../../api/client';

export const importsApi = {
  inspect: (input: InputOf<Api['imports.inspect']>) => api.call('imports.inspect', input),
  preview: (input: InputOf<Api['imports.preview']>) => api.call('imports.preview', input),
  start: (input: InputOf<Api['imports.start']>) => api.call('imports.start', input),
  status: (id: string) => api.call('imports.status', { id }),
  cancel: (id: string) => api.call('imports.cancel', { id }),
  errorReport: (input: InputOf<Api['imports.errorReport']>) => api.call('imports.errorReport', input),
  revert: (id: number) => api.call('imports.revert', { id }),
};
