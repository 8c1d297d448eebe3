/**
 * Writes one export file from a plain description of it (BookSpec), so the
 * same code runs in the export worker (exportWorker.ts) and, where there is
 * no file for a worker to open, in the app's own thread. Each sheet's view
 * is read a chunk at a time, only the sheet's columns (narrowRead.ts), each
 * row goes once straight to the file, and the job can be cancelled between
 * chunks.
 */
import type { ParsedListQuery } from '../../../shared/core/listQuery';
import { own } from '../../../shared/core/own';
import { fieldError } from '../../../shared/core/result';
import type { ExportColumn } from '../../../shared/exports/schema';
import type { ServiceContext } from '../../core/context';
import { planNarrowRead, readNarrow } from './narrowRead';
import { exportSources, type ExportSource } from './sources';
import { csvBook, xlsxBook, type BookWriter } from './writers';

/** Rows per page where a source has no narrow read: large enough that a sort is repeated rarely. */
const PAGE = 5000;

/** One sheet of a register's view, as data that can cross to a worker thread. */
export interface SheetSpec {
  title: string;
  /** The key of its source in exportSources. */
  source: string;
  query: ParsedListQuery;
  columns: ExportColumn[];
  /** The user asked for personal data (personnummer). */
  personalData: boolean;
}

/** A sheet whose few rows the caller already has (the follow-up's figures). */
export interface FixedSheet {
  title: string;
  columns: ExportColumn[];
  rows: Record<string, unknown>[];
}

export interface BookSpec {
  format: 'xlsx' | 'csv';
  file: string;
  sheets: SheetSpec[];
  /** The portfolio's Sammanfattning sheet after the others. */
  summary: boolean;
  /** Written after the register sheets. */
  fixed?: FixedSheet[];
}

export interface BookProgress {
  rowsWritten: number;
}

export function sourceOf(name: string): ExportSource {
  const source = own(exportSources, name);
  if (!source) throw fieldError('source', `Listan "${name}" går inte att exportera.`);
  return source;
}

/** Rows in a sheet's view, by the list itself: a filter the list refuses fails here. */
export async function countSheetRows(ctx: ServiceContext, sheet: SheetSpec): Promise<number> {
  const first = await sourceOf(sheet.source).list(ctx, { ...sheet.query, offset: 0, limit: 1, withTotal: true });
  return first.total ?? 0;
}

/** Pages of the list itself: for sources (or grid columns) the narrow read does not cover. */
async function* readPages(
  ctx: ServiceContext,
  source: ExportSource,
  query: ParsedListQuery,
): AsyncGenerator<Record<string, unknown>[]> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await source.list(ctx, { ...query, offset, limit: PAGE, withTotal: false });
    yield page.rows;
    if (page.rows.length < PAGE) return;
  }
}

async function readView(
  ctx: ServiceContext,
  source: ExportSource,
  sheet: SheetSpec,
): Promise<AsyncGenerator<Record<string, unknown>[]>> {
  const narrow = source.narrow && (await planNarrowRead(ctx, source.narrow, sheet.query, sheet.columns));
  return narrow ? readNarrow(ctx, narrow) : readPages(ctx, source, sheet.query);
}

async function writeSheet(
  ctx: ServiceContext,
  book: BookWriter,
  sheet: SheetSpec,
  progress: BookProgress & { cancelled(): boolean; report(): void },
): Promise<void> {
  const source = sourceOf(sheet.source);
  const out = book.addSheet(sheet.title, sheet.columns);
  try {
    for await (const rows of await readView(ctx, source, sheet)) {
      if (progress.cancelled()) break;
      if (sheet.personalData) await source.addPersonalData?.(ctx, rows);
      for (const row of rows) out.addRow(row);
      progress.rowsWritten += rows.length;
      progress.report();
      await out.flush();
    }
  } finally {
    // A cancelled sheet is closed too, so the file can be closed and removed.
    await out.finish();
  }
}

const SUMMARY_COLUMNS: ExportColumn[] = [
  { id: 'label', header: 'Uppgift', type: 'text' },
  { id: 'count', header: 'Antal', type: 'number' },
  { id: 'amountOre', header: 'Belopp', type: 'money' },
];

/** Sammanfattning: the key figures of each register in the workbook, for the economy unit and the steering group. */
async function writeSummary(ctx: ServiceContext, book: BookWriter, spec: BookSpec): Promise<void> {
  const sheet = book.addSheet('Sammanfattning', SUMMARY_COLUMNS);
  sheet.addRow({ label: `Hyresportfölj per ${ctx.clock.today()}` });
  for (const { source } of spec.sheets) {
    for (const line of (await sourceOf(source).summarise?.(ctx)) ?? []) sheet.addRow({ ...line });
  }
  await sheet.finish();
}

/**
 * Writes the file; resolves with whether it was cancelled. On failure the
 * file is closed unfinished (so it can be removed) and the error is thrown.
 */
export async function writeBook(
  ctx: ServiceContext,
  spec: BookSpec,
  cancelled: () => boolean,
  report: (progress: BookProgress) => void,
): Promise<'done' | 'cancelled'> {
  const book = spec.format === 'xlsx' ? xlsxBook(spec.file) : csvBook(spec.file);
  const progress = { rowsWritten: 0, cancelled, report: () => report({ rowsWritten: progress.rowsWritten }) };
  try {
    for (const sheet of spec.sheets) await writeSheet(ctx, book, sheet, progress);
    if (spec.summary && !cancelled()) await writeSummary(ctx, book, spec);
    for (const fixed of spec.fixed ?? []) {
      if (cancelled()) break;
      const out = book.addSheet(fixed.title, fixed.columns);
      for (const row of fixed.rows) out.addRow(row);
      await out.finish();
      progress.rowsWritten += fixed.rows.length;
      progress.report();
    }
    await book.close();
  } catch (error) {
    book.abort();
    throw error;
  }
  return cancelled() ? 'cancelled' : 'done';
}
