/**
 * Hushåll: households and their members. Lists carry only the masked
 * number; the members' full numbers are read only by `getHousehold`, the
 * household's own view.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { ListResult, ParsedListQuery } from '../../../shared/core/listQuery';
import type { RecordRef } from '../../../shared/core/record';
import { AppError, fieldError } from '../../../shared/core/result';
import {
  isMaskedIdentity,
  memberLabels,
  REFERRING_DEPARTMENT_CODES,
  type Household,
  type HouseholdOption,
  type HouseholdRow,
  type householdInputSchema,
  type Member,
} from '../../../shared/households/schema';
import { maskIdentityNumber, parseIdentityNumber } from '../../../shared/households/personnummer';
import { appendAudit } from '../../core/audit';
import type { ServiceContext } from '../../core/context';
import { applyListSearch, runList, searchText, type ListSearch, type ListSpec } from '../../core/listQuery';
import { archiveRecord, createRecord, restoreRecord, updateRecord, type EntityInfo } from '../../core/records';
import type { TableRow } from '../../db/tableRow';

export const HOUSEHOLD: EntityInfo<'households'> = { table: 'households', entity: 'household', label: 'Hushållet' };

type HouseholdValues = z.output<typeof householdInputSchema>;
type MemberValues = HouseholdValues['members'][number];

/** Contract statuses in which the household still has (or will have) the unit. */
const OPEN_CONTRACT_STATUSES = ['utkast', 'aktivt', 'uppsagt'];
const LIVE_CONTRACT_STATUSES = ['aktivt', 'uppsagt'];

/** Columns that never hold null sort without an "empty last" term, so the name order is an index walk. */
const listSpec: ListSpec = {
  columns: {
    holderName: { column: 'households.holderName', kind: 'text', notNull: true },
    holderIdentityMasked: { column: 'households.holderIdentityMasked', kind: 'text', notNull: true },
    householdSize: { column: 'households.householdSize', kind: 'number', notNull: true },
    childrenCount: { column: 'households.childrenCount', kind: 'number', notNull: true },
    targetGroup: { column: 'households.targetGroup', kind: 'set', notNull: true },
    referringDepartmentCode: { column: 'departments.code', kind: 'text', notNull: true, joined: true },
    caseworkerName: { column: 'households.caseworkerName', kind: 'text' },
    updatedAt: { column: 'households.updatedAt', kind: 'text', notNull: true },
  },
  archivedColumn: 'households.archivedAt',
  idColumn: 'households.id',
  defaultSort: [{ column: 'holderName', direction: 'asc' }],
};

function selectRows(db: Knex): Knex.QueryBuilder {
  return db('households')
    .join('departments', 'departments.id', 'households.referringDepartmentId')
    .select('households.*', 'departments.code as referringDepartmentCode');
}

type CurrentContract = Pick<HouseholdRow, 'currentContractId' | 'currentContractNumber' | 'currentUnit'>;

/**
 * The live contract (the latest, if ever two) of each household on a page:
 * one indexed query for the page's ids, after the page is chosen. As
 * subqueries in the list query they ran for every row SQLite sorted or
 * skipped (742 ms at offset 50 000 of 100 000 households).
 */
async function currentContracts(ctx: ServiceContext, householdIds: number[]): Promise<Map<number, CurrentContract>> {
  const found = new Map<number, CurrentContract>();
  if (householdIds.length === 0) return found;
  // All the page's contracts (a few per household) through the household index; the status is
  // checked here, since a status filter in SQL tempts SQLite to walk the status index instead.
  const rows = (await ctx
    .db('municipalContracts')
    .join('units', 'units.id', 'municipalContracts.unitId')
    .whereIn('municipalContracts.householdId', householdIds)
    .orderBy('municipalContracts.startDate', 'desc')
    .orderBy('municipalContracts.id', 'desc')
    .select(
      'municipalContracts.householdId',
      'municipalContracts.id',
      'municipalContracts.status',
      'municipalContracts.contractNumber',
      'units.objectNumber',
      'units.address',
    )) as (Pick<TableRow<'municipalContracts'>, 'householdId' | 'id' | 'status' | 'contractNumber'> &
    Pick<TableRow<'units'>, 'objectNumber' | 'address'>)[];
  for (const r of rows.filter((c) => LIVE_CONTRACT_STATUSES.includes(c.status))) {
    if (!found.has(r.householdId))
      found.set(r.householdId, {
        currentContractId: r.id,
        currentContractNumber: r.contractNumber,
        currentUnit: `${r.objectNumber}, ${r.address}`,
      });
  }
  return found;
}

