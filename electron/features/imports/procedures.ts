import type { importProcedures } from '../../../shared/imports/schema';
import type { Handlers } from '../../core/handlerTypes';
import { errorReport, listBatches, revertBatch } from './batches';
import { cancelImport, importStatus, inspectImport, previewImport, startImport } from './service';

export const importHandlers: Handlers<typeof importProcedures> = {
  'imports.inspect': (ctx, input) => inspectImport(ctx, input),
  'imports.preview': (ctx, input) => previewImport(ctx, input),
  'imports.start': async (ctx, input) => startImport(ctx, input),
  'imports.status': async (_ctx, { id }) => importStatus(id),
  'imports.cancel': async (_ctx, { id }) => cancelImport(id),
  'imports.errorReport': (ctx, input) => errorReport(ctx, input),
  'imports.batches': (ctx) => listBatches(ctx),
  'imports.revert': (ctx, { id }) => revertBatch(ctx, id),
};
