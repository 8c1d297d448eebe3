/**
 * Bilagor: signed scans and letters kept on their records (a lease, a
 * kommunalt kontrakt, a guarantee, a land agreement, a unit). PDF, JPEG and
 * PNG, 25 MB at most, the type read from the file's first bytes and never
 * from its name. Stored in the database, so they travel with every backup
 * and on both engines; archived, never deleted.
 */
import { z } from 'zod';
import { choice, optionalText, problem, recordId, requiredDate, requiredText } from '../core/fields';
import { command, mutation, query } from '../core/procedure';
import { recordMetaSchema, recordRefSchema, idSchema } from '../core/record';

export const ATTACHMENT_OWNERS = ['lease', 'contract', 'guarantee', 'landAgreement', 'unit'] as const;
export type AttachmentOwner = (typeof ATTACHMENT_OWNERS)[number];

export const ATTACHMENT_KINDS = ['undertecknat_avtal', 'beslut', 'korrespondens', 'ovrigt'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const attachmentKindLabels: Record<AttachmentKind, string> = {
  undertecknat_avtal: 'Undertecknat avtal',
  beslut: 'Beslut',
  korrespondens: 'Korrespondens',
  ovrigt: 'Övrigt',
};

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
/** Base64 grows a file by a third; a little more is let through so the back end, not zod, words the refusal. */
const MAX_BASE64_CHARS = Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 1024 * 1024;

export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

export const attachmentLabels = {
  file: 'Fil',
  kind: 'Typ av bilaga',
  documentDate: 'Datum',
  fileName: 'Filnamn',
  note: 'Anteckning',
} as const;

/** The file's type from its first bytes (magic numbers), or null for anything else. */
export function mediaTypeOf(bytes: Uint8Array): AttachmentMediaType | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

/** Whether a file's size is allowed, with the refusal in Swedish (shown before uploading, and checked again by the back end). */
export function sizeProblem(size: number): string | null {
  if (size === 0) return problem(attachmentLabels.file, 'filen är tom (0 byte)');
  if (size > MAX_ATTACHMENT_BYTES)
    return problem(attachmentLabels.file, `filen är ${formatBytes(size)}; högst 25 MB tas emot`);
  return null;
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} byte`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} kB`;
  return `${(size / (1024 * 1024)).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
}

export const ownerRefSchema = z.object({
  owner: choice('Post', ATTACHMENT_OWNERS),
  ownerId: recordId('Post'),
});

export const attachmentInputSchema = ownerRefSchema.extend({
  kind: choice(attachmentLabels.kind, ATTACHMENT_KINDS),
  documentDate: requiredDate(attachmentLabels.documentDate),
  fileName: requiredText(attachmentLabels.fileName, 255),
  note: optionalText(attachmentLabels.note, 1000),
  contentBase64: z
    .string()
    .max(MAX_BASE64_CHARS, problem(attachmentLabels.file, 'filen är större än 25 MB'))
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, problem(attachmentLabels.file, 'filen kom inte fram hel; försök igen')),
});
export type AttachmentInput = z.input<typeof attachmentInputSchema>;

export const attachmentSchema = recordMetaSchema.extend({
  owner: z.enum(ATTACHMENT_OWNERS),
  ownerId: z.number().int(),
  kind: z.enum(ATTACHMENT_KINDS),
  documentDate: z.string(),
  fileName: z.string(),
  note: z.string().nullable(),
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  /** An encrypted PDF: kept, but no preview can open it. */
  encrypted: z.boolean(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const addedAttachmentSchema = z.object({
  attachment: attachmentSchema,
  /** Said once, when the file was accepted with a reservation. */
  warning: z.string().nullable(),
});

export const attachmentContentSchema = z.object({
  fileName: z.string(),
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
  encrypted: z.boolean(),
  contentBase64: z.string(),
});
export type AttachmentContent = z.infer<typeof attachmentContentSchema>;

export const attachmentProcedures = {
  'attachments.list': query(
    ownerRefSchema.extend({ includeArchived: z.boolean().default(false) }),
    z.array(attachmentSchema),
  ),
  'attachments.add': mutation(attachmentInputSchema, addedAttachmentSchema),
  // A read, though opening one on a record with personal data is audited in its own transaction.
  // A command, not a query: opening one on a household's record is audited (a write).
  'attachments.open': command(idSchema, attachmentContentSchema, 'read'),
  'attachments.archive': mutation(recordRefSchema, attachmentSchema),
  'attachments.restore': mutation(recordRefSchema, attachmentSchema),
};
