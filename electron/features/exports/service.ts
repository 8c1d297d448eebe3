/**
 * Runs exports as jobs: the view is read a chunk at a time, only the
 * sheet's columns (narrowRead.ts; others keep working between chunks), each
 * row goes once straight to the file, and the job can be cancelled between
 * chunks. Every export is audited, saying whether it included personal data.
 */
import type { z } from 'zod';
import type { ParsedListQuery } from '../../../shared/core/listQuery';
import { own } from '../../../shared/core/own';
import { maySeeIdentityNumbers } from '../../../shared/users/roles';
import { AppError, fieldError } from '../../../shared/core/result';
import type { ExportColumn, ExportJob, exportRequestSchema } from '../../../shared/exports/schema';
import { appendAudit } from '../../core/audit';
import { safeFileName } from '../../../shared/core/fileNames';
import { log, safeError, scrubIdentityNumbers } from '../../core/log';
import { openSqliteReader } from '../../db/connection';
import type { ServiceContext } from '../../core/context';
import { createJob, finishJob, getJob, jobView, type RunningJob } from './jobs';
import { planNarrowRead, readNarrow } from './narrowRead';
import { exportSources, PORTFOLIO_SHEETS, type ExportSource } from './sources';
import { csvBook, xlsxBook, type BookWriter } from './writers';

/** Rows per page where a source has no narrow read: large enough that a sort is repeated rarely. */
const PAGE = 5000;

export interface SheetPlan {
  title: string;
  source: ExportSource;
  query: ParsedListQuery;
  columns: ExportColumn[];
  /** The user asked for personal data (personnummer). */
  personalData: boolean;
}

function sourceOf(name: string): ExportSource {
  const source = own(exportSources, name);
  if (!source) throw fieldError('source', `Listan "${name}" går inte att exportera.`);
  return source;
}

/** Drops personal columns unless asked for; refuses columns the list does not have. */
function allowedColumns(source: ExportSource, columns: ExportColumn[], includePersonalData: boolean): ExportColumn[] {
  return columns.filter((c) => includePersonalData || !source.personalColumns.includes(c.id));
}

async function countRows(ctx: ServiceContext, plan: SheetPlan): Promise<number> {
  const first = await plan.source.list(ctx, { ...plan.query, offset: 0, limit: 1, withTotal: true });
  return first.total ?? 0;
}

/** Pages of the list itself: for sources (or grid columns) the narrow read does not cover. */
async function* readPages(ctx: ServiceContext, plan: SheetPlan): AsyncGenerator<Record<string, unknown>[]> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await plan.source.list(ctx, { ...plan.query, offset, limit: PAGE, withTotal: false });
    yield page.rows;
    if (page.rows.length < PAGE) return;
  }
}

async function readView(ctx: ServiceContext, plan: SheetPlan): Promise<AsyncGenerator<Record<string, unknown>[]>> {
  const narrow = plan.source.narrow && (await planNarrowRead(ctx, plan.source.narrow, plan.query, plan.columns));
  return narrow ? readNarrow(ctx, narrow) : readPages(ctx, plan);
}

async function writeSheet(ctx: ServiceContext, job: RunningJob, book: BookWriter, plan: SheetPlan): Promise<void> {
  const sheet = book.addSheet(plan.title, plan.columns);
  try {
    for await (const rows of await readView(ctx, plan)) {
      if (job.cancelled) break;
      if (plan.personalData) await plan.source.addPersonalData?.(ctx, rows);
      for (const row of rows) sheet.addRow(row);
      job.rowsWritten += rows.length;
      await sheet.flush();
    }
  } finally {
    // A cancelled sheet is closed too, so the file can be closed and removed.
    await sheet.finish();
  }
}

/** Writes the sheets to the job's file; finishes the job either way. */
export async function runJob(
  ctx: ServiceContext,
  job: RunningJob,
  format: 'xlsx' | 'csv',
  plans: SheetPlan[],
  summary?: (book: BookWriter) => Promise<void>,
): Promise<void> {
  // The sheets are read on a connection of their own (SQLite): others' list
  // calls then never queue behind the export's reads. Counting first, on the
  // app's connection, also runs any refresh a list does before it reads.
  const reader = ctx.info.databaseKind === 'sqlite' ? openSqliteReader(ctx.info.databasePath) : null;
  const readCtx: ServiceContext = reader ? { ...ctx, db: reader } : ctx;
  let book: BookWriter | null = null;
  try {
    let total = 0;
    for (const plan of plans) total += await countRows(ctx, plan);
    job.totalRows = total;
    book = format === 'xlsx' ? xlsxBook(job.file) : csvBook(job.file);
    for (const plan of plans) await writeSheet(readCtx, job, book, plan);
    if (summary && !job.cancelled) await summary(book);
    await book.close();
    finishJob(job, job.cancelled ? 'cancelled' : 'done', job.cancelled ? 'Exporten avbröts.' : null);
  } catch (error) {
    log().error({ job: job.id, err: safeError(error) }, 'export failed');
    book?.abort();
    finishJob(job, 'failed', error instanceof AppError ? error.message : 'Exporten misslyckades. Ingen fil skapades.');
  } finally {
    await reader?.destroy();
  }
}

