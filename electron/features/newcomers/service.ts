/**
 * Nyanlända: settlement records, one per household, and the end of each
 * establishment period worked out from the settlement date and the
 * configured length (never stored, so a change of the law's period is one
 * setting). "Ending within six months" is turned into a range of settlement
 * dates, so the list and Bevakning stay one indexed query.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import { addMonths, daysBetween, type IsoDate } from '../../../shared/core/dates';
import type { ListResult } from '../../../shared/core/listQuery';
import type { RecordRef } from '../../../shared/core/record';
import { AppError, fieldError } from '../../../shared/core/result';
import { endsWithin, establishmentPeriodEnd, settlementDatesEndingBetween } from '../../../shared/guarantees/rules';
import {
  ESTABLISHMENT_REVIEW_MONTHS,
  newcomerLabels,
  type newcomerListQuerySchema,
  type NewcomerRow,
  type NewcomerValues,
} from '../../../shared/newcomers/schema';
import type { ServiceContext } from '../../core/context';
import { runList, type ListSpec } from '../../core/listQuery';
import { archiveRecord, createRecord, restoreRecord, updateRecord, type EntityInfo } from '../../core/records';
import { checkHousehold } from '../quotas/refs';
import { getSettings } from '../settings/service';
import type { WatchKindQuery } from '../watch/kindQuery';
import { joinedRows, type TableRow } from '../../db/tableRow';

export const NEWCOMER: EntityInfo<'newcomerSettlements'> = {
  table: 'newcomerSettlements',
  entity: 'newcomer',
  label: 'Bosättningen',
};

const LIVE = ['aktivt', 'uppsagt'];

const listSpec: ListSpec = {
  search: { columns: ['households.searchText'], joined: true, dashesPartWords: true },
  columns: {
    holderName: { column: 'households.holderName', kind: 'text', notNull: true, joined: true },
    holderIdentityMasked: { column: 'households.holderIdentityMasked', kind: 'text', notNull: true, joined: true },
    householdSize: { column: 'households.householdSize', kind: 'number', notNull: true, joined: true },
    assignmentDate: { column: 'newcomerSettlements.assignmentDate', kind: 'date', notNull: true },
    settlementDate: { column: 'newcomerSettlements.settlementDate', kind: 'date', notNull: true },
    // The end follows the settlement date, in the same order.
    establishmentEnd: { column: 'newcomerSettlements.settlementDate', kind: 'date', notNull: true },
    daysLeft: { column: 'newcomerSettlements.settlementDate', kind: 'date', notNull: true },
    updatedAt: { column: 'newcomerSettlements.updatedAt', kind: 'text', notNull: true },
  },
  archivedColumn: 'newcomerSettlements.archivedAt',
  idColumn: 'newcomerSettlements.id',
  defaultSort: [{ column: 'settlementDate', direction: 'asc' }],
};

function selectNewcomers(db: Knex): Knex.QueryBuilder<NewcomerJoined, NewcomerJoined[]> {
  return joinedRows(newcomerColumns(db, db('newcomerSettlements')));
}

/** The joins and columns of a newcomer's row, over settlements already filtered. */
function newcomerColumns(db: Knex, settlements: Knex.QueryBuilder): Knex.QueryBuilder {
  const currentContract = db('municipalContracts')
    .whereRaw('?? = ??', ['municipalContracts.householdId', 'newcomerSettlements.householdId'])
    .whereIn('municipalContracts.status', LIVE)
    .orderBy('municipalContracts.startDate', 'desc')
    .limit(1)
    .select('municipalContracts.contractNumber');
  return settlements
    .join('households', 'households.id', 'newcomerSettlements.householdId')
    .select(
      'newcomerSettlements.*',
      'households.holderName',
      'households.holderIdentityMasked',
      'households.householdSize',
      currentContract.as('currentContractNumber'),
    );
}

type NewcomerJoined = TableRow<'newcomerSettlements'> &
  Pick<TableRow<'households'>, 'holderName' | 'holderIdentityMasked' | 'householdSize'> & {
    currentContractNumber: string | null;
  };

function toRow(row: NewcomerJoined, today: string, months: number): NewcomerRow {
  const { archivedBy: _a, ...rest } = row;
  const establishmentEnd = establishmentPeriodEnd(row.settlementDate, months);
  return {
    ...rest,
    establishmentEnd,
    daysLeft: daysBetween(today, establishmentEnd),
    endingSoon: endsWithin(establishmentEnd, today, ESTABLISHMENT_REVIEW_MONTHS),
  };
}

async function establishmentMonths(ctx: ServiceContext): Promise<number> {
  return (await getSettings(ctx, 'onward')).value.establishmentMonths;
}

/** Settlement dates whose period ends within the review window from today. */
export function endingSoonRange(today: string, months: number): { first: string; last: string } {
  return settlementDatesEndingBetween(today, addMonths(today, ESTABLISHMENT_REVIEW_MONTHS), months);
}

