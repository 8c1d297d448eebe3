/** Hyresavtal: leases the city rents from landlords. */
import type { Knex } from 'knex';
import type { z } from 'zod';
import { daysBetween } from '../../../shared/core/dates';
import type { ListResult } from '../../../shared/core/listQuery';
import type { RecordRef } from '../../../shared/core/record';
import { AppError, fieldError } from '../../../shared/core/result';
import { warningMessage } from '../../../shared/contracts/rules';
import { terminationOutcome, type LeaseDerived } from '../../../shared/leases/derived';
import { rentHistory, type KpiValue } from '../../../shared/leases/indexation';
import {
  indexationOf,
  leaseLabels,
  leaseStatusLabels,
  termsOf,
  type Lease,
  type LeaseStatus,
  type LeaseDetail,
  type LeaseRow,
  type LeaseValues,
  type leaseListQuerySchema,
  type leaseSummarySchema,
  type leaseTerminateSchema,
  HOLDING_LEASE_STATUSES,
} from '../../../shared/leases/schema';
import type { ServiceContext } from '../../core/context';
import { runList, searchText, type ListSpec } from '../../core/listQuery';
import {
  archiveRecord,
  createRecord,
  getRowOrThrow,
  restoreRecord,
  updateRecord,
  type EntityInfo,
} from '../../core/records';
import { allocateLeaseNumber } from './numbering';
import { derive, derivedColumns, loadKpi } from './derivation';
import type { TableRow } from '../../db/tableRow';

export const LEASE: EntityInfo<'leases'> = { table: 'leases', entity: 'lease', label: 'Hyresavtalet' };

/**
 * `notNull` columns sort without an "empty last" term (an index walk where
 * there is an index); the deadline columns keep it, and the (status,
 * deadline is null, deadline) index serves that order.
 */
const listSpec: ListSpec = {
  columns: {
    leaseNumber: { column: 'leases.leaseNumber', kind: 'text', notNull: true },
    landlordReference: { column: 'leases.landlordReference', kind: 'text' },
    landlordName: { column: 'organisations.name', kind: 'text', notNull: true, joined: true },
    departmentCode: { column: 'departments.code', kind: 'text', notNull: true, joined: true },
    unitSummary: { column: 'leases.unitSummary', kind: 'text', notNull: true },
    premises: { column: 'leases.premises', kind: 'set', notNull: true },
    termType: { column: 'leases.termType', kind: 'set', notNull: true },
    indexationKind: { column: 'leases.indexationKind', kind: 'set', notNull: true },
    status: { column: 'leases.status', kind: 'set', notNull: true },
    signedDate: { column: 'leases.signedDate', kind: 'date' },
    startDate: { column: 'leases.startDate', kind: 'date', notNull: true },
    endDate: { column: 'leases.endDate', kind: 'date' },
    currentPeriodEnd: { column: 'leases.currentPeriodEnd', kind: 'date' },
    nextNoticeDate: { column: 'leases.nextNoticeDate', kind: 'date' },
    // Days left sorts and filters as the date it counts to.
    daysLeft: { column: 'leases.nextNoticeDate', kind: 'date' },
    nextNoticeEndsOn: { column: 'leases.nextNoticeEndsOn', kind: 'date' },
    endsOn: { column: 'leases.endsOn', kind: 'date' },
    noticeMonthsTenant: { column: 'leases.noticeMonthsTenant', kind: 'number' },
    extensionMonths: { column: 'leases.extensionMonths', kind: 'number' },
    rentPerYearOre: { column: 'leases.rentPerYearOre', kind: 'number', notNull: true },
    currentRentOre: { column: 'leases.currentRentOre', kind: 'number' },
    updatedAt: { column: 'leases.updatedAt', kind: 'text', notNull: true },
  },
  search: { columns: ['leases.searchText'] },
  archivedColumn: 'leases.archivedAt',
  idColumn: 'leases.id',
  defaultSort: [{ column: 'nextNoticeDate', direction: 'asc' }],
};

