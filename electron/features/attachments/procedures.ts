import type { attachmentProcedures } from '../../../shared/attachments/schema';
import type { Handlers } from '../../core/handlerTypes';
import { addAttachment, archiveAttachment, listAttachments, openAttachment, restoreAttachment } from './service';

export const attachmentHandlers: Handlers<typeof attachmentProcedures> = {
  'attachments.list': (ctx, input) => listAttachments(ctx, input),
  'attachments.add': (ctx, input) => addAttachment(ctx, input),
  'attachments.open': (ctx, { id }) => openAttachment(ctx, id),
  'attachments.archive': (ctx, ref) => archiveAttachment(ctx, ref),
  'attachments.restore': (ctx, ref) => restoreAttachment(ctx, ref),
};