export async function listNewcomers(
  ctx: ServiceContext,
  query: z.output<typeof newcomerListQuerySchema>,
): Promise<ListResult<NewcomerRow>> {
  const today = ctx.clock.today();
  const months = await establishmentMonths(ctx);
  const scoped = (qb: Knex.QueryBuilder) => {
    if (query.endingSoon) {
      const range = endingSoonRange(today, months);
      qb.whereBetween('newcomerSettlements.settlementDate', [range.first, range.last]);
    }
    return qb;
  };
  const spec: ListSpec = { ...listSpec, countBase: () => scoped(ctx.db('newcomerSettlements')) };
  const result = await runList<NewcomerJoined>(scoped(selectNewcomers(ctx.db)), spec, query);
  return { rows: result.rows.map((r) => toRow(r, today, months)), total: result.total };
}

export async function getNewcomer(ctx: ServiceContext, id: number): Promise<NewcomerRow> {
  const row = await selectNewcomers(ctx.db).where('newcomerSettlements.id', id).first();
  if (!row) throw new AppError('NOT_FOUND', `${NEWCOMER.label} finns inte (id ${id}).`);
  return toRow(row, ctx.clock.today(), await establishmentMonths(ctx));
}

export async function newcomerOfHousehold(ctx: ServiceContext, householdId: number): Promise<NewcomerRow | null> {
  const row = await selectNewcomers(ctx.db).where('newcomerSettlements.householdId', householdId).first();
  return row ? toRow(row, ctx.clock.today(), await establishmentMonths(ctx)) : null;
}

async function checkNewcomer(ctx: ServiceContext, values: NewcomerValues, id: number | null): Promise<void> {
  await checkHousehold(ctx, values.householdId, 'householdId', newcomerLabels.householdId);
  const other = await ctx
    .db('newcomerSettlements')
    .where({ householdId: values.householdId })
    .whereNot('id', id ?? 0)
    .first('id');
  if (other)
    throw fieldError(
      'householdId',
      `${newcomerLabels.householdId}: hushållets bosättning är redan registrerad; ändra den i stället.`,
    );
  if (values.assignmentDate > ctx.clock.today()) {
    throw fieldError('assignmentDate', `${newcomerLabels.assignmentDate}: kan inte ligga i framtiden.`);
  }
}

export async function createNewcomer(ctx: ServiceContext, values: NewcomerValues): Promise<NewcomerRow> {
  await checkNewcomer(ctx, values, null);
  const row = await createRecord(ctx, NEWCOMER, values);
  return getNewcomer(ctx, row.id);
}

export async function updateNewcomer(ctx: ServiceContext, input: NewcomerValues & RecordRef): Promise<NewcomerRow> {
  const { id, version, ...values } = input;
  await checkNewcomer(ctx, values, id);
  await updateRecord(ctx, NEWCOMER, { id, version }, values);
  return getNewcomer(ctx, id);
}

export async function archiveNewcomer(ctx: ServiceContext, ref: RecordRef): Promise<NewcomerRow> {
  await archiveRecord(ctx, NEWCOMER, ref);
  return getNewcomer(ctx, ref.id);
}

export async function restoreNewcomer(ctx: ServiceContext, ref: RecordRef): Promise<NewcomerRow> {
  await restoreRecord(ctx, NEWCOMER, ref);
  return getNewcomer(ctx, ref.id);
}

/** Periods ending from today to `until` (at least the plan's six months): Bevakning. */
/**
 * The settlements whose establishment period ends between today and the
 * horizon (six months at least), as a watch kind: the period's end follows
 * the settlement date in the same order, so the settlement date orders the
 * kind and the count is exact however many there are.
 */
export async function establishmentEndingKind(
  ctx: ServiceContext,
  today: IsoDate,
  until: IsoDate,
): Promise<
  Pick<WatchKindQuery<NewcomerJoined>, 'rows' | 'columns' | 'dateColumn' | 'idColumn' | 'itemDate'> & {
    row(r: NewcomerJoined): NewcomerRow;
  }
> {
  const months = await establishmentMonths(ctx);
  const sixMonths = addMonths(today, ESTABLISHMENT_REVIEW_MONTHS);
  const range = settlementDatesEndingBetween(today, until > sixMonths ? until : sixMonths, months);
  return {
    rows: ctx
      .db('newcomerSettlements')
      .whereNull('newcomerSettlements.archivedAt')
      .whereBetween('newcomerSettlements.settlementDate', [range.first, range.last]),
    columns: (qb) => newcomerColumns(ctx.db, qb),
    dateColumn: 'newcomerSettlements.settlementDate',
    idColumn: 'newcomerSettlements.id',
    // Every settlement in the range ends today or later: none is overdue.
    itemDate: { of: (settled) => establishmentPeriodEnd(settled, months), overdueBefore: range.first },
    row: (r) => toRow(r, today, months),
  };
}
