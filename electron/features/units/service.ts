/** Bostäder: the unit register. */
import type { Knex } from 'knex';
import { HOLDING_LEASE_STATUSES } from '../../../shared/leases/schema';
import { addDays, daysBetween } from '../../../shared/core/dates';
import type { ListResult } from '../../../shared/core/listQuery';
import { AppError, fieldError } from '../../../shared/core/result';
import type { RecordRef } from '../../../shared/core/record';
import {
  ownerTypeLabels,
  PERMIT_WARNING_DAYS,
  unitKindLabels,
  unitLabels,
  unitStatusLabels,
  type UnitOption,
  type UnitRow,
  type UnitSummary,
  type unitInputSchema,
  type unitListQuerySchema,
} from '../../../shared/units/schema';
import type { z } from 'zod';
import type { ServiceContext } from '../../core/context';
import { nextObjectNumber } from './objectNumbers';
import { runList, searchText, type ListSpec } from '../../core/listQuery';
import { liveContractOnUnit } from '../contracts/queries';
import { recordStockEvent } from './stockEvents';
import { unitOwnerWarnings } from './ownerWarnings';
import { warningMessage } from '../../../shared/contracts/rules';
import { archiveRecord, createRecord, restoreRecord, updateRecord, type EntityInfo } from '../../core/records';
import { joinedRows, type TableRow } from '../../db/tableRow';

export const UNIT: EntityInfo<'units'> = { table: 'units', entity: 'unit', label: 'Bostaden' };

type UnitValues = z.output<typeof unitInputSchema>;

const listSpec: ListSpec = {
  columns: {
    objectNumber: { column: 'units.objectNumber', kind: 'text', notNull: true },
    kind: { column: 'units.kind', kind: 'set', notNull: true },
    use: { column: 'units.use', kind: 'set', notNull: true },
    address: { column: 'units.address', kind: 'text', notNull: true },
    postalCode: { column: 'units.postalCode', kind: 'text' },
    district: { column: 'units.district', kind: 'text' },
    rooms: { column: 'units.rooms', kind: 'number' },
    areaM2: { column: 'units.areaM2', kind: 'number' },
    floor: { column: 'units.floor', kind: 'number' },
    responsibleDepartmentCode: { column: 'departments.code', kind: 'text', notNull: true, joined: true },
    ownerName: { column: 'organisations.name', kind: 'text', joined: true },
    site: { column: 'units.site', kind: 'text' },
    permitEndDate: { column: 'units.permitEndDate', kind: 'date' },
    // Days left sorts and filters as the date it counts to.
    permitDaysLeft: { column: 'units.permitEndDate', kind: 'date' },
    status: { column: 'units.status', kind: 'set', notNull: true },
    updatedAt: { column: 'units.updatedAt', kind: 'text', notNull: true },
  },
  search: { columns: ['units.searchText'] },
  archivedColumn: 'units.archivedAt',
  idColumn: 'units.id',
  defaultSort: [{ column: 'objectNumber', direction: 'asc' }],
};

/**
 * One indexed look-up per row (lease_units by unit_id): the end of the
 * lease the unit is on, when that lease is ending.
 */
export function unitLeaseEndsOn(db: Knex): Knex.QueryBuilder {
  return db('leaseUnits')
    .join('leases', 'leases.id', 'leaseUnits.leaseId')
    .whereRaw('?? = ??', ['leaseUnits.unitId', 'units.id'])
    .whereIn('leases.status', HOLDING_LEASE_STATUSES)
    .whereNull('leases.archivedAt')
    .min('leases.endsOn');
}

/** The owner and lease are null when the unit has none; every unit has a responsible department. */
type UnitJoined = TableRow<'units'> & {
  responsibleDepartmentCode: string;
  ownerName: string | null;
  leaseEndsOn: string | null;
};

