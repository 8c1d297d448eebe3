/** Renders a document of any kind into one printable HTML page. */
import type { RenderedDocument } from '../../../shared/documents/schema';
import { AppError } from '../../../shared/core/result';
import type { ServiceContext } from '../../core/context';
import { getSettings } from '../settings/service';
import { documentKinds } from './kinds';
import { documentHtml } from './layout';

export async function renderDocument(ctx: ServiceContext, kind: string, ids: number[]): Promise<RenderedDocument> {
  const make = documentKinds[kind];
  if (!make) throw new AppError('NOT_FOUND', `Okänd dokumenttyp: ${kind}`);
  const content = await make(ctx, ids);
  const { value: organisation } = await getSettings(ctx, 'organisation');
  return {
    title: content.title,
    fileName: content.fileName.replace(/[\\/:*?"<>|]/g, '-'),
    html: documentHtml({ title: content.title, organisation, printedOn: ctx.clock.today(), pages: content.pages }),
  };
}
