/**
 * Uppföljning: the model of every action 3:1–3:10 for a year, the
 * departments' comments, and approval (fastställ), which freezes the model:
 * an approved year is always read back from `followup_reports`, never
 * recomputed, so later edits, late registrations and gallring leave it as
 * the steering group saw it.
 */
import type { IsoDate } from '../../../shared/core/dates';
import { AppError, fieldError } from '../../../shared/core/result';
import { followupPeriods, periodsSpan } from '../../../shared/followup/periods';
import {
  FOLLOWUP_ACTIONS,
  followupModelSchema,
  type ApprovedReport,
  type FollowupAction,
  type FollowupComment,
  type FollowupModel,
  type FollowupView,
} from '../../../shared/followup/schema';
import type { ServiceContext } from '../../core/context';
import { appendAudit } from '../../core/audit';
import { createRecord, displayNameOf, updateRecord, type EntityInfo } from '../../core/records';
import { getSettings } from '../settings/service';
import { boverketFigures } from './boverket';
import { actionOf, type ActionBuilder, type BuildInput, type StockRow } from './build';
import { chartSvg } from './charts';
import { unitStockAtDates } from './atDates';
import { dischargeAction, evictionAction, moveOnAction, newcomerAction, quotaAction } from './householdActions';
import { bostadForstAction, cityStockAction, contractAction, landAgreementAction, phaseAction } from './stockActions';

export const COMMENT: EntityInfo<'followupComments'> = {
  table: 'followupComments',
  entity: 'followupComment',
  label: 'Kommentaren',
};
export const REPORT: EntityInfo<'followupReports'> = {
  table: 'followupReports',
  entity: 'followupReport',
  label: 'Rapporten',
};

const builders: Record<FollowupAction, ActionBuilder> = {
  '3:1': landAgreementAction,
  '3:2': dischargeAction,
  '3:3': contractAction,
  '3:4': phaseAction,
  '3:5': quotaAction,
  '3:6': moveOnAction,
  '3:7': cityStockAction,
  '3:8': evictionAction,
  '3:9': newcomerAction,
  '3:10': bostadForstAction,
};

function checkYear(ctx: ServiceContext, year: number): void {
  if (year > Number(ctx.clock.today().slice(0, 4)))
    throw fieldError('year', 'År: uppföljningen kan inte göras för ett år som inte har börjat.');
}

/** The figures as of `asOf` (the chosen year counted up to it), computed from the registers. */
export async function computeModel(
  ctx: ServiceContext,
  year: number,
  asOf: IsoDate,
  /** Filled with ms per action when given (the bench). */
  timings?: Record<string, number>,
): Promise<FollowupModel> {
  const periods = followupPeriods(year, asOf);
  const [onward, followup] = await Promise.all([getSettings(ctx, 'onward'), getSettings(ctx, 'followup')]);
  // The dates 3:7 and 3:10 ask the unit stock for (each period's end and the year-end before it), in one scan.
  const stockDates = [...new Set(periods.flatMap((p) => [`${p.year - 1}-12-31`, p.last]))];
  let stock: Promise<Map<string, StockRow[]>> | null = null;
  const input: BuildInput = {
    stockAt: async (date) => {
      stock ??= unitStockAtDates(ctx.db, stockDates);
      return (await stock).get(date) ?? (await unitStockAtDates(ctx.db, [date])).get(date)!;
    },
    ctx,
    periods,
    current: periods[periods.length - 1]!,
    settings: {
      establishmentMonths: onward.value.establishmentMonths,
      bostadForstGoalPerYear: followup.value.bostadForstGoalPerYear,
    },
  };
  const comments = new Map((await listComments(ctx, year)).map((c) => [c.action, c.comment]));
  const actions = [];
  for (const action of FOLLOWUP_ACTIONS) {
    const started = performance.now();
    actions.push({ ...actionOf(action, await builders[action](input)), comment: comments.get(action) ?? null });
    if (timings) timings[action] = Math.round(performance.now() - started);
  }
  const started = performance.now();
  const boverket = boverketFigures(input.current, actions);
  if (timings) timings['boverket'] = Math.round(performance.now() - started);
  return {
    year,
    asOf: periodsSpan(periods).last,
    years: periods.map((p) => p.year),
    actions,
    boverket,
    approved: null,
  };
}

