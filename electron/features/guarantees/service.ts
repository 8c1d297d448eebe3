/**
 * Hyresgarantier: the register, one guarantee with its claims, and the
 * changes to it (terms, a claim paid out, the end). Whether a guarantee
 * qualifies for Boverket's grant is worked out by the pure rules on every
 * read, so it always follows the stored terms.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import { addDays, daysBetween } from '../../../shared/core/dates';
import type { ListResult } from '../../../shared/core/listQuery';
import { formatMoney } from '../../../shared/core/money';
import type { RecordRef } from '../../../shared/core/record';
import { AppError, fieldError } from '../../../shared/core/result';
import { coveredMonthsFromAmount, grantQualification } from '../../../shared/guarantees/rules';
import {
  claimLabels,
  endGuaranteeLabels,
  guaranteeLabels,
  OPEN_GUARANTEE_STATUSES,
  type Claim,
  type GuaranteeDetail,
  type guaranteeListQuerySchema,
  type GuaranteeRow,
  type GuaranteeValues,
} from '../../../shared/guarantees/schema';
import { appendAudit } from '../../core/audit';
import type { ServiceContext } from '../../core/context';
import { runList, searchText, type ListSpec } from '../../core/listQuery';
import {
  createRecord,
  getRowOrThrow,
  insertedId,
  updateRecord,
  type EntityInfo,
  type RecordOf,
} from '../../core/records';
import { joinedRows, type TableRow } from '../../db/tableRow';
import { bool, boolOrNull, checkHousehold, checkLandlord } from '../quotas/refs';

export const GUARANTEE: EntityInfo<'rentGuarantees'> = {
  table: 'rentGuarantees',
  entity: 'guarantee',
  label: 'Hyresgarantin',
};

const listSpec: ListSpec = {
  // The lease's address and reference, and the household (names, birth dates).
  search: { columns: ['rentGuarantees.searchText', 'households.searchText'], joined: true, dashesPartWords: true },
  columns: {
    holderName: { column: 'households.holderName', kind: 'text', notNull: true, joined: true },
    holderIdentityMasked: { column: 'households.holderIdentityMasked', kind: 'text', notNull: true, joined: true },
    landlordName: { column: 'organisations.name', kind: 'text', notNull: true, joined: true },
    leaseAddress: { column: 'rentGuarantees.leaseAddress', kind: 'text', notNull: true },
    leaseReference: { column: 'rentGuarantees.leaseReference', kind: 'text' },
    monthlyRent: { column: 'rentGuarantees.monthlyRent', kind: 'number', notNull: true },
    guaranteedAmount: { column: 'rentGuarantees.guaranteedAmount', kind: 'number', notNull: true },
    startDate: { column: 'rentGuarantees.startDate', kind: 'date', notNull: true },
    endDate: { column: 'rentGuarantees.endDate', kind: 'date' },
    // Days left sorts and filters as the date it counts to.
    daysLeft: { column: 'rentGuarantees.endDate', kind: 'date' },
    status: { column: 'rentGuarantees.status', kind: 'set', notNull: true },
    claimedTotal: { column: 'rentGuarantees.claimedTotal', kind: 'number', notNull: true },
    grantAppliedOn: { column: 'rentGuarantees.grantAppliedOn', kind: 'date' },
    updatedAt: { column: 'rentGuarantees.updatedAt', kind: 'text', notNull: true },
  },
  archivedColumn: 'rentGuarantees.archivedAt',
  idColumn: 'rentGuarantees.id',
  defaultSort: [{ column: 'startDate', direction: 'desc' }],
};

export type GuaranteeJoined = TableRow<'rentGuarantees'> &
  Pick<TableRow<'households'>, 'holderName' | 'holderIdentityMasked'> & { landlordName: string };

function selectGuarantees(db: Knex): Knex.QueryBuilder<GuaranteeJoined, GuaranteeJoined[]> {
  return joinedRows(
    db('rentGuarantees')
      .join('households', 'households.id', 'rentGuarantees.householdId')
      .join('organisations', 'organisations.id', 'rentGuarantees.landlordId')
      .select(
        'rentGuarantees.*',
        'households.holderName',
        'households.holderIdentityMasked',
        'organisations.name as landlordName',
      ),
  );
}

/** The months of rent a guarantee covers, from its amount and the monthly rent. */
export function guaranteeCoveredMonths(row: Record<string, unknown>): number {
  const monthlyRent = Number(row['monthlyRent']);
  return monthlyRent > 0 ? coveredMonthsFromAmount(Number(row['guaranteedAmount']), monthlyRent) : 0;
}

