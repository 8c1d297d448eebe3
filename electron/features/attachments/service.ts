/**
 * Bilagor on their records: the bytes checked (size, type from the first
 * bytes, encryption) before anything is written, stored with their sha256
 * in the same transaction as the record of them, read back whole, and
 * archived, never deleted.
 */
import crypto from 'node:crypto';
import {
  attachmentLabels,
  mediaTypeOf,
  sizeProblem,
  type Attachment,
  type AttachmentContent,
  type AttachmentOwner,
} from '../../../shared/attachments/schema';
import { AppError, fieldError } from '../../../shared/core/result';
import type { z } from 'zod';
import type { attachmentInputSchema } from '../../../shared/attachments/schema';
import { appendAudit } from '../../core/audit';
import type { ServiceContext } from '../../core/context';
import { archiveRecord, createRecord, getRowOrThrow, restoreRecord, type EntityInfo } from '../../core/records';
import type { TableRow } from '../../db/tableRow';

const ATTACHMENT: EntityInfo<'attachments'> = { table: 'attachments', entity: 'attachment', label: 'Bilagan' };

/** The record an attachment sits on, and whether it carries personal data (a household). */
const OWNERS: Record<AttachmentOwner, EntityInfo & { personalData: boolean }> = {
  lease: { table: 'leases', entity: 'lease', label: 'Hyresavtalet', personalData: false },
  contract: { table: 'municipalContracts', entity: 'contract', label: 'Kontraktet', personalData: true },
  guarantee: { table: 'rentGuarantees', entity: 'guarantee', label: 'Hyresgarantin', personalData: true },
  landAgreement: { table: 'landAgreements', entity: 'landAgreement', label: 'Markanvisningen', personalData: false },
  unit: { table: 'units', entity: 'unit', label: 'Bostaden', personalData: false },
};

export const ENCRYPTED_PDF_WARNING =
  'PDF-filen är krypterad eller lösenordsskyddad. Den har sparats, men kan inte förhandsgranskas i programmet; öppna den med lösenordet i en PDF-läsare.';

function toAttachment(row: TableRow<'attachments'>): Attachment {
  return { ...row, encrypted: Boolean(row.encrypted), sizeBytes: Number(row.sizeBytes) };
}

/** An encrypted PDF names its encryption dictionary (/Encrypt) in its trailer. */
function isEncryptedPdf(bytes: Buffer): boolean {
  return bytes.includes('/Encrypt');
}

export async function listAttachments(
  ctx: ServiceContext,
  input: { owner: AttachmentOwner; ownerId: number; includeArchived: boolean },
): Promise<Attachment[]> {
  const qb = ctx.db('attachments').where({ owner: input.owner, ownerId: input.ownerId });
  if (!input.includeArchived) qb.whereNull('archivedAt');
  const rows = await qb.orderBy([
    { column: 'documentDate', order: 'desc' },
    { column: 'id', order: 'desc' },
  ]);
  return rows.map(toAttachment);
}

export async function addAttachment(
  ctx: ServiceContext,
  input: z.output<typeof attachmentInputSchema>,
): Promise<{ attachment: Attachment; warning: string | null }> {
  const owner = OWNERS[input.owner];
  await getRowOrThrow(ctx, owner, input.ownerId);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const tooBig = sizeProblem(bytes.length);
  if (tooBig) throw fieldError('file', tooBig);
  const mediaType = mediaTypeOf(bytes);
  if (!mediaType) {
    throw fieldError(
      'file',
      `${attachmentLabels.file}: "${input.fileName}" är varken PDF, JPEG eller PNG (innehållet avgör, inte filnamnet).`,
    );
  }
  const encrypted = mediaType === 'application/pdf' && isEncryptedPdf(bytes);
  const row = await createRecord(ctx, ATTACHMENT, {
    owner: input.owner,
    ownerId: input.ownerId,
    kind: input.kind,
    documentDate: input.documentDate,
    fileName: input.fileName,
    note: input.note,
    mediaType,
    sizeBytes: bytes.length,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    encrypted,
  });
  await ctx.db('attachmentContents').insert({ attachmentId: row.id, content: bytes });
  return { attachment: toAttachment(row), warning: encrypted ? ENCRYPTED_PDF_WARNING : null };
}

export async function openAttachment(ctx: ServiceContext, id: number): Promise<AttachmentContent> {
  const row = await getRowOrThrow(ctx, ATTACHMENT, id);
  const stored = await ctx.db('attachmentContents').where({ attachmentId: id }).first('content');
  if (!stored) throw new AppError('NOT_FOUND', `Bilagans fil saknas i databasen (id ${id}).`);
  const bytes = Buffer.from(stored.content);
  if (crypto.createHash('sha256').update(bytes).digest('hex') !== row['sha256']) {
    throw new AppError(
      'INTERNAL',
      `Bilagan "${String(row['fileName'])}" stämmer inte med sin kontrollsumma och visas inte.`,
    );
  }
  if (OWNERS[row['owner'] as AttachmentOwner].personalData) {
    // A scan of a household's contract shows personal data: who opened it is kept, as for a printout.
    await ctx.db.transaction((trx) =>
      appendAudit(
        { ...ctx, db: trx },
        {
          entity: ATTACHMENT.entity,
          entityId: id,
          action: 'open',
          after: { owner: row['owner'], ownerId: row['ownerId'] },
        },
      ),
    );
  }
  return {
    fileName: String(row['fileName']),
    mediaType: row['mediaType'] as AttachmentContent['mediaType'],
    encrypted: Boolean(row['encrypted']),
    contentBase64: bytes.toString('base64'),
  };
}

export async function archiveAttachment(
  ctx: ServiceContext,
  ref: { id: number; version: number },
): Promise<Attachment> {
  return toAttachment(await archiveRecord(ctx, ATTACHMENT, ref));
}

export async function restoreAttachment(
  ctx: ServiceContext,
  ref: { id: number; version: number },
): Promise<Attachment> {
  return toAttachment(await restoreRecord(ctx, ATTACHMENT, ref));
}
