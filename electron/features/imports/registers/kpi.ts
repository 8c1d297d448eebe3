/** The KPI table from a list (month, value), matched on month; KPI-indexed leases follow in the same write. */
import { importFields } from '../../../../shared/imports/registers';
import { kpiSaveSchema } from '../../../../shared/leases/schema';
import type { ServiceContext } from '../../../core/context';
import { createRecords, updateRecord } from '../../../core/records';
import { KPI } from '../../leases/kpi';
import { recomputeIndexedLeases } from '../../leases/derivedRefresh';
import { readFields, sameValues, schemaProblems } from '../cells';
import { fetchWhereIn, refused, refuseDuplicateKeys, type BatchRecord, type PlannedRow, type Planner } from '../plan';

type KpiDbRow = { id: number; version: number; month: string; value: number };

export const planKpi: Planner = async (ctx, rows) => {
  const read = rows.map((row) => ({ row, ...readFields(importFields.kpi, row, ctx.clock.today()) }));
  const months = read.map((r) => r.values['month']).filter((m): m is string => typeof m === 'string');
  const existing = new Map((await fetchWhereIn<KpiDbRow>(ctx, 'kpiValues', 'month', months)).map((k) => [k.month, k]));
  const work: { planned: PlannedRow; values?: { month: string; value: number }; current?: KpiDbRow }[] = [];
  for (const { row, values, problems } of read) {
    const key = typeof values['month'] === 'string' ? values['month'] : null;
    if (problems.length > 0) {
      work.push({ planned: refused(row, key, problems) });
      continue;
    }
    const parsed = kpiSaveSchema.safeParse({ month: values['month'], value: values['value'] });
    if (!parsed.success) {
      work.push({ planned: refused(row, key, schemaProblems(parsed.error.issues)) });
      continue;
    }
    const current = existing.get(parsed.data.month);
    const outcome = !current ? 'new' : sameValues(current, parsed.data) ? 'unchanged' : 'update';
    work.push({
      planned: { rowNumber: row.rowNumber, outcome, key, problems: [], texts: row.texts, creates: [] },
      values: { month: parsed.data.month, value: parsed.data.value },
      ...(current ? { current } : {}),
    });
  }
  const planned = work.map((w) => w.planned);
  refuseDuplicateKeys(planned, 'month', 'Månad');
  return {
    rows: planned,
    async write(wctx: ServiceContext, accepted) {
      const chosen = work.filter((w) => accepted.has(w.planned.rowNumber) && w.planned.outcome !== 'refused');
      const created = await createRecords(
        wctx,
        KPI,
        chosen.filter((w) => w.planned.outcome === 'new').map((w) => w.values!),
      );
      const records: BatchRecord[] = created.map((r) => ({
        entity: KPI.entity,
        entityId: r.id,
        action: 'create',
        versionAfter: 1,
        before: null,
      }));
      for (const w of chosen.filter((c) => c.planned.outcome === 'update')) {
        const after = await updateRecord(wctx, KPI, { id: w.current!.id, version: w.current!.version }, w.values!);
        records.push({
          entity: KPI.entity,
          entityId: after.id,
          action: 'update',
          versionAfter: after.version,
          before: w.current,
        });
      }
      // Once for the whole table, not once per month.
      if (chosen.length > 0) await recomputeIndexedLeases(wctx);
      return records;
    },
  };
};
