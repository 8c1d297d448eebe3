/**
 * Import batches after the write: the list, the revert (while none of the
 * batch's records has changed since), and the error report of a preview.
 */
import { AppError } from '../../../shared/core/result';
import type { ExportColumn, ExportJob } from '../../../shared/exports/schema';
import { importFields, type ImportRegister } from '../../../shared/imports/registers';
import type { ImportBatch, ParsedImportRequest } from '../../../shared/imports/schema';
import { appendAudit } from '../../core/audit';
import type { ServiceContext } from '../../core/context';
import { displayNameOf } from '../../core/records';
import { createJob, finishJob, jobView } from '../exports/jobs';
import { xlsxBook } from '../exports/writers';
import { recomputeIndexedLeases } from '../leases/derivedRefresh';
import type { TableRow } from '../../db/tableRow';
import { fetchWhereIn } from './plan';
import { dependantsOf } from './references';
import { revertOrder } from './registers';
import { planImport } from './service';

function toBatch(row: TableRow<'importBatches'>, names: Map<string, string>): ImportBatch {
  return {
    ...row,
    register: row.register as ImportRegister,
    fileSize: Number(row.fileSize),
    createdByName: names.get(row.createdBy) ?? row.createdBy,
  };
}

async function userNames(ctx: ServiceContext): Promise<Map<string, string>> {
  const users = await ctx.db('users').select('login', 'displayName');
  return new Map(users.map((u) => [u.login, u.displayName]));
}

export async function listBatches(ctx: ServiceContext): Promise<ImportBatch[]> {
  const rows = await ctx.db('importBatches').orderBy('id', 'desc').limit(500);
  const names = await userNames(ctx);
  return rows.map((r) => toBatch(r, names));
}

