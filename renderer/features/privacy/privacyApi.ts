/** The privacy feature's calls (register extracts, gallring); screens use these, not the client. */
import { api } from '../../api/client';

export const privacyApi = {
  registerExtract: (identityNumber: string) => api.call('privacy.registerExtract', { identityNumber }),
  retentionDryRun: () => api.call('retention.dryRun', {}),
  retentionRun: () => api.call('retention.run', { confirm: true }),
};