type HouseholdJoined = TableRow<'households'> & { referringDepartmentCode: string };

function toRow(row: HouseholdJoined, current: CurrentContract | undefined): HouseholdRow {
  const { searchText: _s, archivedBy: _a, ...rest } = row;
  return {
    ...rest,
    currentContractId: current?.currentContractId ?? null,
    currentContractNumber: current?.currentContractNumber ?? null,
    currentUnit: current?.currentUnit ?? null,
  };
}

/** Names and birth dates; a whole personnummer typed finds its household exactly, without it being stored in any search text. */
function householdSearch(db: Knex): ListSearch {
  return {
    columns: ['households.searchText'],
    dashesPartWords: true,
    exact(qb, search) {
      const identity = parseIdentityNumber(search);
      if (!identity.ok) return false;
      qb.whereExists(
        db('householdMembers')
          .whereRaw('?? = ??', ['householdMembers.householdId', 'households.id'])
          .where('householdMembers.identityNumber', identity.value)
          .select(db.raw('1')),
      );
      return true;
    },
  };
}

export async function listHouseholds(ctx: ServiceContext, query: ParsedListQuery): Promise<ListResult<HouseholdRow>> {
  // The search reads the households table (and members by id): a count needs no join.
  const result = await runList<HouseholdJoined>(
    selectRows(ctx.db),
    { ...listSpec, search: householdSearch(ctx.db), countBase: () => ctx.db('households'), pageFirst: true },
    query,
  );
  const current = await currentContracts(
    ctx,
    result.rows.map((r) => r.id),
  );
  return { rows: result.rows.map((r) => toRow(r, current.get(r.id))), total: result.total };
}

export async function lookupHouseholds(
  ctx: ServiceContext,
  input: { search: string; id?: number | undefined },
): Promise<HouseholdOption[]> {
  const qb = ctx
    .db('households')
    .select('id', 'holderName', 'holderIdentityMasked', 'householdSize', 'referringDepartmentId')
    .orderBy('holderNameSort')
    .limit(20);
  if (input.id !== undefined) qb.where('id', input.id);
  else {
    qb.whereNull('archivedAt');
    applyListSearch(qb, householdSearch(ctx.db), input.search);
  }
  const rows = await qb;
  return rows.map((r) => ({ id: r.id, label: householdLabel(r), referringDepartmentId: r.referringDepartmentId }));
}

export function householdLabel(h: { holderName: string; holderIdentityMasked: string; householdSize: number }): string {
  return `${h.holderName} (${h.holderIdentityMasked}), ${h.householdSize} pers.`;
}

async function readMembers(ctx: ServiceContext, householdId: number): Promise<Member[]> {
  const rows = await ctx
    .db('householdMembers')
    .where({ householdId })
    .orderBy('position')
    .select('id', 'name', 'identityNumber', 'identityKind', 'isHolder');
  return rows.map((m) => ({ ...m, isHolder: Boolean(m.isHolder) }));
}

/** The household with its members' numbers masked (`19850101-****`). */
export function maskMembers(household: Household): Household {
  return {
    ...household,
    members: household.members.map((m) => ({ ...m, identityNumber: maskIdentityNumber(m.identityNumber) })),
  };
}

