/**
 * Utskrivningar (plan 3:2): the register, its list, and Bevakning's
 * discharges within 60 days with no housing arranged.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import { addDays, daysBetween } from '../../../shared/core/dates';
import type { ListResult } from '../../../shared/core/listQuery';
import type { RecordRef } from '../../../shared/core/record';
import { AppError } from '../../../shared/core/result';
import {
  DISCHARGE_WATCH_DAYS,
  dischargeFromLabels,
  dischargeLabels,
  type dischargeListQuerySchema,
  type DischargeRow,
  type DischargeValues,
} from '../../../shared/discharges/schema';
import type { ServiceContext } from '../../core/context';
import { runList, type ListSpec } from '../../core/listQuery';
import { archiveRecord, createRecord, restoreRecord, updateRecord, type EntityInfo } from '../../core/records';
import { joinedRows, type TableRow } from '../../db/tableRow';
import { checkHousehold } from '../quotas/refs';
import { runWatchKind } from '../watch/kindQuery';
import type { WatchKindResult, WatchWindow } from '../watch/sources';

export const DISCHARGE: EntityInfo<'discharges'> = { table: 'discharges', entity: 'discharge', label: 'Utskrivningen' };

const listSpec: ListSpec = {
  columns: {
    holderName: { column: 'households.holderName', kind: 'text', notNull: true, joined: true },
    holderIdentityMasked: { column: 'households.holderIdentityMasked', kind: 'text', notNull: true, joined: true },
    plannedDate: { column: 'discharges.plannedDate', kind: 'date', notNull: true },
    fromKind: { column: 'discharges.fromKind', kind: 'text', notNull: true },
    institution: { column: 'discharges.institution', kind: 'text' },
    outcome: { column: 'discharges.outcome', kind: 'text' },
    outcomeDate: { column: 'discharges.outcomeDate', kind: 'date' },
    updatedAt: { column: 'discharges.updatedAt', kind: 'text', notNull: true },
  },
  search: { columns: ['households.searchText'], joined: true, dashesPartWords: true },
  archivedColumn: 'discharges.archivedAt',
  idColumn: 'discharges.id',
  defaultSort: [{ column: 'plannedDate', direction: 'desc' }],
};

type DischargeJoined = TableRow<'discharges'> & Pick<TableRow<'households'>, 'holderName' | 'holderIdentityMasked'>;

function selectDischarges(db: Knex): Knex.QueryBuilder<DischargeJoined, DischargeJoined[]> {
  return joinedRows(
    db('discharges')
      .join('households', 'households.id', 'discharges.householdId')
      .select('discharges.*', 'households.holderName', 'households.holderIdentityMasked'),
  );
}

function toRow({ archivedBy: _a, ...rest }: DischargeJoined): DischargeRow {
  return rest;
}

/** The list's rows before paging, its spec and the query left to apply: the list and its export read the same view. */
export function dischargeListView(
  ctx: ServiceContext,
  query: z.output<typeof dischargeListQuerySchema>,
): { base: Knex.QueryBuilder; spec: ListSpec; query: z.output<typeof dischargeListQuerySchema> } {
  const scoped = (qb: Knex.QueryBuilder) => (query.openOnly ? qb.whereNull('discharges.outcome') : qb);
  const spec: ListSpec = { ...listSpec, countBase: () => scoped(ctx.db('discharges')) };
  return { base: scoped(selectDischarges(ctx.db)), spec, query };
}

export async function listDischarges(
  ctx: ServiceContext,
  query: z.output<typeof dischargeListQuerySchema>,
): Promise<ListResult<DischargeRow>> {
  const view = dischargeListView(ctx, query);
  const result = await runList<DischargeJoined>(view.base, view.spec, view.query);
  return { rows: result.rows.map(toRow), total: result.total };
}

export async function getDischarge(ctx: ServiceContext, id: number): Promise<DischargeRow> {
  const row = await selectDischarges(ctx.db).where('discharges.id', id).first();
  if (!row) throw new AppError('NOT_FOUND', `${DISCHARGE.label} finns inte (id ${id}).`);
  return toRow(row);
}

export async function createDischarge(ctx: ServiceContext, values: DischargeValues): Promise<DischargeRow> {
  await checkHousehold(ctx, values.householdId, 'householdId', dischargeLabels.householdId);
  const row = await createRecord(ctx, DISCHARGE, values);
  return getDischarge(ctx, row.id);
}

export async function updateDischarge(ctx: ServiceContext, input: DischargeValues & RecordRef): Promise<DischargeRow> {
  const { id, version, ...values } = input;
  await checkHousehold(ctx, values.householdId, 'householdId', dischargeLabels.householdId);
  await updateRecord(ctx, DISCHARGE, { id, version }, values);
  return getDischarge(ctx, id);
}

export async function archiveDischarge(ctx: ServiceContext, ref: RecordRef): Promise<DischargeRow> {
  await archiveRecord(ctx, DISCHARGE, ref);
  return getDischarge(ctx, ref.id);
}

export async function restoreDischarge(ctx: ServiceContext, ref: RecordRef): Promise<DischargeRow> {
  await restoreRecord(ctx, DISCHARGE, ref);
  return getDischarge(ctx, ref.id);
}

/**
 * Bevakning: planned discharges from today to 60 days ahead (or the
 * horizon, when longer), and overdue ones, with no outcome yet: nobody has
 * recorded housing arranged for them. Counted exactly; only the rows listed
 * are joined and read.
 */
export async function dischargeWatch(ctx: ServiceContext, window: WatchWindow): Promise<WatchKindResult[]> {
  const { today, until } = window;
  const sixtyDays = addDays(today, DISCHARGE_WATCH_DAYS);
  const rows = ctx
    .db('discharges')
    .whereNull('discharges.archivedAt')
    .whereNull('discharges.outcome')
    .where('discharges.plannedDate', '<=', until > sixtyDays ? until : sixtyDays);
  return [
    await runWatchKind<DischargeJoined>(ctx, window, {
      kind: 'discharge.noHousing',
      rows,
      columns: (qb) =>
        qb
          .join('households', 'households.id', 'discharges.householdId')
          .select('discharges.*', 'households.holderName', 'households.holderIdentityMasked'),
      dateColumn: 'discharges.plannedDate',
      idColumn: 'discharges.id',
      toItem: (d) => ({
        kind: 'discharge.noHousing',
        date: d.plannedDate,
        daysLeft: daysBetween(today, d.plannedDate),
        title: `${d.holderName} (${d.holderIdentityMasked})`,
        detail: `Skrivs ut från ${dischargeFromLabels[d.fromKind].toLowerCase()}${d.institution ? ` (${d.institution})` : ''} ${d.plannedDate}; ingen bostad ordnad.`,
        entity: 'discharge',
        entityId: d.id,
        route: `utskrivningar/${d.id}`,
      }),
    }),
  ];
}
