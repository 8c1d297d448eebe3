import type { followupProcedures } from '../../../shared/followup/schema';
import type { Handlers } from '../../core/handlerTypes';
import { approvedReports, approveReport, followupView, listComments, saveComment } from './service';

export const followupHandlers: Handlers<typeof followupProcedures> = {
  'followup.view': (ctx, { year }) => followupView(ctx, year),
  'followup.comments': (ctx, { year }) => listComments(ctx, year),
  'followup.saveComment': (ctx, input) => saveComment(ctx, input),
  'followup.approve': (ctx, { year }) => approveReport(ctx, year),
  'followup.approved': (ctx) => approvedReports(ctx),
};