function selectRows(db: Knex): Knex.QueryBuilder {
  return db('leases')
    .join('organisations', 'organisations.id', 'leases.landlordId')
    .join('departments', 'departments.id', 'leases.departmentId')
    .select('leases.*', 'organisations.name as landlordName', 'departments.code as departmentCode');
}

/**
 * Units per lease, for the rows of one page: counted after the page is
 * chosen, so a sort SQLite must do itself (by landlord, say) does not count
 * the units of all 100 000 leases first.
 */
async function unitCounts(ctx: ServiceContext, leaseIds: number[]): Promise<Map<number, number>> {
  if (leaseIds.length === 0) return new Map();
  const rows = await ctx
    .db('leaseUnits')
    .whereIn('leaseId', leaseIds)
    .groupBy('leaseId')
    .select('leaseId')
    .count({ n: '*' });
  return new Map(rows.map((r) => [r.leaseId, Number(r.n)]));
}

/** The lease a stored leases row stands for. */
function toLease(row: TableRow<'leases'>): Lease {
  const { searchText: _s, archivedBy: _a, noticeEndsOn: _n, derivedOn: _d, refreshDue: _r, ...rest } = row;
  return {
    ...rest,
    rentIncludesHeating: Boolean(row.rentIncludesHeating),
    rentIncludesElectricity: Boolean(row.rentIncludesElectricity),
    rentIncludesWater: Boolean(row.rentIncludesWater),
    subletNotified: Boolean(row.subletNotified),
    isBlockLease: Boolean(row.isBlockLease),
  };
}

type LeaseListRow = TableRow<'leases'> & { landlordName: string; departmentCode: string; unitCount: number | string };

function toRow(row: LeaseListRow, today: string): LeaseRow {
  const { landlordName, departmentCode, unitCount, ...lease } = row;
  return {
    ...toLease(lease),
    landlordName,
    departmentCode,
    unitCount: Number(unitCount),
    daysLeft: row.nextNoticeDate ? daysBetween(today, row.nextNoticeDate) : null,
  };
}

/**
 * The lease list's rows before paging: the joins and the list's own scope
 * (landlord, unit, deadline window), with the spec of its columns. The grid
 * pages through it; an export reads all of it in the same order.
 */
export async function leaseListView(
  ctx: ServiceContext,
  query: z.output<typeof leaseListQuerySchema>,
): Promise<{ base: Knex.QueryBuilder; spec: ListSpec }> {
  const today = ctx.clock.today();
  // The list's own filters read the leases table only: a count can skip the joins.
  const scoped = (qb: Knex.QueryBuilder): Knex.QueryBuilder => {
    if (query.landlordId !== undefined) qb.where('leases.landlordId', query.landlordId);
    if (query.unitId !== undefined)
      qb.whereIn('leases.id', ctx.db('leaseUnits').where('unitId', query.unitId).select('leaseId'));
    if (query.deadlineWithinDays !== undefined) {
      const until = new Date(`${today}T00:00:00Z`);
      until.setUTCDate(until.getUTCDate() + query.deadlineWithinDays);
      // `<=` leaves out leases without a deadline; an explicit "is not null"
      // would steer SQLite to a range scan plus sort instead of walking the
      // (status, deadline is null, deadline) index in the grid's order.
      qb.where('leases.nextNoticeDate', '<=', until.toISOString().slice(0, 10));
    }
    return qb;
  };
  return { base: scoped(selectRows(ctx.db)), spec: { ...listSpec, countBase: () => scoped(ctx.db('leases')) } };
}

export async function listLeases(
  ctx: ServiceContext,
  query: z.output<typeof leaseListQuerySchema>,
): Promise<ListResult<LeaseRow>> {
  const { base, spec } = await leaseListView(ctx, query);
  const result = await runList<LeaseListRow>(base, spec, query);
  const counts = await unitCounts(
    ctx,
    result.rows.map((r) => r.id),
  );
  const today = ctx.clock.today();
  return {
    rows: result.rows.map((r) => toRow({ ...r, unitCount: counts.get(r.id) ?? 0 }, today)),
    total: result.total,
  };
}

