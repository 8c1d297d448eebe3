/**
 * The KPI table (month → index value) that KPI-indexed rents follow. Values
 * are corrected, never deleted; each change is versioned and audited, and
 * every KPI-indexed lease's current rent is recomputed in the same write.
 */
import type { z } from 'zod';
import { AppError, fieldError } from '../../../shared/core/result';
import type { KpiRow, kpiSaveSchema } from '../../../shared/leases/schema';
import type { ServiceContext } from '../../core/context';
import { createRecord, getRowOrThrow, updateRecord, type EntityInfo } from '../../core/records';
import type { TableRow } from '../../db/tableRow';
import { recomputeIndexedLeases } from './derivedRefresh';

export const KPI: EntityInfo<'kpiValues'> = { table: 'kpiValues', entity: 'kpi', label: 'KPI-värdet' };

function toKpi(row: TableRow<'kpiValues'>): KpiRow {
  const { archivedBy: _a, ...rest } = row;
  return rest;
}

export async function kpiList(ctx: ServiceContext): Promise<KpiRow[]> {
  return (await ctx.db('kpiValues').orderBy('month', 'desc')).map(toKpi);
}

export async function saveKpi(ctx: ServiceContext, input: z.output<typeof kpiSaveSchema>): Promise<KpiRow> {
  const same = await ctx.db('kpiValues').where({ month: input.month }).first('id');
  let id: number;
  if (input.id === undefined) {
    if (same) throw fieldError('month', `Månad: KPI för ${input.month} finns redan; ändra det befintliga värdet.`);
    id = (await createRecord(ctx, KPI, { month: input.month, value: input.value })).id;
  } else {
    if (input.version === undefined) throw new AppError('VALIDATION', 'Version saknas för ändringen.');
    if (same && same.id !== input.id) throw fieldError('month', `Månad: KPI för ${input.month} finns redan.`);
    id = (
      await updateRecord(ctx, KPI, { id: input.id, version: input.version }, { month: input.month, value: input.value })
    ).id;
  }
  await recomputeIndexedLeases(ctx);
  return toKpi(await getRowOrThrow(ctx, KPI, id));
}
