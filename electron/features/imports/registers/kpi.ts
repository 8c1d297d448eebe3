/** The KPI table from a list (month, value), matched on month; KPI-indexed leases follow in the same write. */
import { importFields } from '../../../../shared/imports/registers';
import { kpiSaveSchema } from '../../../../shared/leases/schema';
import type { ServiceContext } from '../../../core/context';
import type { TableRow } from '../../../db/tableRow';
import { updateRecord } from '../../../core/records';
import { KPI } from '../../leases/kpi';
import { recomputeIndexedLeases } from '../../leases/derivedRefresh';
import { readFields, sameValues, schemaProblems } from '../cells';
import {
  fetchWhereIn,
  refused,
  refuseDuplicateKeys,
  type PlannedWork,
  type Planner,
  writeNewAndChanged,
} from '../plan';

export const planKpi: Planner = async (ctx, rows) => {
  const read = rows.map((row) => ({ row, ...readFields(importFields.kpi, row, ctx.clock.today()) }));
  const months = read.map((r) => r.values['month']).filter((m): m is string => typeof m === 'string');
  const existing = new Map((await fetchWhereIn(ctx, 'kpiValues', 'month', months)).map((k) => [k.month, k]));
  const work: PlannedWork<{ month: string; value: number }, TableRow<'kpiValues'>>[] = [];
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
    async write(wctx: ServiceContext, accepted, progress) {
      const { records, written } = await writeNewAndChanged(wctx, work, accepted, progress, {
        info: KPI,
        columns: (values) => values,
        update: (c, values, current) => updateRecord(c, KPI, { id: current.id, version: current.version }, values),
      });
      // Once for the whole table, not once per month.
      if (written.length > 0) await recomputeIndexedLeases(wctx);
      return records;
    },
  };
};