/** Appends the export's audit row in a short transaction of its own. */
async function auditExport(ctx: ServiceContext, details: Record<string, unknown>): Promise<void> {
  await ctx.db.transaction((trx) =>
    appendAudit({ ...ctx, db: trx }, { entity: 'export', entityId: null, action: 'export', after: details }),
  );
}

/**
 * A quick search (or a text filter) may be a whole personnummer: it finds
 * the household exactly. The audit row says what was exported, not whose
 * number was typed: numbers in the query keep only their birth date.
 */
function maskIdentityNumbersIn(query: ParsedListQuery): unknown {
  return JSON.parse(scrubIdentityNumbers(JSON.stringify(query))) as unknown;
}

/** Läsbehöriga see personnummer masked, in files too. */
function refusePersonalDataUnlessAllowed(ctx: ServiceContext, includePersonalData: boolean): void {
  if (includePersonalData && !maySeeIdentityNumbers(ctx.role))
    throw new AppError(
      'FORBIDDEN',
      'Din roll är läsbehörig; den får inte exportera personnummer. Exportera utan personnummer.',
    );
}

function fileNameFor(title: string, format: string, today: string): string {
  return safeFileName(`${title} ${today}.${format}`);
}

export async function startExport(
  ctx: ServiceContext,
  request: z.output<typeof exportRequestSchema>,
): Promise<ExportJob> {
  refusePersonalDataUnlessAllowed(ctx, request.includePersonalData);
  const source = sourceOf(request.source);
  let query: ParsedListQuery;
  try {
    query = source.parse(request.query);
  } catch {
    throw fieldError('query', 'Exporten kunde inte läsa listans filter och sortering.');
  }
  const columns = allowedColumns(source, request.columns, request.includePersonalData);
  if (columns.length === 0) throw fieldError('columns', 'Kolumner: det finns inga kolumner kvar att exportera.');
  const plan = { title: request.title, source, query, columns, personalData: request.includePersonalData };
  // Reading the first row before the audit row is written: a filter the list
  // refuses fails here, as the user's error, not later in the job.
  await countRows(ctx, plan);
  await auditExport(ctx, {
    source: request.source,
    format: request.format,
    columns: columns.map((c) => c.id),
    includePersonalData: request.includePersonalData,
    query: maskIdentityNumbersIn(query),
  });
  const job = createJob(fileNameFor(request.title, request.format, ctx.clock.today()), request.format);
  void runJob(ctx, job, request.format, [plan]);
  return jobView(job);
}

export function exportStatus(id: string): ExportJob {
  return jobView(getJob(id));
}

export function cancelExport(id: string): ExportJob {
  const job = getJob(id);
  if (job.status === 'running') job.cancelled = true;
  return jobView(job);
}

/** The portfolio sheets available in this build, in their fixed order. */
export function portfolioPlans(includePersonalData: boolean): SheetPlan[] {
  return PORTFOLIO_SHEETS.filter((name) => exportSources[name]).map((name) => {
    const source = exportSources[name]!;
    return {
      title: source.title,
      source,
      query: source.parse({}),
      columns: allowedColumns(source, source.portfolioColumns, includePersonalData),
      personalData: includePersonalData,
    };
  });
}

const SUMMARY_COLUMNS: ExportColumn[] = [
  { id: 'label', header: 'Uppgift', type: 'text' },
  { id: 'count', header: 'Antal', type: 'number' },
  { id: 'amountOre', header: 'Belopp', type: 'money' },
];

/**
 * The lease portfolio workbook: one sheet per register (Hyresavtal,
 * Bostäder, Kommunala kontrakt, Hyresgarantier, Markanvisningar) and a
 * Sammanfattning with the key figures, for the economy unit and the
 * steering group.
 */
export async function startPortfolio(ctx: ServiceContext, includePersonalData: boolean): Promise<ExportJob> {
  refusePersonalDataUnlessAllowed(ctx, includePersonalData);
  const plans = portfolioPlans(includePersonalData);
  await auditExport(ctx, {
    source: 'portfolio',
    format: 'xlsx',
    sheets: plans.map((p) => p.title),
    includePersonalData,
  });
  const job = createJob(fileNameFor('Hyresportfölj', 'xlsx', ctx.clock.today()), 'xlsx');
  void runJob(ctx, job, 'xlsx', plans, async (book) => {
    const sheet = book.addSheet('Sammanfattning', SUMMARY_COLUMNS);
    sheet.addRow({ label: `Hyresportfölj per ${ctx.clock.today()}` });
    for (const plan of plans) {
      for (const line of (await plan.source.summarise?.(ctx)) ?? []) sheet.addRow({ ...line });
    }
    await sheet.finish();
  });
  return jobView(job);
}