export async function getLease(ctx: ServiceContext, id: number): Promise<LeaseDetail> {
  const found = (await selectRows(ctx.db).where('leases.id', id).first()) as
    Omit<LeaseListRow, 'unitCount'> | undefined;
  if (!found) throw new AppError('NOT_FOUND', `${LEASE.label} finns inte (id ${id}).`);
  const row = { ...found, unitCount: (await unitCounts(ctx, [id])).get(id) ?? 0 };
  const today = ctx.clock.today();
  // Knex types only unqualified column names: a select of `table.column` is `any`.
  const units = (await ctx
    .db('leaseUnits')
    .join('units', 'units.id', 'leaseUnits.unitId')
    .where('leaseUnits.leaseId', id)
    .orderBy('units.objectNumberSort')
    .select('units.id', 'units.objectNumber', 'units.address', 'units.kind')) as LeaseDetail['units'];
  const lease = toRow(row, today);
  // The history is computed from the terms and the KPI table, both kept and
  // audited, so every past figure can be shown again exactly.
  const history = rentHistory(lease.rentPerYearOre, lease.startDate, indexationOf(lease), await loadKpi(ctx), today);
  return { ...lease, unitIds: units.map((u) => u.id), units, rentHistory: history };
}

/** The end of a lease's period of use, for the overlap rule: open while it runs on. */
const OPEN_END = '9999-12-31';

/** Checks what the schema cannot: references exist and no unit is let twice for the same time. */
export async function checkLease(
  ctx: ServiceContext,
  values: LeaseValues,
  id: number | null,
  endsOn: string | null,
): Promise<void> {
  const landlord = await ctx.db('organisations').where({ id: values.landlordId }).first('isLandlord', 'archivedAt');
  if (!landlord) throw fieldError('landlordId', 'Hyresvärd: välj en hyresvärd i listan.');
  if (!landlord.isLandlord)
    throw fieldError('landlordId', 'Hyresvärd: organisationen är inte registrerad som hyresvärd.');
  const department = await ctx.db('departments').where({ id: values.departmentId }).first('id');
  if (!department) throw fieldError('departmentId', 'Nyttjande förvaltning: välj en förvaltning i listan.');

  const units = await ctx.db('units').whereIn('id', values.unitIds).select('id', 'objectNumber', 'archivedAt');
  if (units.length !== values.unitIds.length)
    throw fieldError('unitIds', 'Bostäder: en vald bostad finns inte längre; välj om.');
  const archived = units.find((u) => u.archivedAt !== null);
  if (archived)
    throw fieldError('unitIds', `Bostäder: ${archived.objectNumber} är arkiverad och kan inte ingå i ett avtal.`);

  if (values.status === 'avslutad') return;
  const clash = (await ctx
    .db('leaseUnits')
    .join('leases', 'leases.id', 'leaseUnits.leaseId')
    .join('units', 'units.id', 'leaseUnits.unitId')
    .whereIn('leaseUnits.unitId', values.unitIds)
    .whereNot('leases.id', id ?? 0)
    .whereIn('leases.status', HOLDING_LEASE_STATUSES)
    .whereNull('leases.archivedAt')
    .where('leases.startDate', '<=', endsOn ?? OPEN_END)
    .whereRaw('coalesce(??, ?) >= ?', ['leases.endsOn', OPEN_END, values.startDate])
    .orderBy('units.objectNumberSort')
    .first('units.objectNumber', 'leases.leaseNumber', 'leases.startDate', 'leases.endsOn')) as
    { objectNumber: string; leaseNumber: string; startDate: string; endsOn: string | null } | undefined;
  if (clash) {
    const period = clash.endsOn ? `${clash.startDate}–${clash.endsOn}` : `från ${clash.startDate}, tills vidare`;
    throw fieldError(
      'unitIds',
      `Bostäder: ${clash.objectNumber} ingår redan i hyresavtal ${clash.leaseNumber} (${period}) under samma period.`,
    );
  }
}

