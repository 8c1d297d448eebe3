/**
 * Who could move on: households on a kommunalt kontrakt in force for longer
 * than a number of months (the setting, 24 by default), with FF's flag
 * "redo för utslussning" and a note; and the yearly throughput of moves.
 *
 * Time on contract counts from the start of the contract in force; a
 * household moved between the city's units starts again with its new
 * contract (the plan's 3:6 figure is about the present contracts).
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import { LIVE_STATUSES } from '../../../shared/contracts/schema';
import { addMonths, dateParts } from '../../../shared/core/dates';
import type { ListResult } from '../../../shared/core/listQuery';
import type { CandidateRow, candidateListQuerySchema, Readiness, ThroughputRow } from '../../../shared/moveOns/schema';
import { AppError } from '../../../shared/core/result';
import type { ServiceContext } from '../../core/context';
import { runList, type ListSpec } from '../../core/listQuery';
import type { SqlBoolean } from '../../db/tables';
import type { TableRow } from '../../db/tableRow';
import { createRecord, updateRecord, type EntityInfo } from '../../core/records';
import { bool, checkHousehold } from '../quotas/refs';
import { getSettings } from '../settings/service';

export const READINESS: EntityInfo<'moveOnReadiness'> = {
  table: 'moveOnReadiness',
  entity: 'moveOnReadiness',
  label: 'Utslussningsbedömningen',
};

const listSpec: ListSpec = {
  search: {
    columns: ['municipalContracts.searchText', 'units.searchText', 'households.searchText'],
    joined: true,
    dashesPartWords: true,
  },
  columns: {
    contractNumber: { column: 'municipalContracts.contractNumber', kind: 'text', notNull: true },
    holderName: { column: 'households.holderName', kind: 'text', notNull: true },
    holderIdentityMasked: { column: 'households.holderIdentityMasked', kind: 'text', notNull: true },
    householdSize: { column: 'households.householdSize', kind: 'number', notNull: true },
    unitObjectNumber: { column: 'units.objectNumber', kind: 'text', notNull: true },
    unitAddress: { column: 'units.address', kind: 'text', notNull: true },
    startDate: { column: 'municipalContracts.startDate', kind: 'date', notNull: true },
    // Months on contract sorts as the start date it counts from.
    monthsOnContract: { column: 'municipalContracts.startDate', kind: 'date', notNull: true },
    endsOn: { column: 'municipalContracts.endsOn', kind: 'date', notNull: true },
    readyNote: { column: 'moveOnReadiness.note', kind: 'text' },
    plannedMoveDate: { column: 'moveOns.moveDate', kind: 'date' },
  },
  archivedColumn: 'municipalContracts.archivedAt',
  idColumn: 'municipalContracts.id',
  defaultSort: [{ column: 'startDate', direction: 'asc' }],
};

/** Whole months from `from` to `to` (a month counts once its day has come). */
export function wholeMonths(from: string, to: string): number {
  const a = dateParts(from);
  const b = dateParts(to);
  return Math.max(0, (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0));
}

function selectCandidates(db: Knex): Knex.QueryBuilder {
  // Knex types a join as the intersection of the tables' rows; `status` of two
  // tables (different unions) would make it `never`. The select names each column.
  return db<Record<string, unknown>>('municipalContracts')
    .join('households', 'households.id', 'municipalContracts.householdId')
    .join('units', 'units.id', 'municipalContracts.unitId')
    .leftJoin('moveOnReadiness', 'moveOnReadiness.householdId', 'municipalContracts.householdId')
    .leftJoin<Record<string, unknown>>('moveOns', function joinPlanned() {
      this.on('moveOns.contractId', '=', 'municipalContracts.id')
        .andOnVal('moveOns.status', '=', 'planerad')
        .andOnNull('moveOns.archivedAt');
    })
    .whereIn('municipalContracts.status', LIVE_STATUSES)
    .select(
      'municipalContracts.id',
      'municipalContracts.version as contractVersion',
      'municipalContracts.contractNumber',
      'municipalContracts.status as contractStatus',
      'municipalContracts.householdId',
      'municipalContracts.startDate',
      'municipalContracts.endsOn',
      'households.holderName',
      'households.holderIdentityMasked',
      'households.householdSize',
      'units.objectNumber as unitObjectNumber',
      'units.address as unitAddress',
      'moveOnReadiness.ready',
      'moveOnReadiness.note as readyNote',
      'moveOnReadiness.version as readinessVersion',
      'moveOns.moveDate as plannedMoveDate',
    );
}

