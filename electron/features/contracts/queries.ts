/** Reading kommunala kontrakt: the list, one contract, a unit's or a household's, the phase history. */
import type { Knex } from 'knex';
import type { z } from 'zod';
import { addDays, daysBetween } from '../../../shared/core/dates';
import type { ListResult } from '../../../shared/core/listQuery';
import { AppError } from '../../../shared/core/result';
import { responsibleDepartment } from '../../../shared/contracts/rules';
import {
  LIVE_STATUSES,
  type ContractRow,
  type ContractSummary,
  type PhaseMove,
  type contractListQuerySchema,
} from '../../../shared/contracts/schema';
import type { ServiceContext } from '../../core/context';
import { runList, type ListSpec } from '../../core/listQuery';
import type { EntityInfo } from '../../core/records';
import { joinedRows, type TableRow } from '../../db/tableRow';

export const CONTRACT: EntityInfo<'municipalContracts'> = {
  table: 'municipalContracts',
  entity: 'contract',
  label: 'Kontraktet',
};

/** Statuses before the end: a draft, or a contract the household lives under. */
export const OPEN_STATUSES = ['utkast', 'aktivt', 'uppsagt'] as const;

/**
 * The grid's columns. Most never hold null (`notNull`): the sort needs no
 * "empty last" term and SQLite walks an index instead of sorting every
 * contract (the default order, by number, is an index walk). Columns from
 * joined tables are marked, so a count without them skips the joins.
 */
const listSpec: ListSpec = {
  // The contract number, the unit (number, address, place) and the household (names, birth dates).
  search: { columns: ['municipalContracts.searchText', 'units.searchText', 'households.searchText'], joined: true },
  columns: {
    contractNumber: { column: 'municipalContracts.contractNumber', kind: 'text', notNull: true },
    status: { column: 'municipalContracts.status', kind: 'set', notNull: true },
    phase: { column: 'municipalContracts.phase', kind: 'set', notNull: true },
    unitObjectNumber: { column: 'units.objectNumber', kind: 'text', notNull: true, joined: true },
    unitAddress: { column: 'units.address', kind: 'text', notNull: true, joined: true },
    holderName: { column: 'households.holderName', kind: 'text', notNull: true, joined: true },
    holderIdentityMasked: { column: 'households.holderIdentityMasked', kind: 'text', notNull: true, joined: true },
    referringDepartmentCode: { column: 'departments.code', kind: 'text', notNull: true, joined: true },
    leaseNumber: { column: 'leases.leaseNumber', kind: 'text', joined: true },
    leaseLandlordName: {
      column: 'leaseLandlords.name',
      kind: 'text',
      joined: true,
      sortColumn: 'leaseLandlords.nameSort',
    },
    leaseEndsOn: { column: 'leases.endsOn', kind: 'date', joined: true },
    startDate: { column: 'municipalContracts.startDate', kind: 'date', notNull: true },
    endDate: { column: 'municipalContracts.endDate', kind: 'date', notNull: true },
    endsOn: { column: 'municipalContracts.endsOn', kind: 'date', notNull: true },
    // Days left sorts and filters as the date it counts to.
    daysLeft: { column: 'municipalContracts.endsOn', kind: 'date', notNull: true },
    monthlyRent: { column: 'municipalContracts.monthlyRent', kind: 'number', notNull: true },
    waiverStatus: { column: 'municipalContracts.waiverStatus', kind: 'set', notNull: true },
    waiverDecisionDate: { column: 'municipalContracts.waiverDecisionDate', kind: 'date' },
    landlordNotifiedDate: { column: 'municipalContracts.landlordNotifiedDate', kind: 'date' },
    endReason: { column: 'municipalContracts.endReason', kind: 'set' },
    updatedAt: { column: 'municipalContracts.updatedAt', kind: 'text', notNull: true },
  },
  archivedColumn: 'municipalContracts.archivedAt',
  idColumn: 'municipalContracts.id',
  defaultSort: [{ column: 'contractNumber', direction: 'desc' }],
};

type ContractJoined = TableRow<'municipalContracts'> &
  Pick<TableRow<'households'>, 'holderName' | 'holderIdentityMasked'> & {
    unitObjectNumber: string;
    unitAddress: string;
    unitOwnerType: TableRow<'units'>['ownerType'];
    referringDepartmentCode: string;
    // The lease and its landlord are left joins: null when the contract sits on no lease.
    leaseNumber: string | null;
    leaseLandlordName: string | null;
    leaseStartDate: string | null;
    leaseEndsOn: string | null;
    leaseSubletNotified: TableRow<'leases'>['subletNotified'] | null;
    leaseSubletNotifiedDate: string | null;
  };

