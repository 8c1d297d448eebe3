/**
 * Exports: the current view of any grid (its filters, sort and visible
 * columns, in that order) to xlsx or CSV, and the lease portfolio workbook.
 * Written in the back end as a job with progress, which can be cancelled;
 * the file is then saved by the platform (save dialog or download).
 */
import { z } from 'zod';
import { command, query } from '../core/procedure';

export const EXPORT_COLUMN_TYPES = ['text', 'number', 'money', 'date', 'choice', 'daysLeft', 'flag'] as const;
export type ExportColumnType = (typeof EXPORT_COLUMN_TYPES)[number];

export const exportColumnSchema = z.object({
  id: z.string().max(64),
  header: z.string().max(100),
  type: z.enum(EXPORT_COLUMN_TYPES),
  /** Stored value → Swedish label, for choice columns. */
  labels: z.record(z.string(), z.string()).optional(),
});
export type ExportColumn = z.infer<typeof exportColumnSchema>;

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;

export const exportRequestSchema = z.object({
  /** Which list: `units`, `leases`, … (electron/features/exports/sources.ts). */
  source: z.string().max(40),
  /** The list's own query (filters, sort, search, scope); paging is the export's. */
  query: z.record(z.string(), z.unknown()).default({}),
  columns: z.array(exportColumnSchema).min(1, 'Kolumner: välj minst en kolumn att exportera.').max(80),
  format: z.enum(EXPORT_FORMATS, { error: 'Format: välj xlsx eller csv.' }),
  /** Personnummer are left out unless asked for; asking is audited. */
  includePersonalData: z.boolean().default(false),
  title: z.string().trim().min(1).max(80),
});

export const exportJobSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed', 'cancelled']),
  rowsWritten: z.number().int(),
  totalRows: z.number().int().nullable(),
  fileName: z.string(),
  message: z.string().nullable(),
});
export type ExportJob = z.infer<typeof exportJobSchema>;

const jobRef = z.object({ id: z.string().max(64) });

export const exportProcedures = {
  // Commands, not queries: an export with personnummer appends to the audit
  // log (its own short transaction; the file is written after it, reading in
  // pages while others keep working). Open to every role: a läsbehörig
  // exports with personnummer masked.
  'exports.start': command(exportRequestSchema, exportJobSchema, 'read'),
  'exports.portfolio': command(z.object({ includePersonalData: z.boolean().default(false) }), exportJobSchema, 'read'),
  'exports.followup': command(z.object({ year: z.number().int().min(2000).max(2100) }), exportJobSchema, 'read'),
  'exports.status': query(jobRef, exportJobSchema),
  'exports.cancel': query(jobRef, exportJobSchema),
};