/** The select's aliases, over the columns they read. */
type CandidateJoined = Pick<
  TableRow<'municipalContracts'>,
  'id' | 'contractNumber' | 'householdId' | 'startDate' | 'endsOn'
> &
  Pick<TableRow<'households'>, 'holderName' | 'holderIdentityMasked' | 'householdSize'> & {
    contractVersion: number;
    contractStatus: TableRow<'municipalContracts'>['status'];
    unitObjectNumber: string;
    unitAddress: string;
    // The readiness and planned move are left joins: null when there is none.
    ready: SqlBoolean | null;
    readyNote: string | null;
    readinessVersion: number | null;
    plannedMoveDate: string | null;
  };

export async function listCandidates(
  ctx: ServiceContext,
  query: z.output<typeof candidateListQuerySchema>,
): Promise<ListResult<CandidateRow>> {
  const today = ctx.clock.today();
  const minMonths = query.minMonths ?? (await getSettings(ctx, 'onward')).value.moveOnCandidateMonths;
  const cutoff = addMonths(today, -minMonths);
  const scoped = (qb: Knex.QueryBuilder) => {
    // Zero months: every contract in force, those that start later too (issue 13, point 3).
    if (minMonths > 0) qb.where('municipalContracts.startDate', '<=', cutoff);
    if (query.readyOnly) qb.where('moveOnReadiness.ready', true);
    return qb;
  };
  const result = await runList<CandidateJoined>(scoped(selectCandidates(ctx.db)), listSpec, query);
  return {
    rows: result.rows.map((r) => ({
      ...r,
      ready: bool(r.ready),
      readinessVersion: r.readinessVersion ?? 0,
      // A contract that has not started yet has lived on it for no months, not fewer.
      monthsOnContract: Math.max(0, wholeMonths(r.startDate, today)),
    })),
    total: result.total,
  };
}

export async function getReadiness(ctx: ServiceContext, householdId: number): Promise<Readiness> {
  const row = await ctx.db('moveOnReadiness').where({ householdId }).first();
  if (!row) return { householdId, ready: false, note: null, version: 0, updatedAt: null, updatedBy: null };
  return {
    householdId,
    ready: bool(row.ready),
    note: row.note,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

/** FF's flag and note; a record of its own, versioned like any other (0 = none saved yet). */
export async function setReadiness(
  ctx: ServiceContext,
  input: { householdId: number; version: number; ready: boolean; note: string | null },
): Promise<Readiness> {
  await checkHousehold(ctx, input.householdId, 'householdId', 'Hushåll');
  const row = await ctx.db('moveOnReadiness').where({ householdId: input.householdId }).first('id');
  if (!row) {
    if (input.version !== 0) throw new AppError('NOT_FOUND', `${READINESS.label} finns inte längre; ladda om sidan.`);
    await createRecord(ctx, READINESS, { householdId: input.householdId, ready: input.ready, note: input.note });
  } else {
    // Version 0 against a stored row: someone saved first; updateRecord says who.
    await updateRecord(
      ctx,
      READINESS,
      { id: row.id, version: input.version },
      { ready: input.ready, note: input.note },
    );
  }
  return getReadiness(ctx, input.householdId);
}

/** Moves per calendar year of the moving day, with and without guarantee. */
export async function moveOnThroughput(ctx: ServiceContext): Promise<ThroughputRow[]> {
  const rows = (await ctx
    .db('moveOns')
    .whereNull('archivedAt')
    .select(
      ctx.db.raw('substr(??, 1, 4) as ??', ['moveDate', 'year']),
      'status',
      ctx.db.raw('case when ?? is null then 0 else 1 end as ??', ['guaranteeId', 'guaranteed']),
      ctx.db.raw('case when ?? is null then 0 else 1 end as ??', ['placementId', 'quota']),
    )
    .count({ n: '*' })
    .groupByRaw('1, 2, 3, 4')) as {
    year: string;
    status: string;
    guaranteed: number | string;
    quota: number | string;
    n: number | string;
  }[];
  const byYear = new Map<number, ThroughputRow>();
  for (const r of rows) {
    const year = Number(r.year);
    const t = byYear.get(year) ?? { year, withGuarantee: 0, withoutGuarantee: 0, inQuota: 0, planned: 0 };
    const n = Number(r.n);
    if (Number(r.guaranteed) === 1) t.withGuarantee += n;
    else t.withoutGuarantee += n;
    if (Number(r.quota) === 1) t.inQuota += n;
    if (r.status === 'planerad') t.planned += n;
    byYear.set(year, t);
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year);
}
