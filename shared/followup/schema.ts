/**
 * Uppföljning (plan §6): the steering group follows up every action 3:1–3:10
 * each September. The model below is what the screen shows, the printed
 * report prints and the workbook holds; an approved (fastställd) report
 * stores it as it stood, so a reprint gives the same numbers.
 */
import { z } from 'zod';
import { integer, problem } from '../core/fields';
import { mutation, query } from '../core/procedure';

export const FOLLOWUP_ACTIONS = ['3:1', '3:2', '3:3', '3:4', '3:5', '3:6', '3:7', '3:8', '3:9', '3:10'] as const;
export type FollowupAction = (typeof FOLLOWUP_ACTIONS)[number];

/** The plan's titles and responsible departments, as the plan words them. */
export const followupActionInfo: Record<FollowupAction, { title: string; responsible: string }> = {
  '3:1': { title: 'Markanvisningar: 10 % i befintligt bestånd', responsible: 'FF och MEX' },
  '3:2': { title: 'Utskrivning från kriminalvård och behandling till hemlöshet', responsible: 'SOF' },
  '3:3': { title: 'Kommunala kontrakt', responsible: 'FF med SOF, VOF och AMF' },
  '3:4': { title: 'Processen för bostadssociala lägenheter', responsible: 'SOF, AMF, VOF och FF' },
  '3:5': { title: 'Utflytt inom kvot hos Helsingborgshem', responsible: 'FF och Helsingborgshem' },
  '3:6': { title: 'Flyttkedjor till eget förstahandskontrakt', responsible: 'FF' },
  '3:7': { title: 'Stadens hyresrättsbestånd', responsible: 'FF och SLF' },
  '3:8': { title: 'Vräkningsförebyggande arbete', responsible: 'SOF' },
  '3:9': { title: 'Nyanlända med uppehållstillstånd', responsible: 'FF' },
  '3:10': { title: 'Bostad Först', responsible: 'SOF med AMF och FF' },
};

export const figureSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** How the figure is counted, printed under the table. */
  definition: z.string(),
  unit: z.enum(['antal', 'kr', 'procent']),
  /** One value per year of the model, oldest first; null where it cannot be known. */
  values: z.array(z.number().nullable()),
});
export type Figure = z.infer<typeof figureSchema>;

export const chartSchema = z.object({
  title: z.string(),
  unit: z.enum(['antal', 'kr']),
  categories: z.array(z.string()),
  series: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['bar', 'line']),
      /** Series with the same stack are drawn on top of each other. */
      stack: z.string().optional(),
      /** Drawn against a second axis on the right (e.g. rent beside counts). */
      secondAxis: z.boolean().optional(),
      data: z.array(z.number().nullable()),
    }),
  ),
});
export type Chart = z.infer<typeof chartSchema>;

export const tableSchema = z.object({
  title: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
});

export const actionFollowupSchema = z.object({
  action: z.enum(FOLLOWUP_ACTIONS),
  title: z.string(),
  responsible: z.string(),
  figures: z.array(figureSchema),
  charts: z.array(chartSchema),
  tables: z.array(tableSchema),
  comment: z.string().nullable(),
});
export type ActionFollowup = z.infer<typeof actionFollowupSchema>;

export const boverketRowSchema = z.object({
  /** The figure as Boverket's bostadsmarknadsenkät asks for it. */
  question: z.string(),
  value: z.number(),
  definition: z.string(),
});
export type BoverketRow = z.infer<typeof boverketRowSchema>;

export const followupModelSchema = z.object({
  year: z.number().int(),
  /** Figures of the chosen year count up to this date; earlier years are whole. */
  asOf: z.string(),
  years: z.array(z.number().int()),
  actions: z.array(actionFollowupSchema),
  boverket: z.array(boverketRowSchema),
  /** Set when the report is fastställd: then the model is the frozen one. */
  approved: z.object({ at: z.string(), by: z.string() }).nullable(),
});
export type FollowupModel = z.infer<typeof followupModelSchema>;

/** The model with each chart drawn (SVG from the back end, the same as in print). */
export const followupViewSchema = followupModelSchema.extend({
  chartSvgs: z.record(z.string(), z.array(z.string())),
});
export type FollowupView = z.infer<typeof followupViewSchema>;

const yearField = integer('År', { min: 2000, max: 2100 });

export const followupCommentInputSchema = z.object({
  year: yearField,
  action: z.enum(FOLLOWUP_ACTIONS, { error: problem('Åtgärd', 'välj en av planens åtgärder') }),
  comment: z.string().trim().max(8000, problem('Kommentar', 'högst 8000 tecken')),
  /** The version the edit started from; 0 when there was no comment. */
  version: z.number().int().min(0),
});

export const followupCommentSchema = z.object({
  /** The stored row's id: the form reads the comment again by it after a conflict. */
  id: z.number().int(),
  year: z.number().int(),
  action: z.enum(FOLLOWUP_ACTIONS),
  comment: z.string(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type FollowupComment = z.infer<typeof followupCommentSchema>;

export const approvedReportSchema = z.object({
  year: z.number().int(),
  asOf: z.string(),
  approvedAt: z.string(),
  approvedBy: z.string(),
});
export type ApprovedReport = z.infer<typeof approvedReportSchema>;

export const followupProcedures = {
  'followup.view': query(z.object({ year: yearField }), followupViewSchema),
  'followup.comments': query(z.object({ year: yearField }), z.array(followupCommentSchema)),
  'followup.saveComment': mutation(followupCommentInputSchema, followupCommentSchema),
  'followup.approve': mutation(z.object({ year: yearField }), approvedReportSchema),
  'followup.approved': query(z.object({}), z.array(approvedReportSchema)),
};
