/** The roles feature's calls; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api } from '../../api/client';

export const rolesApi = {
  list: () => api.call('roles.list', {}),
  set: (input: InputOf<Api['roles.set']>) => api.call('roles.set', input),
};