/** Whether the guarantee qualifies for Boverket's grant, by the pure rules, from the stored terms. */
/** The stored columns guaranteeGrant reads: a count or an export selects these and no more. */
export const GRANT_RULE_COLUMNS = [
  'firstHandLease',
  'monthlyRent',
  'guaranteedAmount',
  'startDate',
  'endDate',
  'canPayWithoutForsorjningsstod',
] as const;

export function guaranteeGrant(row: Record<string, unknown>): ReturnType<typeof grantQualification> {
  return grantQualification({
    firstHandLease: bool(row['firstHandLease']),
    coveredMonths: guaranteeCoveredMonths(row),
    validFrom: row['startDate'] as string,
    validUntil: row['endDate'] as string | null,
    canPayWithoutForsorjningsstod: boolOrNull(row['canPayWithoutForsorjningsstod']),
  });
}

/** Days left to the end date of a guarantee that has not ended. */
export function guaranteeDaysLeft(row: Record<string, unknown>, today: string): number | null {
  return row['status'] === 'upphord' || row['endDate'] === null ? null : daysBetween(today, row['endDate'] as string);
}

export function toGuaranteeRow(row: GuaranteeJoined, today: string): GuaranteeRow {
  const { archivedBy: _a, searchText: _s, ...rest } = row;
  const grant = guaranteeGrant(row);
  return {
    ...rest,
    monthlyRent: Number(row.monthlyRent),
    guaranteedAmount: Number(row.guaranteedAmount),
    claimedTotal: Number(row.claimedTotal),
    firstHandLease: bool(row.firstHandLease),
    canPayWithoutForsorjningsstod: boolOrNull(row.canPayWithoutForsorjningsstod),
    withinQuota: row.placementId !== null,
    coveredMonths: guaranteeCoveredMonths(row),
    grantQualifies: grant.qualifies,
    grantReasons: grant.reasons,
    daysLeft: guaranteeDaysLeft(row, today),
  };
}

/** The list's rows before paging (an export reads them narrowly); the spec carries the quick search. */
export function guaranteeListView(
  ctx: ServiceContext,
  query: z.output<typeof guaranteeListQuerySchema>,
): { base: Knex.QueryBuilder; spec: ListSpec; query: z.output<typeof guaranteeListQuerySchema> } {
  const today = ctx.clock.today();
  const scoped = (qb: Knex.QueryBuilder) => {
    if (query.status) qb.where('rentGuarantees.status', query.status);
    if (query.landlordId !== undefined) qb.where('rentGuarantees.landlordId', query.landlordId);
    if (query.endingWithinDays !== undefined) {
      qb.whereIn('rentGuarantees.status', OPEN_GUARANTEE_STATUSES).where(
        'rentGuarantees.endDate',
        '<=',
        addDays(today, query.endingWithinDays),
      );
    }
    return qb;
  };
  // Counting needs the households only when the search looks in them.
  const spec: ListSpec = { ...listSpec, countBase: () => scoped(ctx.db('rentGuarantees')) };
  return { base: scoped(selectGuarantees(ctx.db)), spec, query };
}

export async function listGuarantees(
  ctx: ServiceContext,
  query: z.output<typeof guaranteeListQuerySchema>,
): Promise<ListResult<GuaranteeRow>> {
  const view = guaranteeListView(ctx, query);
  const result = await runList<GuaranteeJoined>(view.base, view.spec, view.query);
  const today = ctx.clock.today();
  return { rows: result.rows.map((r) => toGuaranteeRow(r, today)), total: result.total };
}

