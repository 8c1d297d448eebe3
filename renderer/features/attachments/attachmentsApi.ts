/** The attachments feature's calls; the panel uses these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api } from '../../api/client';

export const attachmentsApi = {
  add: (input: InputOf<Api['attachments.add']>) => api.call('attachments.add', input),
  archive: (input: InputOf<Api['attachments.archive']>) => api.call('attachments.archive', input),
};
