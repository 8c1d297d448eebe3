/** The reports feature's calls; screens use these, not the client. */
import { api } from '../../api/client';

export const reportsApi = {
  /** Starts the portfolio workbook (an export job). */
  portfolio: (includePersonalData: boolean) => api.call('exports.portfolio', { includePersonalData }),
};