const WHEN = { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' } as const;

type StoredRow = Record<string, unknown> & { id: number; version: number };

/**
 * Puts the registers back as they were before the batch: records it
 * created are taken out, records it changed get their earlier values back
 * (a new version). Nothing is lost: the audit row of each record taken out
 * holds all its values (and its links or members) and names the batch.
 * Refused, changing nothing, when any of the batch's records has been
 * changed since the import, or when a record registered since rests on
 * one the batch created (a contract on an imported unit).
 */
export async function revertBatch(ctx: ServiceContext, id: number): Promise<ImportBatch> {
  const batch = await ctx.db('importBatches').where({ id }).first();
  if (!batch) throw new AppError('NOT_FOUND', `Inläsning ${id} finns inte.`);
  if (batch.revertedAt) throw new AppError('VALIDATION', `Inläsning ${id} är redan ångrad.`);
  const records = await ctx.db('importBatchRecords').where({ batchId: id });
  const rctx: ServiceContext = { ...ctx, importBatchId: id };
  const created = new Set(records.filter((r) => r.action === 'create').map((r) => `${r.entity}:${r.entityId}`));
  const inBatch = (entity: string, entityId: number) => created.has(`${entity}:${entityId}`);

  // First every check, then every change: a refusal leaves everything as it was.
  const current = new Map<string, StoredRow>();
  for (const { info, keyColumn } of revertOrder) {
    const mine = records.filter((r) => r.entity === info.entity);
    if (mine.length === 0) continue;
    const rows = await fetchWhereIn<StoredRow>(
      ctx,
      info.table,
      'id',
      mine.map((r) => r.entityId),
      ['*'],
    );
    for (const row of rows) current.set(`${info.entity}:${row.id}`, row);
    for (const record of mine) {
      const row = current.get(`${info.entity}:${record.entityId}`);
      if (!row || row.version !== record.versionAfter) {
        const who = row ? await displayNameOf(ctx, String(row['updatedBy'])) : 'någon';
        const when = row ? new Date(String(row['updatedAt'])).toLocaleString('sv-SE', WHEN) : '';
        const what = row ? `${info.label} ${String(row[keyColumn])}` : `${info.label} (id ${record.entityId})`;
        throw new AppError(
          'CONFLICT',
          `Inläsning ${id} kan inte ångras: ${what} har ${row ? `ändrats av ${who} ${when}` : 'tagits bort'} efter inläsningen. Ingenting ändrades.`,
        );
      }
    }
    const createdIds = mine.filter((r) => r.action === 'create').map((r) => r.entityId);
    const dependants = await dependantsOf(ctx, info.entity, createdIds, inBatch);
    if (dependants.length > 0) {
      const named = dependants.map(
        (d) =>
          `${info.label.toLowerCase()} ${String(current.get(`${info.entity}:${d.targetId}`)?.[keyColumn] ?? '')} används av ${d.text}`,
      );
      throw new AppError(
        'CONFLICT',
        `Inläsning ${id} kan inte ångras: ${named.join('; ')}, som inte kom med inläsningen. Ta bort eller ändra ${dependants.length === 1 ? 'den posten' : 'de posterna'} först. Ingenting ändrades.`,
      );
    }
  }

  for (const { info, partsOf, removeParts, restoreParts, afterRevert } of revertOrder) {
    const mine = records.filter((r) => r.entity === info.entity);
    for (const record of mine) {
      const row = current.get(`${info.entity}:${record.entityId}`)!;
      const parts = (await partsOf?.(ctx, record.entityId)) ?? {};
      if (record.action === 'create') {
        await removeParts?.(ctx, record.entityId);
        await ctx.db(info.table).where({ id: record.entityId }).delete();
        await appendAudit(rctx, {
          entity: info.entity,
          entityId: record.entityId,
          action: 'import-revert',
          before: { ...row, ...parts },
        });
      } else {
        const before = JSON.parse(record.before ?? '{}') as Record<string, unknown>;
        const { id: _id, unitIds: _u, members: _m, ...values } = before;
        await ctx
          .db(info.table)
          .where({ id: record.entityId })
          .update({
            ...values,
            version: row.version + 1,
            updatedAt: ctx.clock.now(),
            updatedBy: ctx.actor.login,
          });
        await restoreParts?.(ctx, record.entityId, before);
        const after = (await ctx.db(info.table).where({ id: record.entityId }).first()) as StoredRow;
        await appendAudit(rctx, {
          entity: info.entity,
          entityId: record.entityId,
          action: 'import-revert',
          before: { ...row, ...parts },
          after: { ...after, ...((await partsOf?.(ctx, record.entityId)) ?? {}) },
        });
      }
    }
    if (mine.length > 0)
      await afterRevert?.(
        ctx,
        mine.map((r) => current.get(`${info.entity}:${r.entityId}`)!),
      );
  }
  if (records.some((r) => r.entity === 'kpi')) await recomputeIndexedLeases(ctx);
  await ctx.db('importBatches').where({ id }).update({ revertedAt: ctx.clock.now(), revertedBy: ctx.actor.login });
  await appendAudit(rctx, { entity: 'importBatch', entityId: id, action: 'revert', before: batch });
  const reverted = await ctx.db('importBatches').where({ id }).first();
  if (!reverted) throw new AppError('NOT_FOUND', `Inläsning ${id} finns inte.`);
  return toBatch(reverted, await userNames(ctx));
}

/** The refused rows with their reasons, as an xlsx job (saved like any export). */
export async function errorReport(ctx: ServiceContext, request: ParsedImportRequest): Promise<ExportJob> {
  const plan = await planImport(ctx, request);
  const fields = importFields[request.register].filter((f) => request.mapping.includes(f.key));
  const columns: ExportColumn[] = [
    { id: 'rowNumber', header: 'Rad', type: 'number' },
    ...fields.map((f): ExportColumn => ({ id: f.key, header: f.label, type: 'text' })),
    { id: 'reasons', header: 'Skäl', type: 'text' },
  ];
  const job = createJob(`Avvisade rader ${request.sheet}.xlsx`, 'xlsx');
  const book = xlsxBook(job.file);
  const sheet = book.addSheet('Avvisade rader', columns);
  const refusedRows = plan.rows.filter((r) => r.outcome === 'refused');
  job.totalRows = refusedRows.length;
  for (const row of refusedRows) {
    sheet.addRow({ ...row.texts, rowNumber: row.rowNumber, reasons: row.problems.map((p) => p.message).join(' ') });
    job.rowsWritten++;
  }
  await sheet.finish();
  await book.close();
  finishJob(job, 'done');
  return jobView(job);
}
