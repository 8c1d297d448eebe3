/** Reading kommunala kontrakt: the list, one contract, a unit's or a household's, the phase history. */
import type { Knex } from 'knex';
import type { z } from 'zod';
import { addDays, daysBetween } from '../../../shared/core/dates';
import type { ListResult } from '../../../shared/core/listQuery';
import { AppError } from '../../../shared/core/result';
import { responsibleDepartment } from '../../../shared/contracts/rules';
import {
  LIVE_STATUSES, type ContractRow, type ContractSummary, type PhaseMove, type contractListQuerySchema, type ContractPhase,
} from '../../../shared/contracts/schema';
import type { ServiceContext } from '../../core/context';
import { likePattern, runList, type ListSpec } from '../../core/listQuery';
import type { EntityInfo } from '../../core/records';

export const CONTRACT: EntityInfo = { table: 'municipalContracts', entity: 'contract', label: 'Kontraktet' };

/** Statuses before the end: a draft, or a contract the household lives under. */
export const OPEN_STATUSES = ['utkast', 'aktivt', 'uppsagt'] as const;

const listSpec: ListSpec = {
  columns: {
    contractNumber: { column: 'municipalContracts.contractNumber', kind: 'text' },
    status: { column: 'municipalContracts.status', kind: 'set' },
    phase: { column: 'municipalContracts.phase', kind: 'set' },
    unitObjectNumber: { column: 'units.objectNumber', kind: 'text' },
    unitAddress: { column: 'units.address', kind: 'text' },
    holderName: { column: 'households.holderName', kind: 'text' },
    holderIdentityMasked: { column: 'households.holderIdentityMasked', kind: 'text' },
    referringDepartmentCode: { column: 'departments.code', kind: 'text' },
    startDate: { column: 'municipalContracts.startDate', kind: 'date' },
    endDate: { column: 'municipalContracts.endDate', kind: 'date' },
    endsOn: { column: 'municipalContracts.endsOn', kind: 'date' },
    // Days left sorts and filters as the date it counts to.
    daysLeft: { column: 'municipalContracts.endsOn', kind: 'date' },
    monthlyRent: { column: 'municipalContracts.monthlyRent', kind: 'number' },
    waiverStatus: { column: 'municipalContracts.waiverStatus', kind: 'set' },
    waiverDecisionDate: { column: 'municipalContracts.waiverDecisionDate', kind: 'date' },
    landlordNotifiedDate: { column: 'municipalContracts.landlordNotifiedDate', kind: 'date' },
    endReason: { column: 'municipalContracts.endReason', kind: 'set' },
    updatedAt: { column: 'municipalContracts.updatedAt', kind: 'text' },
  },
  archivedColumn: 'municipalContracts.archivedAt',
  idColumn: 'municipalContracts.id',
  defaultSort: [{ column: 'contractNumber', direction: 'desc' }],
};

export function selectContracts(db: Knex): Knex.QueryBuilder {
  return db('municipalContracts')
    .join('units', 'units.id', 'municipalContracts.unitId')
    .join('households', 'households.id', 'municipalContracts.householdId')
    .join('departments', 'departments.id', 'municipalContracts.referringDepartmentId')
    .select(
      'municipalContracts.*',
      'units.objectNumber as unitObjectNumber',
      'units.address as unitAddress',
      'units.ownerType as unitOwnerType',
      'households.holderName',
      'households.holderIdentityMasked',
      'departments.code as referringDepartmentCode',
    );
}

/**
 * The unit is rented from a landlord (so the landlord must be told of the
 * sublet, 12:39): it sits on a lease, or its owner is a landlord.
 */
export function whereUnitIsRented(qb: Knex.QueryBuilder): void {
  qb.where((w) => w.whereNotNull('municipalContracts.leaseId').orWhere('units.ownerType', 'hyresvard'));
}

type ContractDbRow = Omit<ContractRow, 'unitIsRented' | 'responsibleDepartment' | 'daysLeft' | 'acknowledgedWarnings'> & {
  unitOwnerType: string;
  acknowledgedWarnings: string | null;
  searchText?: string;
  archivedBy?: string | null;
};

export function toContractRow(row: ContractDbRow, today: string): ContractRow {
  const { searchText: _s, archivedBy: _a, unitOwnerType, acknowledgedWarnings, ...rest } = row;
  return {
    ...rest,
    monthlyRent: Number(row.monthlyRent),
    acknowledgedWarnings: acknowledgedWarnings ? (JSON.parse(acknowledgedWarnings) as string[]) : [],
    unitIsRented: row.leaseId !== null || unitOwnerType === 'hyresvard',
    responsibleDepartment: responsibleDepartment(row.phase, row.referringDepartmentCode),
    daysLeft: row.status === 'avslutat' ? null : daysBetween(today, row.endsOn),
  };
}

/** Quick search: the contract number, the unit (number, address, place) and the household (names, birth dates). */
function applySearch(qb: Knex.QueryBuilder, search: string): void {
  const words = search.toLocaleLowerCase('sv-SE').split(/\s+/).filter(Boolean);
  for (const word of words) {
    const pattern = likePattern(word, 'contains');
    qb.where((w) =>
      w
        .whereRaw(`?? like ? escape '\\'`, ['municipalContracts.searchText', pattern])
        .orWhereRaw(`?? like ? escape '\\'`, ['units.searchText', pattern])
        .orWhereRaw(`?? like ? escape '\\'`, ['households.searchText', pattern]),
    );
  }
}

