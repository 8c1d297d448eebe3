/** The follow-up feature's calls; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api } from '../../api/client';

export const followupApi = {
  approve: (year: number) => api.call('followup.approve', { year }),
  comments: (year: number) => api.call('followup.comments', { year }),
  saveComment: (input: InputOf<Api['followup.saveComment']>) => api.call('followup.saveComment', input),
  workbook: (year: number) => api.call('exports.followup', { year }),
};
