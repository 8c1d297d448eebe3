import type { exportProcedures } from '../../../shared/exports/schema';
import type { Handlers } from '../../core/handlerTypes';
import { startFollowupWorkbook } from './followupWorkbook';
import { cancelExport, exportStatus, startExport, startPortfolio } from './service';

export const exportHandlers: Handlers<typeof exportProcedures> = {
  'exports.start': (ctx, input) => startExport(ctx, input),
  'exports.portfolio': (ctx, { includePersonalData }) => startPortfolio(ctx, includePersonalData),
  'exports.followup': (ctx, { year }) => startFollowupWorkbook(ctx, year),
  'exports.status': async (_ctx, { id }) => exportStatus(id),
  'exports.cancel': async (_ctx, { id }) => cancelExport(id),
};
