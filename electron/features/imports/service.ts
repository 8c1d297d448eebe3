/**
 * Inläsning: open a file's sheet, map its columns, preview every row's
 * outcome, and write the import as one batch, all or nothing (or only the
 * approved rows, when the user says so), in one write transaction with
 * progress and cancel. A batch can be reverted while none of its records
 * has changed since.
 */
import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../../shared/core/result';
import { dataRowsUnder, findHeaderRow, guessMapping, headingSetKey } from '../../../shared/imports/headings';
import { importFields, type ImportRegister } from '../../../shared/imports/registers';
import type {
  ImportCounts,
  ImportJob,
  InspectResult,
  ParsedImportRequest,
  PreviewResult,
  importStartSchema,
  inspectInputSchema,
} from '../../../shared/imports/schema';
import { cellText } from '../../../shared/imports/values';
import { BULK_CHUNK } from '../../core/audit';
import { refreshPlannerStatistics } from '../../db/dialect';
import type { ServiceContext } from '../../core/context';
import { insertedId } from '../../core/records';
import { mapRows } from './cells';
import type { Plan } from './plan';
import { planners } from './registers';
import type { Sheet } from './read';
import { uploadedSpreadsheet } from './uploads';

function pickSheet(sheets: Sheet[], name: string | undefined): Sheet {
  if (name !== undefined) {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) throw new AppError('VALIDATION', `Bladet "${name}" finns inte i filen.`, { fields: { sheet: name } });
    return sheet;
  }
  const withData = sheets.filter((s) => s.rows.some((r) => r.some((c) => cellText(c) !== '')));
  const sheet = withData.find((s) => !s.hidden) ?? withData[0];
  if (!sheet) throw new AppError('VALIDATION', 'Filen innehåller inga rader att läsa in.', { fields: { file: 'tom' } });
  return sheet;
}

function headingsOf(sheet: Sheet, headerRow: number): string[] {
  const row = sheet.rows[headerRow] ?? [];
  const width = Math.max(row.length, ...sheet.rows.slice(headerRow, headerRow + 50).map((r) => r.length));
  return Array.from({ length: width }, (_, i) => cellText(row[i] ?? null));
}

function mappingKey(headings: string[]): string {
  return crypto.createHash('sha256').update(headingSetKey(headings)).digest('hex');
}

export async function inspectImport(
  ctx: ServiceContext,
  input: z.output<typeof inspectInputSchema>,
): Promise<InspectResult> {
  const { upload, book } = await uploadedSpreadsheet(input.uploadId);
  const sheet = pickSheet(book.sheets, input.sheet);
  const fields = importFields[input.register];
  const headerRow = input.headerRow ?? Math.max(0, findHeaderRow(sheet.rows, fields));
  const headings = headingsOf(sheet, headerRow);
  const rows = dataRowsUnder(sheet.rows, headerRow);
  const stored = await ctx
    .db('importMappings')
    .where({ login: ctx.actor.login, register: input.register, headingKey: mappingKey(headings) })
    .first('mapping');
  const known = new Set(fields.map((f) => f.key));
  const remembered = stored ? (JSON.parse(stored.mapping) as (string | null)[]) : null;
  const mapping =
    remembered && remembered.length === headings.length && remembered.every((k) => k === null || known.has(k))
      ? remembered
      : guessMapping(headings, fields);
  return {
    fileName: upload.fileName,
    size: upload.size,
    sheets: book.sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: s.rows.length })),
    sheet: sheet.name,
    headerRow,
    columns: headings.map((heading, index) => ({
      index,
      heading,
      field: mapping[index] ?? null,
      samples: rows
        .slice(0, 3)
        .map((r) => cellText(r.cells[index] ?? null))
        .filter((t) => t !== ''),
    })),
    dataRows: rows.length,
    remembered: mapping === remembered,
  };
}

function checkMapping(register: ImportRegister, mapping: (string | null)[]): void {
  const fields = importFields[register];
  const seen = new Set<string>();
  for (const key of mapping) {
    if (key === null) continue;
    const field = fields.find((f) => f.key === key);
    if (!field) throw new AppError('VALIDATION', `Kolumnval: fältet "${key}" finns inte i registret.`);
    if (seen.has(key))
      throw new AppError('VALIDATION', `Kolumnval: ${field.label} är vald för två kolumner; välj en.`, {
        fields: { mapping: field.label },
      });
    seen.add(key);
  }
  const missing = fields.filter((f) => f.required && !seen.has(f.key));
  if (missing.length > 0)
    throw new AppError('VALIDATION', `Kolumnval: välj en kolumn för ${missing.map((f) => f.label).join(', ')}.`, {
      fields: { mapping: missing.map((f) => f.label).join(', ') },
    });
}

/** Reads the sheet and plans every row against the database as it is now. */
export async function planImport(ctx: ServiceContext, request: ParsedImportRequest): Promise<Plan> {
  const { book } = await uploadedSpreadsheet(request.uploadId);
  const sheet = pickSheet(book.sheets, request.sheet);
  checkMapping(request.register, request.mapping);
  const rows = mapRows(dataRowsUnder(sheet.rows, request.headerRow), request.mapping, request.fixes);
  return planners[request.register](ctx, rows, { createMissing: request.createMissing });
}

export function countsOf(plan: Plan): ImportCounts {
  const counts: ImportCounts = { new: 0, update: 0, unchanged: 0, refused: 0 };
  for (const row of plan.rows) counts[row.outcome]++;
  return counts;
}