function selectRows(db: Knex): Knex.QueryBuilder<UnitJoined, UnitJoined[]> {
  const leaseEndsOn = unitLeaseEndsOn(db);
  return joinedRows(
    db('units')
      .leftJoin('departments', 'departments.id', 'units.responsibleDepartmentId')
      .leftJoin('organisations', 'organisations.id', 'units.ownerOrganisationId')
      .select(
        'units.*',
        'departments.code as responsibleDepartmentCode',
        'organisations.name as ownerName',
        leaseEndsOn.as('leaseEndsOn'),
      ),
  );
}

function toRow(row: UnitJoined, today: string): UnitRow {
  const { searchText: _search, archivedBy: _by, ...rest } = row;
  return {
    ...rest,
    // The owner as every screen and export says it: a city-owned unit's owner is "Staden".
    ownerName: row.ownerName ?? (row.ownerType === 'staden' ? ownerTypeLabels.staden : null),
    permitDaysLeft: row.permitEndDate ? daysBetween(today, row.permitEndDate) : null,
  };
}

/** The unit list's rows before paging (joins, owner scope) and its spec; an export reads it all. */
export function unitListView(
  ctx: ServiceContext,
  query: z.output<typeof unitListQuerySchema>,
): { base: Knex.QueryBuilder; spec: ListSpec } {
  const scoped = (qb: Knex.QueryBuilder) =>
    query.ownerOrganisationId === undefined ? qb : qb.where('units.ownerOrganisationId', query.ownerOrganisationId);
  return { base: scoped(selectRows(ctx.db)), spec: { ...listSpec, countBase: () => scoped(ctx.db('units')) } };
}

export async function listUnits(
  ctx: ServiceContext,
  query: z.output<typeof unitListQuerySchema>,
): Promise<ListResult<UnitRow>> {
  const { base, spec } = unitListView(ctx, query);
  const result = await runList<UnitJoined>(base, spec, query);
  const today = ctx.clock.today();
  return { rows: result.rows.map((r) => toRow(r, today)), total: result.total };
}

/** The units a picker offers: the list's own search, 20 by object number; or the one unit asked for by id. */
export async function lookupUnits(
  ctx: ServiceContext,
  input: { search: string; id?: number | undefined },
): Promise<UnitOption[]> {
  const rows =
    input.id !== undefined
      ? [await getUnit(ctx, input.id)]
      : (
          await listUnits(ctx, {
            search: input.search,
            offset: 0,
            limit: 20,
            withTotal: false,
            sort: [{ column: 'objectNumber', direction: 'asc' }],
            filters: {},
            includeArchived: false,
          })
        ).rows;
  return rows.map((u) => ({
    id: u.id,
    label: `${u.objectNumber}, ${u.address}`,
    detail: [unitKindLabels[u.kind], u.district, u.ownerName ?? 'Staden', unitStatusLabels[u.status].toLowerCase()]
      .filter(Boolean)
      .join(' · '),
  }));
}

export async function getUnit(ctx: ServiceContext, id: number): Promise<UnitRow> {
  const row = await selectRows(ctx.db).where('units.id', id).first();
  if (!row) throw new AppError('NOT_FOUND', `${UNIT.label} finns inte (id ${id}).`);
  return toRow(row, ctx.clock.today());
}

/** Checks what the schema cannot: references exist, the number is free. */
async function checkUnit(ctx: ServiceContext, values: UnitValues, id: number | null): Promise<void> {
  const taken = await ctx
    .db('units')
    .where({ objectNumber: values.objectNumber })
    .whereNot('id', id ?? 0)
    .first('id');
  if (taken) throw fieldError('objectNumber', `Objektnummer: ${values.objectNumber} används redan av en annan bostad.`);
  const department = await ctx.db('departments').where({ id: values.responsibleDepartmentId }).first('id');
  if (!department) throw fieldError('responsibleDepartmentId', 'Ansvarig förvaltning: välj en förvaltning i listan.');
  if (values.ownerOrganisationId !== null) {
    const owner = await ctx.db('organisations').where({ id: values.ownerOrganisationId }).first('isLandlord');
    if (!owner) throw fieldError('ownerOrganisationId', 'Hyresvärd: välj en hyresvärd i listan.');
    if (!owner.isLandlord)
      throw fieldError('ownerOrganisationId', 'Hyresvärd: organisationen är inte registrerad som hyresvärd.');
  }
}