function selectContracts(db: Knex): Knex.QueryBuilder<ContractJoined, ContractJoined[]> {
  // Knex types a join as the intersection of the tables' rows; `status` of two
  // tables (different unions) would make it `never`. The select names each column.
  return joinedRows(
    db<Record<string, unknown>>('municipalContracts')
      .join('units', 'units.id', 'municipalContracts.unitId')
      .join('households', 'households.id', 'municipalContracts.householdId')
      .join('departments', 'departments.id', 'municipalContracts.referringDepartmentId')
      .leftJoin('leases', 'leases.id', 'municipalContracts.leaseId')
      .leftJoin('organisations as leaseLandlords', 'leaseLandlords.id', 'leases.landlordId')
      .select(
        'municipalContracts.*',
        'units.objectNumber as unitObjectNumber',
        'units.address as unitAddress',
        'units.ownerType as unitOwnerType',
        'households.holderName',
        'households.holderIdentityMasked',
        'departments.code as referringDepartmentCode',
        'leases.leaseNumber',
        'leaseLandlords.name as leaseLandlordName',
        'leases.startDate as leaseStartDate',
        'leases.endsOn as leaseEndsOn',
        'leases.subletNotified as leaseSubletNotified',
        'leases.subletNotifiedDate as leaseSubletNotifiedDate',
      ),
  );
}

/**
 * Contracts in force whose landlord has not been told of the sublet
 * (12 kap. 39 § JB), the one rule behind the list filter, the start page
 * and Bevakning. A unit is rented when the contract sits on a lease, or
 * when a landlord owns it and no lease is registered. The landlord counts
 * as told when the contract has its date, or the lease says the landlord
 * was told of subletting for the whole lease (shared/contracts/leaseLink.ts,
 * `landlordToldOn`). Written with subqueries only, so it needs no join and
 * a count can run on the contracts table alone.
 */
export function whereLandlordNotTold(qb: Knex.QueryBuilder, db: Knex): void {
  qb.whereIn('municipalContracts.status', LIVE_STATUSES)
    .whereNull('municipalContracts.landlordNotifiedDate')
    .where((rented) => {
      rented
        .whereExists(
          db('leases as toldLease')
            .whereRaw('?? = ??', ['toldLease.id', 'municipalContracts.leaseId'])
            .where('toldLease.subletNotified', false)
            .select(db.raw('1')),
        )
        .orWhere((owned) => {
          owned
            .whereNull('municipalContracts.leaseId')
            .whereExists(
              db('units as ownedUnit')
                .whereRaw('?? = ??', ['ownedUnit.id', 'municipalContracts.unitId'])
                .where('ownedUnit.ownerType', 'hyresvard')
                .select(db.raw('1')),
            );
        });
    });
}

function toContractRow(row: ContractJoined, today: string): ContractRow {
  const {
    searchText: _s,
    archivedBy: _a,
    unitOwnerType,
    acknowledgedWarnings,
    leaseSubletNotified,
    leaseSubletNotifiedDate,
    ...rest
  } = row;
  return {
    ...rest,
    leaseSubletNotifiedDate: leaseSubletNotified ? leaseSubletNotifiedDate : null,
    monthlyRent: Number(row.monthlyRent),
    acknowledgedWarnings: acknowledgedWarnings ? (JSON.parse(acknowledgedWarnings) as string[]) : [],
    unitIsRented: row.leaseId !== null || unitOwnerType === 'hyresvard',
    responsibleDepartment: responsibleDepartment(row.phase, row.referringDepartmentCode),
    daysLeft: row.status === 'avslutat' ? null : daysBetween(today, row.endsOn),
  };
}

/**
 * The contract list before paging: joins, the caseworker's scope and the
 * quick search, with the spec of its columns. The grid pages through it; an
 * export reads it all in the same order. The search is applied here, so the
 * query given with it must have an empty search.
 */
export function contractListView(
  ctx: ServiceContext,
  query: z.output<typeof contractListQuerySchema>,
): { base: Knex.QueryBuilder; spec: ListSpec; query: z.output<typeof contractListQuerySchema> } {
  const today = ctx.clock.today();
  // The caseworker's filters read the contracts table only, so a count can skip the joins.
  const scoped = (qb: Knex.QueryBuilder): Knex.QueryBuilder => {
    if (query.phase) qb.where('municipalContracts.phase', query.phase);
    if (query.referringDepartmentId !== undefined)
      qb.where('municipalContracts.referringDepartmentId', query.referringDepartmentId);
    if (query.endingWithinDays !== undefined) {
      qb.whereIn('municipalContracts.status', LIVE_STATUSES).where(
        'municipalContracts.endsOn',
        '<=',
        addDays(today, query.endingWithinDays),
      );
    }
    if (query.waiverNotApproved)
      qb.whereIn('municipalContracts.status', OPEN_STATUSES).whereNot('municipalContracts.waiverStatus', 'godkand');
    if (query.landlordNotTold) whereLandlordNotTold(qb, ctx.db);
    if (query.familiesWithChildren)
      qb.whereIn('municipalContracts.status', LIVE_STATUSES).whereIn(
        'municipalContracts.householdId',
        ctx.db('households').where('childrenCount', '>', 0).select('id'),
      );
    return qb;
  };
  // Without a search (which looks in the joined unit and household) counting and paging skip the joins.
  const spec: ListSpec = { ...listSpec, countBase: () => scoped(ctx.db('municipalContracts')), pageFirst: true };
  return { base: scoped(selectContracts(ctx.db)), spec, query };
}