async function claimsOf(ctx: ServiceContext, guaranteeId: number): Promise<Claim[]> {
  const rows = await ctx
    .db('guaranteeClaims')
    .where({ guaranteeId })
    .orderBy('claimDate')
    .orderBy('id')
    .select('id', 'claimDate', 'amount', 'note', 'createdAt', 'createdBy');
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}

export async function getGuarantee(ctx: ServiceContext, id: number): Promise<GuaranteeDetail> {
  const row = await selectGuarantees(ctx.db).where('rentGuarantees.id', id).first();
  if (!row) throw new AppError('NOT_FOUND', `${GUARANTEE.label} finns inte (id ${id}).`);
  return { ...toGuaranteeRow(row, ctx.clock.today()), claims: await claimsOf(ctx, id) };
}

export async function guaranteesOfHousehold(ctx: ServiceContext, householdId: number): Promise<GuaranteeRow[]> {
  const rows = await selectGuarantees(ctx.db)
    .where('rentGuarantees.householdId', householdId)
    .whereNull('rentGuarantees.archivedAt')
    .orderBy('rentGuarantees.startDate', 'desc')
    .limit(200);
  const today = ctx.clock.today();
  return rows.map((r) => toGuaranteeRow(r, today));
}

/**
 * "Inom kvot" rests on a quota placement of the household with the same
 * landlord: the placement records the three conditions of plan 3:5.
 */
async function placementFor(
  ctx: ServiceContext,
  values: GuaranteeValues,
  current: number | null,
): Promise<number | null> {
  if (!values.withinQuota) return null;
  const qb = ctx
    .db('quotaPlacements')
    .where({ householdId: values.householdId, landlordId: values.landlordId })
    .whereNull('archivedAt');
  const placement = await qb.orderBy('placementDate', 'desc').first('id');
  if (
    current !== null &&
    (await ctx
      .db('quotaPlacements')
      .where({ id: current, householdId: values.householdId, landlordId: values.landlordId })
      .first('id'))
  ) {
    return current;
  }
  if (!placement) {
    throw fieldError(
      'withinQuota',
      `${guaranteeLabels.withinQuota}: hushållet har ingen kvotplacering hos hyresvärden; registrera placeringen under Kvoter först.`,
    );
  }
  return placement.id;
}

function dbValues(values: GuaranteeValues, placementId: number | null): Record<string, unknown> {
  const { withinQuota: _w, ...rest } = values;
  return { ...rest, placementId, searchText: searchText([values.leaseAddress, values.leaseReference]) };
}

/**
 * Registers a guarantee (aktiv). Exported for the move-on, which creates
 * one in the same transaction; `placementId` is then the placement it made.
 */
export async function createGuaranteeRecord(
  ctx: ServiceContext,
  values: GuaranteeValues,
  placementId?: number | null,
): Promise<number> {
  await checkHousehold(ctx, values.householdId, 'householdId', guaranteeLabels.householdId);
  await checkLandlord(ctx, values.landlordId, 'landlordId', guaranteeLabels.landlordId);
  const placement = placementId !== undefined ? placementId : await placementFor(ctx, values, null);
  const row = await createRecord(ctx, GUARANTEE, {
    ...dbValues(values, placement),
    status: 'aktiv',
    claimedTotal: 0,
    endedOn: null,
  });
  return row.id;
}

export async function createGuarantee(ctx: ServiceContext, values: GuaranteeValues): Promise<GuaranteeDetail> {
  return getGuarantee(ctx, await createGuaranteeRecord(ctx, values));
}

async function stored(ctx: ServiceContext, id: number): Promise<RecordOf<'rentGuarantees'>> {
  return await getRowOrThrow(ctx, GUARANTEE, id);
}