/**
 * The city rents a unit from its owner: a unit the city owns itself, or one
 * another organisation owns, on this landlord's lease is most likely a wrong
 * pick. Only pairings the save makes new are told (a unit added, the landlord
 * changed), so a confirmed one is not asked about again on every save.
 */
async function ownerWarnings(
  ctx: ServiceContext,
  values: Pick<LeaseValues, 'landlordId' | 'unitIds'>,
  before: { landlordId: number; unitIds: number[] } | null,
): Promise<string[]> {
  const sameLandlord = before?.landlordId === values.landlordId;
  const added = values.unitIds.filter((id) => !sameLandlord || !before.unitIds.includes(id));
  if (added.length === 0) return [];
  const landlord = await landlordName(ctx, values.landlordId);
  const units = (await ctx
    .db('units')
    .leftJoin('organisations', 'organisations.id', 'units.ownerOrganisationId')
    .whereIn('units.id', added)
    .orderBy('units.objectNumberSort')
    .select(
      'units.objectNumber',
      'units.ownerType',
      'units.ownerOrganisationId',
      'organisations.name as ownerName',
    )) as (Pick<TableRow<'units'>, 'objectNumber' | 'ownerType' | 'ownerOrganisationId'> & {
    ownerName: string | null;
  })[];
  return units.flatMap((u) => {
    if (u.ownerType === 'staden') return [`${u.objectNumber} ägs av staden, men hyresavtalet är med ${landlord}.`];
    if (u.ownerOrganisationId !== null && u.ownerOrganisationId !== values.landlordId)
      return [`${u.objectNumber} ägs av ${u.ownerName ?? 'en annan organisation'}, inte av hyresvärden ${landlord}.`];
    return [];
  });
}

/** Refuses the save while a warning is not confirmed; the message says what and how to confirm. */
function confirmOwnerWarnings(warnings: string[], acknowledge: boolean): void {
  if (warnings.length > 0 && !acknowledge)
    throw fieldError('acknowledgeWarnings', warningMessage(leaseLabels.acknowledgeWarnings, warnings));
}

async function landlordName(ctx: ServiceContext, id: number): Promise<string> {
  const landlord = await ctx.db('organisations').where({ id }).first('name');
  if (!landlord) throw fieldError('landlordId', 'Hyresvärd: välj en hyresvärd i listan.');
  return landlord.name;
}

/**
 * The columns written for the user's values, with every derived column.
 * The landlord's name is copied into the search text so the quick search
 * needs no join (a renamed landlord is found under its new name after the
 * lease's next save). Pure, so an import computes the same columns for
 * many leases from look-ups it made once.
 */
export function leaseColumns(
  values: LeaseValues,
  leaseNumber: string,
  context: {
    units: { objectNumber: string; address: string }[];
    landlordName: string;
    kpi: readonly KpiValue[];
    today: string;
    noticeEndsOn: string | null;
    /** The derived values when the caller has them already (an import works them out to check overlaps). */
    derived?: LeaseDerived;
  },
): Record<string, unknown> {
  const { unitIds: _unitIds, acknowledgeWarnings: _acknowledge, ...fields } = values;
  const units = [...context.units].sort((a, b) => (a.objectNumber < b.objectNumber ? -1 : 1));
  const derived =
    context.derived ?? derive({ ...fields, noticeEndsOn: context.noticeEndsOn }, context.kpi, context.today);
  return {
    ...fields,
    ...derivedColumns(derived, context.today),
    unitSummary: units.map((u) => u.objectNumber).join(', '),
    searchText: searchText([
      leaseNumber,
      fields.landlordReference,
      context.landlordName,
      fields.departmentContact,
      ...units.flatMap((u) => [u.objectNumber, u.address]),
    ]),
  };
}