export async function getHousehold(ctx: ServiceContext, id: number): Promise<Household> {
  const row = (await ctx
    .db('households')
    .join('departments', 'departments.id', 'households.referringDepartmentId')
    .where('households.id', id)
    .first('households.*', 'departments.code as referringDepartmentCode')) as
    (Omit<Household, 'members'> & { searchText?: string; archivedBy?: string | null }) | undefined;
  if (!row) throw new AppError('NOT_FOUND', `${HOUSEHOLD.label} finns inte (id ${id}).`);
  const { searchText: _s, archivedBy: _a, ...rest } = row;
  return { ...rest, members: await readMembers(ctx, id) };
}

/** Checks what the schema cannot: the department, birth dates, people registered twice. */
async function checkHousehold(ctx: ServiceContext, values: HouseholdValues, id: number | null): Promise<void> {
  const department = await ctx.db('departments').where({ id: values.referringDepartmentId }).first('code');
  if (!department || !(REFERRING_DEPARTMENT_CODES as readonly string[]).includes(department.code)) {
    throw fieldError(
      'referringDepartmentId',
      `Remitterande förvaltning: välj ${REFERRING_DEPARTMENT_CODES.join(', ')} (den förvaltning som följer upp i boendet).`,
    );
  }
  const today = ctx.clock.today();
  for (const [i, m] of values.members.entries()) {
    const parsed = parseIdentityNumber(m.identityNumber, { today });
    if (!parsed.ok)
      throw fieldError(
        `members.${i}.identityNumber`,
        `${memberLabels.identityNumber}: ${parsed.message.charAt(0).toLocaleLowerCase('sv-SE')}${parsed.message.slice(1)}.`,
      );
  }
  const elsewhere = (await ctx
    .db('householdMembers')
    .join('households', 'households.id', 'householdMembers.householdId')
    .whereIn(
      'householdMembers.identityNumber',
      values.members.map((m) => m.identityNumber),
    )
    .whereNot('households.id', id ?? 0)
    .whereNull('households.archivedAt')
    .select('householdMembers.identityNumber', 'households.holderName')) as (Pick<
    TableRow<'householdMembers'>,
    'identityNumber'
  > &
    Pick<TableRow<'households'>, 'holderName'>)[];
  if (elsewhere.length > 0) {
    const clash = elsewhere[0]!;
    const i = values.members.findIndex((m) => m.identityNumber === clash.identityNumber);
    throw fieldError(
      `members.${i}.identityNumber`,
      `${memberLabels.identityNumber}: ${values.members[i]!.name} (${maskIdentityNumber(clash.identityNumber)}) finns redan i hushållet med kontraktsinnehavare ${clash.holderName}; ta bort personen där först.`,
    );
  }
}

export function identityKindOf(identityNumber: string): 'personnummer' | 'samordningsnummer' {
  const parsed = parseIdentityNumber(identityNumber);
  return parsed.ok ? parsed.kind : 'personnummer';
}

function holderOf(members: MemberValues[]): MemberValues {
  return members.find((m) => m.isHolder) ?? members[0]!;
}

/** The stored columns for a household's values (an import writes the same). */
export function householdColumns(values: HouseholdValues): Record<string, unknown> {
  const { members, ...rest } = values;
  const holder = holderOf(members);
  return {
    ...rest,
    holderName: holder.name,
    holderIdentityMasked: maskIdentityNumber(holder.identityNumber),
    // Names and birth dates (the masked part) only: never whole numbers.
    searchText: searchText(members.flatMap((m) => [m.name, m.identityNumber.slice(0, 8)])),
  };
}

/** What the audit log keeps of the members: who, with which number, and who holds the contract. */
export function auditMembers(
  members: { name: string; identityNumber: string; isHolder: boolean; id?: number | undefined }[],
): {
  members: { name: string; identityNumber: string; isHolder: boolean }[];
} {
  return { members: members.map(({ name, identityNumber, isHolder }) => ({ name, identityNumber, isHolder })) };
}

/**
 * The members are part of the household record: a save replaces them as a
 * whole (the household's version guards it), and the audit log keeps the
 * list before and after, so no change is lost.
 */