async function frozenModel(ctx: ServiceContext, year: number): Promise<FollowupModel | null> {
  const row = await ctx.db('followupReports').where({ year }).first('model');
  return row ? followupModelSchema.parse(JSON.parse(row.model)) : null;
}

/** The year's report: the frozen one once approved, else computed as of today. */
export async function followupModel(ctx: ServiceContext, year: number): Promise<FollowupModel> {
  checkYear(ctx, year);
  return (await frozenModel(ctx, year)) ?? computeModel(ctx, year, ctx.clock.today());
}

export function chartSvgsOf(model: FollowupModel): Record<string, string[]> {
  return Object.fromEntries(model.actions.map((a) => [a.action, a.charts.map((c) => chartSvg(c))]));
}

export async function followupView(ctx: ServiceContext, year: number): Promise<FollowupView> {
  const model = await followupModel(ctx, year);
  return { ...model, chartSvgs: chartSvgsOf(model) };
}

export async function listComments(ctx: ServiceContext, year: number): Promise<FollowupComment[]> {
  return await ctx
    .db('followupComments')
    .where({ year })
    .select('id', 'year', 'action', 'comment', 'version', 'updatedAt', 'updatedBy');
}

async function refuseIfApproved(ctx: ServiceContext, year: number): Promise<void> {
  const report = await ctx.db('followupReports').where({ year }).first('approvedAt', 'approvedBy');
  if (report)
    throw new AppError(
      'VALIDATION',
      `Rapporten för ${year} är fastställd ${report.approvedAt.slice(0, 10)} av ${await displayNameOf(ctx, report.approvedBy)} och kan inte ändras.`,
    );
}

export async function saveComment(
  ctx: ServiceContext,
  input: { year: number; action: FollowupAction; comment: string; version: number },
): Promise<FollowupComment> {
  checkYear(ctx, input.year);
  await refuseIfApproved(ctx, input.year);
  const existing = await ctx
    .db('followupComments')
    .where({ year: input.year, action: input.action })
    .first('id', 'version');
  if (!existing) {
    if (input.version !== 0) throw new AppError('NOT_FOUND', 'Kommentaren finns inte längre; ladda om sidan.');
    await createRecord(ctx, COMMENT, { year: input.year, action: input.action, comment: input.comment });
  } else {
    // version 0 against a stored comment: someone wrote first; updateRecord reports who.
    await updateRecord(ctx, COMMENT, { id: existing.id, version: input.version }, { comment: input.comment });
  }
  const saved = (await listComments(ctx, input.year)).find((c) => c.action === input.action);
  return saved!;
}

/** Fastställ: freezes the year's model as of today; audited with who and when. */
export async function approveReport(ctx: ServiceContext, year: number): Promise<ApprovedReport> {
  checkYear(ctx, year);
  await refuseIfApproved(ctx, year);
  const asOf = ctx.clock.today();
  const approvedAt = ctx.clock.now();
  const approvedBy = await displayNameOf(ctx, ctx.actor.login);
  const model: FollowupModel = {
    ...(await computeModel(ctx, year, asOf)),
    approved: { at: approvedAt, by: approvedBy },
  };
  const row = await createRecord(ctx, REPORT, {
    year,
    asOf: model.asOf,
    model: JSON.stringify(model),
    approvedAt,
    approvedBy: ctx.actor.login,
  });
  await appendAudit(ctx, {
    entity: REPORT.entity,
    entityId: row.id,
    action: 'approve',
    after: { year, asOf: model.asOf },
  });
  return { year, asOf: model.asOf, approvedAt, approvedBy };
}

export async function approvedReports(ctx: ServiceContext): Promise<ApprovedReport[]> {
  const rows = await ctx
    .db('followupReports')
    .orderBy('year', 'desc')
    .select('year', 'asOf', 'approvedAt', 'approvedBy');
  return Promise.all(rows.map(async (r) => ({ ...r, approvedBy: await displayNameOf(ctx, r.approvedBy) })));
}