/** The stored columns for a record's values (an import writes the same). */
export function unitColumns(values: UnitValues): Record<string, unknown> {
  return {
    ...values,
    searchText: searchText([values.objectNumber, values.address, values.postalCode, values.district, values.site]),
  };
}

export async function createUnit(
  ctx: ServiceContext,
  input: Omit<UnitValues, 'objectNumber'> & { objectNumber: string | null },
): Promise<UnitRow> {
  // Left empty: the next number of the kind's series, taken under the write lock.
  const values = { ...input, objectNumber: input.objectNumber ?? (await nextObjectNumber(ctx, input.kind)) };
  await checkUnit(ctx, values, null);
  const row = await createRecord(ctx, UNIT, unitColumns(values));
  await recordStockEvent(ctx, row.id);
  return getUnit(ctx, row.id);
}

export async function updateUnit(
  ctx: ServiceContext,
  input: UnitValues & RecordRef & { acknowledgeWarnings?: boolean },
): Promise<UnitRow> {
  const { id, version, acknowledgeWarnings = false, ...values } = input;
  await checkUnit(ctx, values, id);
  const warnings = await unitOwnerWarnings(ctx, id, values.objectNumber, values);
  if (warnings.length > 0 && !acknowledgeWarnings)
    throw fieldError('acknowledgeWarnings', warningMessage(unitLabels.acknowledgeWarnings, warnings));
  const contract = values.status === 'uthyrd' ? undefined : await liveContractOnUnit(ctx, id);
  if (contract)
    throw fieldError(
      'status',
      `Status: bostaden är uthyrd på kommunalt kontrakt ${contract.contractNumber}; avsluta kontraktet, så blir den ledig.`,
    );
  await updateRecord(ctx, UNIT, { id, version }, unitColumns(values));
  await recordStockEvent(ctx, id);
  return getUnit(ctx, id);
}

export async function archiveUnit(ctx: ServiceContext, ref: RecordRef): Promise<UnitRow> {
  const contract = await liveContractOnUnit(ctx, ref.id);
  if (contract)
    throw new AppError(
      'VALIDATION',
      `${UNIT.label} är uthyrd på kommunalt kontrakt ${contract.contractNumber} och kan inte arkiveras; avsluta kontraktet först.`,
    );
  await archiveRecord(ctx, UNIT, ref);
  await recordStockEvent(ctx, ref.id);
  return getUnit(ctx, ref.id);
}

export async function restoreUnit(ctx: ServiceContext, ref: RecordRef): Promise<UnitRow> {
  await restoreRecord(ctx, UNIT, ref);
  await recordStockEvent(ctx, ref.id);
  return getUnit(ctx, ref.id);
}

export async function unitSummary(ctx: ServiceContext): Promise<UnitSummary> {
  const today = ctx.clock.today();
  const active = () => ctx.db('units').whereNull('archivedAt');
  const statusRows = await active().select('status').count({ n: '*' }).groupBy('status');
  const byStatus = Object.fromEntries(statusRows.map((r) => [r.status, Number(r.n)]));
  const count = async (qb: Knex.QueryBuilder) =>
    Number(((await qb.count({ n: '*' }).first()) as { n: number | string }).n);
  return {
    total: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    permitsEndingSoon: await count(
      active()
        .whereNot('status', 'avvecklad')
        .whereBetween('permitEndDate', [today, addDays(today, PERMIT_WARNING_DAYS)]),
    ),
    permitsEnded: await count(active().whereNot('status', 'avvecklad').where('permitEndDate', '<', today)),
  };
}
