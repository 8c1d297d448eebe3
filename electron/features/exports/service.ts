/**
 * Runs exports as jobs: the file is written by the export worker, a thread
 * with its own connection (exportWorker.ts), so the app's thread stays free
 * for other users' calls; progress and cancel pass as messages. Every
 * export is audited, saying whether it included personal data.
 */
import type { z } from 'zod';
import type { ParsedListQuery } from '../../../shared/core/listQuery';
import { maySeeIdentityNumbers } from '../../../shared/users/roles';
import { AppError, fieldError } from '../../../shared/core/result';
import type { ExportColumn, ExportJob, exportRequestSchema } from '../../../shared/exports/schema';
import { appendAudit } from '../../core/audit';
import { safeFileName } from '../../../shared/core/fileNames';
import { log, safeError, scrubIdentityNumbers } from '../../core/log';
import type { ServiceContext } from '../../core/context';
import { runInWorker } from './exportWorkerRun';
import { createJob, finishJob, getJob, jobView, type RunningJob } from './jobs';
import { exportSources, PORTFOLIO_SHEETS, type ExportSource } from './sources';
import { countSheetRows, sourceOf, writeBook, type BookSpec, type SheetSpec } from './writeBook';

/** Drops personal columns unless asked for. */
function allowedColumns(source: ExportSource, columns: ExportColumn[], includePersonalData: boolean): ExportColumn[] {
  return columns.filter((c) => includePersonalData || !source.personalColumns.includes(c.id));
}

type JobEnd = { status: 'done' | 'cancelled' | 'failed'; message: string | null };

function failed(job: RunningJob, error: unknown): JobEnd {
  log().error({ job: job.id, err: safeError(error) }, 'export failed');
  return { status: 'failed', message: error instanceof AppError ? error.message : null };
}

/** On this thread: a few fixed rows, or a context without a database for a worker to open. */
async function runHere(ctx: ServiceContext, job: RunningJob, spec: BookSpec): Promise<JobEnd> {
  try {
    const status = await writeBook(
      ctx,
      spec,
      () => job.cancelled,
      ({ rowsWritten }) => (job.rowsWritten = rowsWritten),
    );
    return { status, message: null };
  } catch (error) {
    return failed(job, error);
  }
}

/** Writes the sheets to the job's file; finishes the job either way. */
export async function runJob(ctx: ServiceContext, job: RunningJob, spec: BookSpec): Promise<void> {
  let end: JobEnd;
  try {
    // Counting first, on the app's connection, so the bar shows progress.
    let total = (spec.fixed ?? []).reduce((n, sheet) => n + sheet.rows.length, 0);
    for (const sheet of spec.sheets) total += await countSheetRows(ctx, sheet);
    job.totalRows = total;
    end =
      ctx.dbTarget && spec.sheets.length > 0
        ? await runInWorker(job, {
            spec,
            target: ctx.dbTarget,
            today: ctx.clock.today(),
            actor: ctx.actor,
            role: ctx.role,
            info: ctx.info,
          })
        : await runHere(ctx, job, spec);
  } catch (error) {
    end = failed(job, error);
  }
  // A cancel that reached the worker after its last chunk still cancels: the user asked.
  const status = end.status === 'done' && job.cancelled ? 'cancelled' : end.status;
  const messages = { done: null, cancelled: 'Exporten avbröts.', failed: 'Exporten misslyckades. Ingen fil skapades.' };
  finishJob(job, status, end.message ?? messages[status]);
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
  const sheet: SheetSpec = {
    title: request.title,
    source: request.source,
    query,
    columns,
    personalData: request.includePersonalData,
  };
  // Reading the first row before the audit row is written: a filter the list
  // refuses fails here, as the user's error, not later in the job.
  await countSheetRows(ctx, sheet);
  await auditExport(ctx, {
    source: request.source,
    format: request.format,
    columns: columns.map((c) => c.id),
    includePersonalData: request.includePersonalData,
    query: maskIdentityNumbersIn(query),
  });
  const job = createJob(fileNameFor(request.title, request.format, ctx.clock.today()), request.format);
  void runJob(ctx, job, { format: request.format, file: job.file, sheets: [sheet], summary: false });
  return jobView(job);
}

export function exportStatus(id: string): ExportJob {
  return jobView(getJob(id));
}

export function cancelExport(id: string): ExportJob {
  const job = getJob(id);
  if (job.status === 'running') {
    job.cancelled = true;
    job.cancel?.();
  }
  return jobView(job);
}

/** The portfolio sheets available in this build, in their fixed order. */
function portfolioSheets(includePersonalData: boolean): SheetSpec[] {
  return PORTFOLIO_SHEETS.filter((name) => exportSources[name]).map((name) => {
    const source = exportSources[name]!;
    return {
      title: source.title,
      source: name,
      query: source.parse({}),
      columns: allowedColumns(source, source.portfolioColumns, includePersonalData),
      personalData: includePersonalData,
    };
  });
}

/**
 * The lease portfolio workbook: one sheet per register (Hyresavtal,
 * Bostäder, Kommunala kontrakt, Hyresgarantier, Markanvisningar) and a
 * Sammanfattning with the key figures, for the economy unit and the
 * steering group.
 */
export async function startPortfolio(ctx: ServiceContext, includePersonalData: boolean): Promise<ExportJob> {
  refusePersonalDataUnlessAllowed(ctx, includePersonalData);
  const sheets = portfolioSheets(includePersonalData);
  await auditExport(ctx, {
    source: 'portfolio',
    format: 'xlsx',
    sheets: sheets.map((p) => p.title),
    includePersonalData,
  });
  const job = createJob(fileNameFor('Hyresportfölj', 'xlsx', ctx.clock.today()), 'xlsx');
  void runJob(ctx, job, { format: 'xlsx', file: job.file, sheets, summary: true });
  return jobView(job);
}