async function writeMembers(ctx: ServiceContext, householdId: number, members: MemberValues[]): Promise<void> {
  await ctx.db('householdMembers').where({ householdId }).delete();
  await ctx.db('householdMembers').insert(
    members.map((m, position) => ({
      householdId,
      position,
      name: m.name,
      identityNumber: m.identityNumber,
      identityKind: identityKindOf(m.identityNumber),
      isHolder: m.isHolder,
    })),
  );
}

/**
 * Members sent back masked keep their stored number: the form never had it
 * unless the user asked to see it. A masked number needs the member's id,
 * in this household, with the same birth date.
 */
async function withStoredNumbers(
  ctx: ServiceContext,
  householdId: number | null,
  values: HouseholdValues,
): Promise<HouseholdValues> {
  if (!values.members.some((m) => isMaskedIdentity(m.identityNumber))) return values;
  const stored =
    householdId === null ? [] : await ctx.db('householdMembers').where({ householdId }).select('id', 'identityNumber');
  const byId = new Map((stored as { id: number; identityNumber: string }[]).map((m) => [m.id, m.identityNumber]));
  const members = values.members.map((m, i) => {
    if (!isMaskedIdentity(m.identityNumber)) return m;
    const number = m.id === undefined ? undefined : byId.get(m.id);
    if (!number || maskIdentityNumber(number) !== m.identityNumber)
      throw fieldError(
        `members.${i}.identityNumber`,
        `${memberLabels.identityNumber}: skriv hela numret (ÅÅÅÅMMDD-NNNN) för ${m.name || `person ${i + 1}`}.`,
      );
    return { ...m, identityNumber: number };
  });
  return { ...values, members };
}

/** "Visa personnummer": the whole numbers, and an audit row saying who saw whose. */
export async function revealIdentityNumbers(ctx: ServiceContext, id: number): Promise<Household> {
  const household = await getHousehold(ctx, id);
  await appendAudit(ctx, {
    entity: HOUSEHOLD.entity,
    entityId: id,
    action: 'view-identity',
    after: { members: household.members.length },
  });
  return household;
}

export async function createHousehold(ctx: ServiceContext, input: HouseholdValues): Promise<Household> {
  const values = await withStoredNumbers(ctx, null, input);
  await checkHousehold(ctx, values, null);
  const row = await createRecord(ctx, HOUSEHOLD, householdColumns(values));
  await writeMembers(ctx, row.id, values.members);
  await appendAudit(ctx, {
    entity: HOUSEHOLD.entity,
    entityId: row.id,
    action: 'members',
    before: auditMembers([]),
    after: auditMembers(values.members),
  });
  return getHousehold(ctx, row.id);
}

export async function updateHousehold(ctx: ServiceContext, input: HouseholdValues & RecordRef): Promise<Household> {
  const { id, version, ...sent } = input;
  const values = await withStoredNumbers(ctx, id, sent);
  await checkHousehold(ctx, values, id);
  const before = auditMembers(await readMembers(ctx, id));
  await updateRecord(ctx, HOUSEHOLD, { id, version }, householdColumns(values));
  const after = auditMembers(values.members);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    await writeMembers(ctx, id, values.members);
    await appendAudit(ctx, { entity: HOUSEHOLD.entity, entityId: id, action: 'members', before, after });
  }
  return getHousehold(ctx, id);
}

export async function archiveHousehold(ctx: ServiceContext, ref: RecordRef): Promise<Household> {
  const open = await ctx
    .db('municipalContracts')
    .where({ householdId: ref.id })
    .whereIn('status', OPEN_CONTRACT_STATUSES)
    .whereNull('archivedAt')
    .first('contractNumber');
  if (open)
    throw new AppError(
      'VALIDATION',
      `${HOUSEHOLD.label} har kontraktet ${open.contractNumber}, som inte är avslutat; avsluta eller arkivera det först.`,
    );
  await archiveRecord(ctx, HOUSEHOLD, ref);
  return getHousehold(ctx, ref.id);
}

export async function restoreHousehold(ctx: ServiceContext, ref: RecordRef): Promise<Household> {
  await restoreRecord(ctx, HOUSEHOLD, ref);
  return getHousehold(ctx, ref.id);
}