export async function previewImport(ctx: ServiceContext, request: ParsedImportRequest): Promise<PreviewResult> {
  const plan = await planImport(ctx, request);
  return {
    counts: countsOf(plan),
    rows: plan.rows.map((r) => ({
      rowNumber: r.rowNumber,
      outcome: r.outcome,
      key: r.key,
      problems: r.problems,
      cells: r.texts,
      creates: r.creates,
    })),
  };
}

// --- The write, as a job --------------------------------------------------

interface RunningImport extends ImportJob {
  cancelled: boolean;
}

const jobs = new Map<string, RunningImport>();
const KEEP_MS = 60 * 60 * 1000;

class Cancelled extends Error {}

function view(job: RunningImport): ImportJob {
  const { cancelled: _c, ...rest } = job;
  return rest;
}

function getJob(id: string): RunningImport {
  const job = jobs.get(id);
  if (!job) throw new AppError('NOT_FOUND', 'Inläsningen finns inte längre.');
  return job;
}

/**
 * Plans and writes in one write transaction (so what was checked is what
 * is written: nobody can change the registers between the two), then
 * records the batch. Any failure or a cancel rolls everything back.
 */
export async function writeImport(
  ctx: ServiceContext,
  request: z.output<typeof importStartSchema>,
  job: RunningImport,
): Promise<void> {
  const { upload } = await uploadedSpreadsheet(request.uploadId);
  await ctx.db.transaction(async (trx) => {
    const tctx: ServiceContext = { ...ctx, db: trx };
    job.phase = 'checking';
    const plan = await planImport(tctx, request);
    const counts = countsOf(plan);
    job.counts = counts;
    if (request.mode === 'all' && counts.refused > 0)
      throw new AppError(
        'VALIDATION',
        `${counts.refused} ${counts.refused === 1 ? 'rad avvisades' : 'rader avvisades'}; ingenting lästes in. Rätta raderna, eller välj att läsa in de godkända raderna.`,
      );
    const accepted = new Set(
      plan.rows.filter((r) => r.outcome === 'new' || r.outcome === 'update').map((r) => r.rowNumber),
    );
    job.totalRows = accepted.size;
    const batchId = insertedId(
      await trx('importBatches')
        .insert({
          register: request.register,
          fileName: upload.fileName,
          fileSize: upload.size,
          fileSha256: upload.sha256,
          sheet: request.sheet,
          createdAt: ctx.clock.now(),
          createdBy: ctx.actor.login,
          createdCount: counts.new,
          updatedCount: counts.update,
          unchangedCount: counts.unchanged,
          refusedCount: counts.refused,
        })
        .returning('id'),
    );
    job.phase = 'writing';
    const records = await plan.write({ ...tctx, importBatchId: batchId }, accepted, (done) => {
      if (job.cancelled) throw new Cancelled();
      job.rowsDone = done;
    });
    if (job.cancelled) throw new Cancelled();
    for (let i = 0; i < records.length; i += BULK_CHUNK) {
      await trx('importBatchRecords').insert(
        records.slice(i, i + BULK_CHUNK).map((r) => ({
          batchId,
          entity: r.entity,
          entityId: r.entityId,
          action: r.action,
          versionAfter: r.versionAfter,
          before: r.before === null ? null : JSON.stringify(r.before),
        })),
      );
    }
    await rememberMapping(tctx, request);
    job.batchId = batchId;
    job.rowsDone = accepted.size;
  });
  // Thousands of rows at once: PostgreSQL's planner needs to hear of them
  // before the next export or list (db/dialect.ts).
  await refreshPlannerStatistics(ctx.db);
}

async function rememberMapping(ctx: ServiceContext, request: ParsedImportRequest): Promise<void> {
  const { book } = await uploadedSpreadsheet(request.uploadId);
  const headings = headingsOf(pickSheet(book.sheets, request.sheet), request.headerRow);
  const key = { login: ctx.actor.login, register: request.register, headingKey: mappingKey(headings) };
  await ctx.db('importMappings').where(key).delete();
  await ctx
    .db('importMappings')
    .insert({ ...key, mapping: JSON.stringify(request.mapping), updatedAt: ctx.clock.now() });
}

export function startImport(ctx: ServiceContext, request: z.output<typeof importStartSchema>): ImportJob {
  const job: RunningImport = {
    id: crypto.randomUUID(),
    status: 'running',
    phase: 'reading',
    rowsDone: 0,
    totalRows: null,
    batchId: null,
    message: null,
    counts: null,
    cancelled: false,
  };
  jobs.set(job.id, job);
  const finish = (status: ImportJob['status'], message: string | null) => {
    job.status = status;
    job.phase = 'finished';
    job.message = message;
    setTimeout(() => jobs.delete(job.id), KEEP_MS).unref();
  };
  writeImport(ctx, request, job).then(
    () => finish('done', null),
    (error: unknown) => {
      if (error instanceof Cancelled) finish('cancelled', 'Inläsningen avbröts. Ingenting lästes in.');
      else if (error instanceof AppError) finish('failed', error.message);
      else {
        console.error('[bostadsportfoljen] import failed', error);
        finish('failed', 'Inläsningen misslyckades. Ingenting lästes in.');
      }
    },
  );
  return view(job);
}

export function importStatus(id: string): ImportJob {
  return view(getJob(id));
}

export function cancelImport(id: string): ImportJob {
  const job = getJob(id);
  if (job.status === 'running') job.cancelled = true;
  return view(job);
}

/** Waits for a job to finish (the command line and the tests). */
export async function importFinished(id: string): Promise<ImportJob> {
  for (;;) {
    const job = getJob(id);
    if (job.status !== 'running') return view(job);
    await new Promise((r) => setTimeout(r, 20));
  }
}