export async function updateGuarantee(
  ctx: ServiceContext,
  input: GuaranteeValues & RecordRef,
): Promise<GuaranteeDetail> {
  const { id, version, ...values } = input;
  const current = await stored(ctx, id);
  if (current.status === 'upphord') {
    throw new AppError(
      'VALIDATION',
      `${GUARANTEE.label} för ${current.leaseAddress} har upphört${current.endedOn ? ` (${current.endedOn})` : ''} och ändras inte längre.`,
    );
  }
  if (values.guaranteedAmount < Number(current.claimedTotal)) {
    throw fieldError(
      'guaranteedAmount',
      `${guaranteeLabels.guaranteedAmount}: kan inte vara lägre än det som redan betalats ut (${formatMoney(Number(current.claimedTotal))}).`,
    );
  }
  await checkHousehold(ctx, values.householdId, 'householdId', guaranteeLabels.householdId);
  await checkLandlord(ctx, values.landlordId, 'landlordId', guaranteeLabels.landlordId);
  const placementId = await placementFor(ctx, values, current.placementId);
  await updateRecord(ctx, GUARANTEE, { id, version }, dbValues(values, placementId));
  return getGuarantee(ctx, id);
}

/**
 * A claim paid out to the landlord under the guarantee: appended (never
 * changed), the sum kept on the guarantee, and an aktiv guarantee becomes
 * ianspråktagen. The city never pays more than it guaranteed.
 */
export async function addClaim(
  ctx: ServiceContext,
  input: RecordRef & { claimDate: string; amount: number; note: string | null },
): Promise<GuaranteeDetail> {
  const current = await stored(ctx, input.id);
  if (input.claimDate < current.startDate) {
    throw fieldError(
      'claimDate',
      `${claimLabels.claimDate}: kan inte vara före garantins start (${current.startDate}).`,
    );
  }
  const left = Number(current.guaranteedAmount) - Number(current.claimedTotal);
  if (input.amount > left) {
    throw fieldError(
      'amount',
      `${claimLabels.amount}: överstiger det som återstår av garantin (${formatMoney(left)} av ${formatMoney(Number(current.guaranteedAmount))}).`,
    );
  }
  const now = ctx.clock.now();
  const claimId = insertedId(
    await ctx
      .db('guaranteeClaims')
      .insert({
        guaranteeId: input.id,
        claimDate: input.claimDate,
        amount: input.amount,
        note: input.note,
        createdAt: now,
        createdBy: ctx.actor.login,
      })
      .returning('id'),
  );
  await updateRecord(
    ctx,
    GUARANTEE,
    input,
    {
      claimedTotal: Number(current.claimedTotal) + input.amount,
      status: current.status === 'aktiv' ? 'ianspraktagen' : current.status,
    },
    'claim',
  );
  await appendAudit(ctx, {
    entity: 'guaranteeClaim',
    entityId: claimId,
    action: 'create',
    after: { guaranteeId: input.id, claimDate: input.claimDate, amount: input.amount, note: input.note },
  });
  return getGuarantee(ctx, input.id);
}

export async function endGuarantee(
  ctx: ServiceContext,
  input: RecordRef & { endedOn: string; note: string | null },
): Promise<GuaranteeDetail> {
  const current = await stored(ctx, input.id);
  if (current.status === 'upphord')
    throw new AppError('VALIDATION', `${GUARANTEE.label} har redan upphört (${current.endedOn ?? ''}).`);
  if (input.endedOn < current.startDate) {
    throw fieldError(
      'endedOn',
      `${endGuaranteeLabels.endedOn}: kan inte vara före garantins start (${current.startDate}).`,
    );
  }
  const notes = input.note
    ? [current.notes, `Upphörde ${input.endedOn}: ${input.note}`].filter(Boolean).join('\n')
    : current.notes;
  await updateRecord(ctx, GUARANTEE, input, { status: 'upphord', endedOn: input.endedOn, notes }, 'end');
  return getGuarantee(ctx, input.id);
}

/** Records that Boverket has been sent the application for these guarantees. */
export async function markGrantApplied(
  ctx: ServiceContext,
  input: { guarantees: RecordRef[]; appliedOn: string },
): Promise<{ marked: number }> {
  for (const ref of input.guarantees) {
    const current = await stored(ctx, ref.id);
    if (current.grantAppliedOn) {
      throw new AppError(
        'VALIDATION',
        `${GUARANTEE.label} för ${current.leaseAddress} är redan sökt hos Boverket ${current.grantAppliedOn}.`,
      );
    }
    await updateRecord(ctx, GUARANTEE, ref, { grantAppliedOn: input.appliedOn }, 'grantApplied');
  }
  return { marked: input.guarantees.length };
}
