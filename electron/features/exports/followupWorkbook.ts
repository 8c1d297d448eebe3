/**
 * The follow-up as a workbook: one sheet of figures per action 3:1–3:10
 * and one with Boverket's figures, written by the export jobs like every
 * other workbook. The figures are the model's, the same as the screen's
 * and the printed report's (frozen once approved).
 */
import type { ExportColumn, ExportJob } from '../../../shared/exports/schema';
import type { ServiceContext } from '../../core/context';
import { followupModel } from '../followup/service';
import { appendAudit } from '../../core/audit';
import { createJob, jobView } from './jobs';
import { runJob } from './service';
import type { FixedSheet } from './writeBook';

export async function startFollowupWorkbook(ctx: ServiceContext, year: number): Promise<ExportJob> {
  const model = await followupModel(ctx, year);
  await ctx.db.transaction((trx) =>
    appendAudit(
      { ...ctx, db: trx },
      { entity: 'export', entityId: null, action: 'export', after: { source: 'followup', year, format: 'xlsx' } },
    ),
  );
  const job = createJob(`Uppföljning ${year}${model.approved ? '' : ' (utkast)'} ${ctx.clock.today()}.xlsx`, 'xlsx');
  const columns: ExportColumn[] = [
    { id: 'label', header: 'Nyckeltal', type: 'text' },
    ...model.years.map((y): ExportColumn => ({
      id: `y${y}`,
      header: y === model.year ? `${y} t.o.m. ${model.asOf}` : String(y),
      type: 'number',
    })),
    { id: 'unit', header: 'Enhet', type: 'text' },
    { id: 'definition', header: 'Definition', type: 'text' },
  ];
  const fixed: FixedSheet[] = model.actions.map((action) => ({
    title: `${action.action.replace(':', '.')} ${action.title}`,
    columns,
    rows: action.figures.map((f) => ({
      label: f.label,
      ...Object.fromEntries(model.years.map((y, i) => [`y${y}`, f.values[i]])),
      unit: f.unit,
      definition: f.definition,
    })),
  }));
  fixed.push({
    title: 'Boverket BME',
    columns: [
      { id: 'question', header: 'Uppgift', type: 'text' },
      { id: 'value', header: 'Antal', type: 'number' },
      { id: 'definition', header: 'Definition', type: 'text' },
    ],
    rows: model.boverket.map((b) => ({ ...b })),
  });
  void runJob(ctx, job, { format: 'xlsx', file: job.file, sheets: [], summary: false, fixed });
  return jobView(job);
}
