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
import type { WatchItem } from '../../../shared/watch/schema';
import type { ServiceContext } from '../../core/context';
import { likePattern, runList, type ListSpec } from '../../core/listQuery';
import { archiveRecord, createRecord, restoreRecord, updateRecord, type EntityInfo } from '../../core/records';
import { checkHousehold } from '../quotas/refs';
import type { WatchWindow } from '../watch/sources';

export const DISCHARGE: EntityInfo = { table: 'discharges', entity: 'discharge', label: 'Utskrivningen' };

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
  archivedColumn: 'discharges.archivedAt',
  idColumn: 'discharges.id',
  defaultSort: [{ column: 'plannedDate', direction: 'desc' }],
};

function selectDischarges(db: Knex): Knex.QueryBuilder {
  return db('discharges')
    .join('households', 'households.id', 'discharges.householdId')
    .select('discharges.*', 'households.holderName', 'households.holderIdentityMasked');
}

type DischargeDbRow = DischargeRow & { archivedBy?: string | null };

function toRow({ archivedBy: _a, ...rest }: DischargeDbRow): DischargeRow {
  return rest;
}

export async function listDischarges(
  ctx: ServiceContext,
  query: z.output<typeof dischargeListQuerySchema>,
): Promise<ListResult<DischargeRow>> {
  const scoped = (qb: Knex.QueryBuilder) => (query.openOnly ? qb.whereNull('discharges.outcome') : qb);
  const base = scoped(selectDischarges(ctx.db));
  for (const word of query.search.toLocaleLowerCase('sv-SE').replace(/[-*]/g, ' ').split(/\s+/).filter(Boolean)) {
    base.whereRaw(`?? like ? escape '\\'`, ['households.searchText', likePattern(word, 'contains')]);
  }
  const spec: ListSpec = query.search ? listSpec : { ...listSpec, countBase: () => scoped(ctx.db('discharges')) };
  const result = await runList<DischargeDbRow>(base, spec, { ...query, search: '' });
  return { rows: result.rows.map(toRow), total: result.total };
}

export async function getDischarge(ctx: ServiceContext, id: number): Promise<DischargeRow> {
  const row = (await selectDischarges(ctx.db).where('discharges.id', id).first()) as DischargeDbRow | undefined;
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
 * recorded housing arranged for them.
 */
export async function dischargeWatch(ctx: ServiceContext, { today, until }: WatchWindow): Promise<WatchItem[]> {
  const sixtyDays = addDays(today, DISCHARGE_WATCH_DAYS);
  const rows = (await selectDischarges(ctx.db)
    .whereNull('discharges.archivedAt')
    .whereNull('discharges.outcome')
    .where('discharges.plannedDate', '<=', until > sixtyDays ? until : sixtyDays)
    .orderBy('discharges.plannedDate')
    .limit(5000)) as DischargeDbRow[];
  return rows.map((d) => ({
    kind: 'discharge.noHousing',
    date: d.plannedDate,
    daysLeft: daysBetween(today, d.plannedDate),
    title: `${d.holderName} (${d.holderIdentityMasked})`,
    detail: `Skrivs ut från ${dischargeFromLabels[d.fromKind].toLowerCase()}${d.institution ? ` (${d.institution})` : ''} ${d.plannedDate}; ingen bostad ordnad.`,
    entity: 'discharge',
    entityId: d.id,
    route: `utskrivningar/${d.id}`,
  }));
}
