/**
 * Inläsning: the procedures of the guided import. The file itself reaches
 * the back end first (an upload: the open dialog on the desktop, a POST of
 * the bytes in the browser host) and is then named by its upload id.
 */
import { z } from 'zod';
import { exportJobSchema } from '../exports/schema';
import { command, mutation, query } from '../core/procedure';
import { IMPORT_REGISTERS } from './registers';

export const uploadSchema = z.object({ uploadId: z.string(), fileName: z.string(), size: z.number().int() });
export type Upload = z.infer<typeof uploadSchema>;

const register = z.enum(IMPORT_REGISTERS, { error: 'Register: välj vilket register listan ska läsas in i.' });
const uploadId = z.string().min(1).max(64);

export const inspectInputSchema = z.object({
  uploadId,
  register,
  /** The sheet's name; the first visible sheet with data when left out. */
  sheet: z.string().max(100).optional(),
  /** 0-based row of the headings; found by itself when left out. */
  headerRow: z.number().int().min(0).optional(),
});

export const importColumnSchema = z.object({
  index: z.number().int(),
  heading: z.string(),
  /** The field the column is mapped to (guessed, or remembered from last time), or null. */
  field: z.string().nullable(),
  /** A few values from the column, to recognise it by. */
  samples: z.array(z.string()),
});

export const inspectResultSchema = z.object({
  fileName: z.string(),
  size: z.number().int(),
  sheets: z.array(z.object({ name: z.string(), hidden: z.boolean(), rows: z.number().int() })),
  sheet: z.string(),
  headerRow: z.number().int(),
  columns: z.array(importColumnSchema),
  dataRows: z.number().int(),
  /** True when the mapping is the one this user chose last time for these headings. */
  remembered: z.boolean(),
});
export type InspectResult = z.infer<typeof inspectResultSchema>;

export const importRequestSchema = z.object({
  uploadId,
  register,
  sheet: z.string().max(100),
  headerRow: z.number().int().min(0),
  /** One entry per column of the header row: the field it fills, or null to leave it out. */
  mapping: z.array(z.string().max(40).nullable()).max(300),
  /** Create a landlord or unit that a row names but the register lacks. */
  createMissing: z.boolean().default(false),
  /** Corrections typed in the preview: sheet row number → field → text. */
  fixes: z.record(z.string(), z.record(z.string(), z.string().max(4000))).default({}),
});
export type ImportRequest = z.input<typeof importRequestSchema>;
export type ParsedImportRequest = z.output<typeof importRequestSchema>;

export const ROW_OUTCOMES = ['new', 'update', 'unchanged', 'refused'] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];
export const rowOutcomeLabels: Record<RowOutcome, string> = {
  new: 'Ny',
  update: 'Uppdateras',
  unchanged: 'Oförändrad',
  refused: 'Avvisas',
};

export const previewRowSchema = z.object({
  rowNumber: z.number().int(),
  outcome: z.enum(ROW_OUTCOMES),
  /** The natural key (object number, organisationsnummer, lease number…), when the row has one. */
  key: z.string().nullable(),
  /** Field → Swedish reason, for refused rows. */
  problems: z.array(z.object({ field: z.string(), message: z.string() })),
  /** The row's mapped cells as text, field → text: what the preview grid shows and lets the user fix. */
  cells: z.record(z.string(), z.string()),
  /** What else the row creates (an unknown landlord or unit, when allowed). */
  creates: z.array(z.string()),
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

export const importCountsSchema = z.object({
  new: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  refused: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const previewResultSchema = z.object({ counts: importCountsSchema, rows: z.array(previewRowSchema) });
export type PreviewResult = z.infer<typeof previewResultSchema>;

export const IMPORT_MODES = ['all', 'approved'] as const;

export const importStartSchema = importRequestSchema.extend({
  /** all: any refused row means nothing is written. approved: "Läs in de godkända raderna". */
  mode: z.enum(IMPORT_MODES).default('all'),
});

export const importJobSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed', 'cancelled']),
  phase: z.enum(['reading', 'checking', 'writing', 'finished']),
  rowsDone: z.number().int(),
  totalRows: z.number().int().nullable(),
  batchId: z.number().int().nullable(),
  message: z.string().nullable(),
  counts: importCountsSchema.nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

export const batchSchema = z.object({
  id: z.number().int(),
  register: z.enum(IMPORT_REGISTERS),
  fileName: z.string(),
  fileSize: z.number().int(),
  fileSha256: z.string(),
  sheet: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
  createdCount: z.number().int(),
  updatedCount: z.number().int(),
  unchangedCount: z.number().int(),
  refusedCount: z.number().int(),
  revertedAt: z.string().nullable(),
  revertedBy: z.string().nullable(),
});
export type ImportBatch = z.infer<typeof batchSchema>;

const jobRef = z.object({ id: z.string().max(64) });

export const importProcedures = {
  // Reading a file to import is part of registering: a läsbehörig has no import to prepare.
  'imports.inspect': query(inspectInputSchema, inspectResultSchema, 'register'),
  'imports.preview': query(importRequestSchema, previewResultSchema, 'register'),
  // A job, like an export: it takes its own write transaction, reports
  // progress and can be cancelled; a cancel rolls the transaction back.
  'imports.start': command(importStartSchema, importJobSchema),
  'imports.status': query(jobRef, importJobSchema, 'register'),
  'imports.cancel': query(jobRef, importJobSchema, 'register'),
  /** The refused rows with their reasons, as an xlsx to fix in Excel (saved like an export). */
  'imports.errorReport': query(importRequestSchema, exportJobSchema, 'register'),
  'imports.batches': query(z.object({}), z.array(batchSchema)),
  'imports.revert': mutation(z.object({ id: z.number().int().positive() }), batchSchema),
};
