/** Renders a document of any kind into one printable HTML page. */
import type { RenderedDocument } from '../../../shared/documents/schema';
import { safeFileName } from '../../../shared/core/fileNames';
import { own } from '../../../shared/core/own';
import { maySeeIdentityNumbers } from '../../../shared/users/roles';
import { AppError } from '../../../shared/core/result';
import type { ServiceContext } from '../../core/context';
import { appendAudit } from '../../core/audit';
import { getSettings } from '../settings/service';
import { documentKinds } from './kinds';
import { documentHtml } from './layout';

export async function renderDocument(ctx: ServiceContext, kind: string, ids: number[]): Promise<RenderedDocument> {
  const make = own(documentKinds, kind);
  if (!make) throw new AppError('NOT_FOUND', `Okänd dokumenttyp: ${kind}`);
  const content = await make(ctx, ids);
  if (content.personalData && !maySeeIdentityNumbers(ctx.role)) {
    throw new AppError('FORBIDDEN', 'Din roll är läsbehörig; den får inte skriva ut handlingar med personnummer.');
  }
  if (content.personalData) {
    // Printing whole personnummer is a disclosure of personal data: logged like an export.
    await ctx.db.transaction((trx) =>
      appendAudit({ ...ctx, db: trx }, { entity: 'document', entityId: null, action: 'print', after: { kind, ids } }),
    );
  }
  const { value: organisation } = await getSettings(ctx, 'organisation');
  return {
    title: content.title,
    fileName: safeFileName(content.fileName),
    html: documentHtml({ title: content.title, organisation, printedOn: ctx.clock.today(), pages: content.pages }),
  };
}
