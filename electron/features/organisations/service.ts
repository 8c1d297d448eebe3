/** Organisations: landlords and developers, each company kept once. */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { ListResult } from '../../../shared/core/listQuery';
import type { RecordRef } from '../../../shared/core/record';
import { AppError, fieldError } from '../../../shared/core/result';
import type {
  Organisation,
  OrganisationOption,
  OrganisationRow,
  organisationInputSchema,
  organisationProcedures,
} from '../../../shared/organisations/schema';
import type { ServiceContext } from '../../core/context';
import { runList, searchText, type ListSpec } from '../../core/listQuery';
import { archiveRecord, createRecord, restoreRecord, updateRecord, type EntityInfo } from '../../core/records';
import type { TableRow } from '../../db/tableRow';

export const ORGANISATION: EntityInfo<'organisations'> = {
  table: 'organisations',
  entity: 'organisation',
  label: 'Organisationen',
};

type OrganisationValues = z.output<typeof organisationInputSchema>;
type Role = 'landlord' | 'developer' | 'all';

const listSpec: ListSpec = {
  columns: {
    name: { column: 'organisations.name', kind: 'text', notNull: true },
    orgNumber: { column: 'organisations.orgNumber', kind: 'text', notNull: true },
    contactPerson: { column: 'organisations.contactPerson', kind: 'text' },
    phone: { column: 'organisations.phone', kind: 'text' },
    email: { column: 'organisations.email', kind: 'text' },
    city: { column: 'organisations.city', kind: 'text' },
    unitCount: { column: 'unitCount', kind: 'number', notNull: true, alias: true },
  },
  search: { columns: ['organisations.searchText'] },
  archivedColumn: 'organisations.archivedAt',
  idColumn: 'organisations.id',
  defaultSort: [{ column: 'name', direction: 'asc' }],
};

function toOrganisation(row: TableRow<'organisations'>): Organisation {
  const { searchText: _s, archivedBy: _a, ...rest } = row;
  return { ...rest, isLandlord: Boolean(row.isLandlord), isDeveloper: Boolean(row.isDeveloper) };
}

function whereRole(qb: Knex.QueryBuilder, role: Role): void {
  if (role === 'landlord') qb.where('organisations.isLandlord', true);
  if (role === 'developer') qb.where('organisations.isDeveloper', true);
}

export async function listOrganisations(
  ctx: ServiceContext,
  query: z.output<(typeof organisationProcedures)['organisations.list']['input']>,
): Promise<ListResult<OrganisationRow>> {
  const unitCount = ctx
    .db('units')
    .count('*')
    .whereRaw('?? = ??', ['units.ownerOrganisationId', 'organisations.id'])
    .whereNull('units.archivedAt');
  const base = ctx.db('organisations').select('organisations.*', unitCount.as('unitCount'));
  whereRole(base, query.role);
  const result = await runList<TableRow<'organisations'> & { unitCount: number | string }>(base, listSpec, query);
  return {
    rows: result.rows.map((r) => ({ ...toOrganisation(r), unitCount: Number(r.unitCount) })),
    total: result.total,
  };
}

export async function organisationOptions(ctx: ServiceContext, role: Role): Promise<OrganisationOption[]> {
  const qb = ctx.db('organisations').whereNull('archivedAt').select('id', 'name', 'orgNumber').orderBy('nameSort');
  whereRole(qb, role);
  return await qb;
}

export async function getOrganisation(ctx: ServiceContext, id: number): Promise<Organisation> {
  const row = await ctx.db('organisations').where({ id }).first();
  if (!row) throw new AppError('NOT_FOUND', `${ORGANISATION.label} finns inte (id ${id}).`);
  return toOrganisation(row);
}

async function checkOrganisation(ctx: ServiceContext, values: OrganisationValues, id: number | null): Promise<void> {
  const same = await ctx
    .db('organisations')
    .where({ orgNumber: values.orgNumber })
    .whereNot('id', id ?? 0)
    .first('name');
  if (same) {
    throw fieldError(
      'orgNumber',
      `Organisationsnummer: ${values.orgNumber} finns redan (${same.name}). Samma företag registreras bara en gång; markera rollerna på den befintliga posten.`,
    );
  }
}

/** The stored columns for a record's values (an import writes the same). */
export function organisationColumns(values: OrganisationValues): Record<string, unknown> {
  return {
    ...values,
    searchText: searchText([values.name, values.orgNumber, values.contactPerson, values.city, values.email]),
  };
}

export async function createOrganisation(ctx: ServiceContext, values: OrganisationValues): Promise<Organisation> {
  await checkOrganisation(ctx, values, null);
  const row = await createRecord(ctx, ORGANISATION, organisationColumns(values));
  return getOrganisation(ctx, row.id);
}

export async function updateOrganisation(
  ctx: ServiceContext,
  input: OrganisationValues & RecordRef,
): Promise<Organisation> {
  const { id, version, ...values } = input;
  await checkOrganisation(ctx, values, id);
  await updateRecord(ctx, ORGANISATION, { id, version }, organisationColumns(values));
  return getOrganisation(ctx, id);
}

export async function archiveOrganisation(ctx: ServiceContext, ref: RecordRef): Promise<Organisation> {
  await archiveRecord(ctx, ORGANISATION, ref);
  return getOrganisation(ctx, ref.id);
}

export async function restoreOrganisation(ctx: ServiceContext, ref: RecordRef): Promise<Organisation> {
  await restoreRecord(ctx, ORGANISATION, ref);
  return getOrganisation(ctx, ref.id);
}