export async function listContracts(ctx: ServiceContext, query: z.output<typeof contractListQuerySchema>): Promise<ListResult<ContractRow>> {
  const today = ctx.clock.today();
  const base = selectContracts(ctx.db);
  applySearch(base, query.search);
  if (query.phase) base.where('municipalContracts.phase', query.phase);
  if (query.referringDepartmentId !== undefined) base.where('municipalContracts.referringDepartmentId', query.referringDepartmentId);
  if (query.endingWithinDays !== undefined) {
    base.whereIn('municipalContracts.status', LIVE_STATUSES).where('municipalContracts.endsOn', '<=', addDays(today, query.endingWithinDays));
  }
  if (query.waiverNotApproved) base.whereIn('municipalContracts.status', OPEN_STATUSES).whereNot('municipalContracts.waiverStatus', 'godkand');
  if (query.landlordNotTold) {
    base.whereIn('municipalContracts.status', LIVE_STATUSES).whereNull('municipalContracts.landlordNotifiedDate');
    whereUnitIsRented(base);
  }
  const result = await runList<ContractDbRow>(base, listSpec, { ...query, search: '' });
  return { rows: result.rows.map((r) => toContractRow(r, today)), total: result.total };
}

/** The contract in force on a unit, if any: the unit's status follows it. */
export async function liveContractOnUnit(ctx: ServiceContext, unitId: number): Promise<{ id: number; contractNumber: string } | undefined> {
  return (await ctx.db('municipalContracts').where({ unitId }).whereIn('status', LIVE_STATUSES).first('id', 'contractNumber')) as
    | { id: number; contractNumber: string }
    | undefined;
}

export async function getContract(ctx: ServiceContext, id: number): Promise<ContractRow> {
  const row = (await selectContracts(ctx.db).where('municipalContracts.id', id).first()) as ContractDbRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `${CONTRACT.label} finns inte (id ${id}).`);
  return toContractRow(row, ctx.clock.today());
}

/** A unit's or a household's contracts, newest first (a handful each). */
export async function contractsWhere(ctx: ServiceContext, column: 'unitId' | 'householdId', id: number): Promise<ContractRow[]> {
  const rows = (await selectContracts(ctx.db)
    .where(`municipalContracts.${column}`, id)
    .whereNull('municipalContracts.archivedAt')
    .orderBy('municipalContracts.startDate', 'desc')
    .orderBy('municipalContracts.id', 'desc')
    .limit(500)) as ContractDbRow[];
  const today = ctx.clock.today();
  return rows.map((r) => toContractRow(r, today));
}

export async function phaseHistory(ctx: ServiceContext, contractId: number): Promise<PhaseMove[]> {
  const rows = (await ctx.db('contractPhaseMoves')
    .leftJoin('users', 'users.login', 'contractPhaseMoves.movedBy')
    .where('contractPhaseMoves.contractId', contractId)
    .orderBy('contractPhaseMoves.id', 'desc')
    .select('contractPhaseMoves.*', 'users.displayName as movedByName')) as (Omit<PhaseMove, 'movedByName'> & { movedByName: string | null })[];
  return rows.map((r) => ({ ...r, movedByName: r.movedByName ?? r.movedBy }));
}

export async function contractSummary(ctx: ServiceContext): Promise<ContractSummary> {
  const today = ctx.clock.today();
  const contracts = () => ctx.db('municipalContracts').whereNull('municipalContracts.archivedAt');
  const count = async (qb: Knex.QueryBuilder) => Number(((await qb.count({ n: '*' }).first()) as { n: number | string }).n);
  const byStatus = Object.fromEntries(
    ((await contracts().select('status').count({ n: '*' }).groupBy('status')) as { status: string; n: number | string }[]).map((r) => [r.status, Number(r.n)]),
  );
  const byPhase = Object.fromEntries(
    ((await contracts().whereIn('status', LIVE_STATUSES).select('phase').count({ n: '*' }).groupBy('phase')) as { phase: ContractPhase; n: number | string }[]).map((r) => [r.phase, Number(r.n)]),
  );
  const notTold = contracts().join('units', 'units.id', 'municipalContracts.unitId').whereIn('municipalContracts.status', LIVE_STATUSES).whereNull('municipalContracts.landlordNotifiedDate');
  whereUnitIsRented(notTold);
  return {
    drafts: byStatus['utkast'] ?? 0,
    active: byStatus['aktivt'] ?? 0,
    terminated: byStatus['uppsagt'] ?? 0,
    endingWithin90Days: await count(contracts().whereIn('status', LIVE_STATUSES).where('endsOn', '<=', addDays(today, 90))),
    waiverNotApproved: await count(contracts().whereIn('status', OPEN_STATUSES).whereNot('waiverStatus', 'godkand')),
    landlordNotTold: await count(notTold),
    familiesWithChildren: await count(
      contracts().join('households', 'households.id', 'municipalContracts.householdId').whereIn('municipalContracts.status', LIVE_STATUSES).where('households.childrenCount', '>', 0),
    ),
    byPhase,
  };
}