async function dbValues(
  ctx: ServiceContext,
  values: LeaseValues,
  leaseNumber: string,
  notice: { noticeEndsOn: string | null },
): Promise<Record<string, unknown>> {
  const units = await ctx.db('units').whereIn('id', values.unitIds).select('objectNumber', 'address');
  return leaseColumns(values, leaseNumber, {
    units,
    landlordName: await landlordName(ctx, values.landlordId),
    kpi: await loadKpi(ctx),
    today: ctx.clock.today(),
    noticeEndsOn: notice.noticeEndsOn,
  });
}

export async function setUnits(ctx: ServiceContext, leaseId: number, unitIds: number[]): Promise<void> {
  // lease_units is the link, not a record: the lease's own row (its unit
  // summary, audited with every change) keeps the history of which units.
  await ctx.db('leaseUnits').where({ leaseId }).delete();
  await ctx.db('leaseUnits').insert(unitIds.map((unitId) => ({ leaseId, unitId })));
}

/** "avtalet är …" */
const STATUS_AS_PREDICATE: Record<LeaseStatus, string> = {
  utkast: 'ett utkast',
  aktiv: 'aktivt',
  uppsagd: 'uppsagt',
  avslutad: 'avslutat',
};

function refuseStatusChange(from: LeaseStatus | null, to: LeaseStatus): void {
  if (from === to) return;
  if (to === 'uppsagd' || to === 'avslutad')
    throw fieldError(
      'status',
      `Status: ${leaseStatusLabels[to]} sätts genom att registrera en uppsägning, inte i formuläret.`,
    );
  if (from === 'uppsagd' || from === 'avslutad')
    throw fieldError(
      'status',
      `Status: avtalet är ${STATUS_AS_PREDICATE[from]} och kan inte ändras till ${leaseStatusLabels[to].toLowerCase()}.`,
    );
}

/** The end a stored notice gives under (possibly changed) terms. */
function noticeEnd(
  values: LeaseValues,
  row: Pick<TableRow<'leases'>, 'noticeGivenBy' | 'noticeDate' | 'noticeEndsOn' | 'noticeRule'>,
): string | null {
  if (!row.noticeGivenBy || !row.noticeDate) return null;
  if (row.noticeGivenBy === 'overenskommelse') return row.noticeEndsOn;
  const notice = {
    noticeGivenBy: row.noticeGivenBy,
    noticeDate: row.noticeDate,
    agreedEndDate: null,
    tenantEarlyExit: row.noticeRule === EARLY_EXIT_RULE,
  };
  return terminationOutcome(termsOf(values), notice)?.endsOn ?? row.noticeEndsOn;
}

const EARLY_EXIT_RULE = 'JB 12:5 första stycket';

export async function createLease(ctx: ServiceContext, values: LeaseValues): Promise<LeaseDetail> {
  refuseStatusChange(null, values.status);
  const natural = derive({ ...values, noticeEndsOn: null }, [], ctx.clock.today()).endsOn;
  await checkLease(ctx, values, null, natural);
  confirmOwnerWarnings(await ownerWarnings(ctx, values, null), values.acknowledgeWarnings);
  const leaseNumber = await allocateLeaseNumber(ctx);
  const row = await createRecord(ctx, LEASE, {
    leaseNumber,
    ...(await dbValues(ctx, values, leaseNumber, { noticeEndsOn: null })),
  });
  await setUnits(ctx, row.id, values.unitIds);
  return getLease(ctx, row.id);
}

export async function updateLease(ctx: ServiceContext, input: LeaseValues & RecordRef): Promise<LeaseDetail> {
  const { id, version, ...values } = input;
  const before = await getRowOrThrow(ctx, LEASE, id);
  refuseStatusChange(before.status, values.status);
  const noticeEndsOn = noticeEnd(values, before);
  const endsOn = derive({ ...values, noticeEndsOn }, [], ctx.clock.today()).endsOn;
  await checkLease(ctx, values, id, endsOn);
  const unitsBefore = await ctx.db('leaseUnits').where({ leaseId: id }).select('unitId');
  confirmOwnerWarnings(
    await ownerWarnings(ctx, values, { landlordId: before.landlordId, unitIds: unitsBefore.map((u) => u.unitId) }),
    values.acknowledgeWarnings,
  );
  await updateRecord(
    ctx,
    LEASE,
    { id, version },
    { ...(await dbValues(ctx, values, before.leaseNumber, { noticeEndsOn })), noticeEndsOn },
  );
  await setUnits(ctx, id, values.unitIds);
  return getLease(ctx, id);
}