export async function listContracts(
  ctx: ServiceContext,
  query: z.output<typeof contractListQuerySchema>,
): Promise<ListResult<ContractRow>> {
  const view = contractListView(ctx, query);
  const result = await runList<ContractJoined>(view.base, view.spec, view.query);
  const today = ctx.clock.today();
  return { rows: result.rows.map((r) => toContractRow(r, today)), total: result.total };
}

/** The contract in force on a unit, if any: the unit's status follows it. */
export async function liveContractOnUnit(
  ctx: ServiceContext,
  unitId: number,
): Promise<{ id: number; contractNumber: string } | undefined> {
  return await ctx
    .db('municipalContracts')
    .where({ unitId })
    .whereIn('status', LIVE_STATUSES)
    .first('id', 'contractNumber');
}

export async function getContract(ctx: ServiceContext, id: number): Promise<ContractRow> {
  const row = await selectContracts(ctx.db).where('municipalContracts.id', id).first();
  if (!row) throw new AppError('NOT_FOUND', `${CONTRACT.label} finns inte (id ${id}).`);
  return toContractRow(row, ctx.clock.today());
}

/** A unit's or a household's contracts, newest first (a handful each). */
export async function contractsWhere(
  ctx: ServiceContext,
  column: 'unitId' | 'householdId',
  id: number,
): Promise<ContractRow[]> {
  const rows = await selectContracts(ctx.db)
    .where(`municipalContracts.${column}`, id)
    .whereNull('municipalContracts.archivedAt')
    .orderBy('municipalContracts.startDate', 'desc')
    .orderBy('municipalContracts.id', 'desc')
    .limit(500);
  const today = ctx.clock.today();
  return rows.map((r) => toContractRow(r, today));
}

export async function phaseHistory(ctx: ServiceContext, contractId: number): Promise<PhaseMove[]> {
  const contract = await ctx.db('municipalContracts').where({ id: contractId }).first('id');
  if (!contract) throw new AppError('NOT_FOUND', `Kontraktet finns inte (id ${contractId}).`);
  const rows = (await ctx
    .db('contractPhaseMoves')
    .leftJoin('users', 'users.login', 'contractPhaseMoves.movedBy')
    .where('contractPhaseMoves.contractId', contractId)
    .orderBy('contractPhaseMoves.id', 'desc')
    .select('contractPhaseMoves.*', 'users.displayName as movedByName')) as (TableRow<'contractPhaseMoves'> & {
    movedByName: string | null;
  })[];
  return rows.map((r) => ({ ...r, movedByName: r.movedByName ?? r.movedBy }));
}

export async function contractSummary(ctx: ServiceContext): Promise<ContractSummary> {
  const today = ctx.clock.today();
  const contracts = () => ctx.db('municipalContracts').whereNull('municipalContracts.archivedAt');
  // Counts over a join too (families with children), which knex cannot type.
  const count = async (qb: Knex.QueryBuilder) =>
    Number(((await qb.count({ n: '*' }).first()) as { n: number | string }).n);
  const byStatus = Object.fromEntries(
    (await contracts().select('status').count({ n: '*' }).groupBy('status')).map((r) => [r.status, Number(r.n)]),
  );
  const byPhase = Object.fromEntries(
    (await contracts().whereIn('status', LIVE_STATUSES).select('phase').count({ n: '*' }).groupBy('phase')).map((r) => [
      r.phase,
      Number(r.n),
    ]),
  );
  const notTold = contracts();
  whereLandlordNotTold(notTold, ctx.db);
  return {
    drafts: byStatus['utkast'] ?? 0,
    active: byStatus['aktivt'] ?? 0,
    terminated: byStatus['uppsagt'] ?? 0,
    endingWithin90Days: await count(
      contracts().whereIn('status', LIVE_STATUSES).where('endsOn', '<=', addDays(today, 90)),
    ),
    waiverNotApproved: await count(contracts().whereIn('status', OPEN_STATUSES).whereNot('waiverStatus', 'godkand')),
    landlordNotTold: await count(notTold),
    familiesWithChildren: await count(
      contracts()
        .join('households', 'households.id', 'municipalContracts.householdId')
        .whereIn('municipalContracts.status', LIVE_STATUSES)
        .where('households.childrenCount', '>', 0),
    ),
    byPhase,
  };
}
