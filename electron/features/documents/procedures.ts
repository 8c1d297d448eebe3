import type { documentProcedures } from '../../../shared/documents/schema';
import type { Handlers } from '../../core/handlerTypes';
import { renderDocument } from './service';

export const documentHandlers: Handlers<typeof documentProcedures> = {
  'documents.render': (ctx, { kind, ids }) => renderDocument(ctx, kind, ids),
};