export async function terminateLease(
  ctx: ServiceContext,
  input: z.output<typeof leaseTerminateSchema>,
): Promise<LeaseDetail> {
  const before = await getRowOrThrow(ctx, LEASE, input.id);
  const today = ctx.clock.today();
  if (before.archivedAt) throw new AppError('VALIDATION', 'Hyresavtalet är arkiverat; återställ det först.');
  if (before.status !== 'aktiv')
    throw fieldError(
      'noticeDate',
      `Uppsägningsdatum: avtalet är ${STATUS_AS_PREDICATE[before.status]}; bara ett aktivt avtal kan sägas upp.`,
    );
  if (input.noticeDate > today)
    throw fieldError(
      'noticeDate',
      `Uppsägningsdatum: kan inte vara efter i dag (${today}); registrera uppsägningen när den har skickats eller tagits emot.`,
    );
  if (input.agreedEndDate !== null && input.agreedEndDate < input.noticeDate)
    throw fieldError('agreedEndDate', 'Avtalat slutdatum: får inte vara före uppsägningsdatum.');
  const terms = termsOf(before);
  if (input.tenantEarlyExit && (input.noticeGivenBy !== 'staden' || terms.premises !== 'bostad'))
    throw fieldError('tenantEarlyExit', 'Använd 12 kap. 5 § jordabalken: gäller bara när staden säger upp en bostad.');
  const outcome = terminationOutcome(terms, input);
  if (!outcome)
    throw fieldError('noticeDate', 'Uppsägningsdatum: avtalet hade redan upphört av sig självt vid det datumet.');

  const derived = derive({ ...before, status: 'uppsagd', noticeEndsOn: outcome.endsOn }, await loadKpi(ctx), today);
  await updateRecord(
    ctx,
    LEASE,
    { id: input.id, version: input.version },
    {
      noticeGivenBy: input.noticeGivenBy,
      noticeDate: input.noticeDate,
      noticeReason: input.noticeReason,
      noticeRule: outcome.rule,
      noticeEndsOn: outcome.endsOn,
      ...derivedColumns(derived, today),
      status: derived.status === 'avslutad' ? 'avslutad' : 'uppsagd',
    },
    'terminate',
  );
  return getLease(ctx, input.id);
}

export async function archiveLease(ctx: ServiceContext, ref: RecordRef): Promise<LeaseDetail> {
  await archiveRecord(ctx, LEASE, ref);
  return getLease(ctx, ref.id);
}

export async function restoreLease(ctx: ServiceContext, ref: RecordRef): Promise<LeaseDetail> {
  const row = await getRowOrThrow(ctx, LEASE, ref.id);
  const links = await ctx.db('leaseUnits').where({ leaseId: ref.id }).select('unitId');
  const values = { ...toLease(row), unitIds: links.map((l) => l.unitId), acknowledgeWarnings: false };
  await checkLease(ctx, values, ref.id, row.endsOn);
  await restoreRecord(ctx, LEASE, ref);
  return getLease(ctx, ref.id);
}

export async function leaseSummary(ctx: ServiceContext): Promise<z.input<typeof leaseSummarySchema>> {
  const active = () => ctx.db('leases').whereNull('archivedAt');
  const statusRows = await active().select('status').count({ n: '*' }).groupBy('status');
  const rent = await active().whereIn('status', HOLDING_LEASE_STATUSES).sum({ s: 'currentRentOre' }).first();
  return {
    byStatus: Object.fromEntries(statusRows.map((r) => [r.status, Number(r.n)])),
    yearlyRentOre: Number(rent?.s ?? 0),
  };
}
