/** Stadens hyresrättsbestånd (plan 3:7): management, letting and support per city-owned unit, and disturbances. */
import type { CityUnitRow, CityUnitValues, DisturbanceRow, DisturbanceValues } from '../../../shared/cityUnits/schema';
import { cityUnitLabels as L } from '../../../shared/cityUnits/schema';
import type { RecordRef } from '../../../shared/core/record';
import { AppError, fieldError } from '../../../shared/core/result';
import type { ServiceContext } from '../../core/context';
import { createRecord, updateRecord, type EntityInfo } from '../../core/records';
import type { TableRow } from '../../db/tableRow';
import { bool } from '../quotas/refs';

export const CITY_UNIT: EntityInfo<'cityUnitManagement'> = {
  table: 'cityUnitManagement',
  entity: 'cityUnit',
  label: 'Förvaltningsuppgiften',
};
export const DISTURBANCE: EntityInfo<'unitDisturbances'> = {
  table: 'unitDisturbances',
  entity: 'unitDisturbance',
  label: 'Störningen',
};

function toRow({ archivedBy: _a, ...r }: TableRow<'cityUnitManagement'>): CityUnitRow {
  return { ...r, supportBoendestod: bool(r.supportBoendestod), supportHemtjanst: bool(r.supportHemtjanst) };
}

async function checkCityUnit(ctx: ServiceContext, unitId: number): Promise<void> {
  const unit = await ctx.db('units').where({ id: unitId }).first('ownerType');
  if (!unit) throw fieldError('unitId', `${L.unitId}: välj en bostad i listan.`);
  if (unit.ownerType !== 'staden')
    throw fieldError('unitId', `${L.unitId}: bostaden ägs inte av staden; åtgärd 3:7 gäller stadens egna bostäder.`);
}

export async function cityUnitOf(ctx: ServiceContext, unitId: number): Promise<CityUnitRow | null> {
  const row = await ctx.db('cityUnitManagement').where({ unitId }).first();
  return row ? toRow(row) : null;
}

async function getById(ctx: ServiceContext, id: number): Promise<CityUnitRow> {
  const row = await ctx.db('cityUnitManagement').where({ id }).first();
  if (!row) throw new AppError('NOT_FOUND', `${CITY_UNIT.label} finns inte (id ${id}).`);
  return toRow(row);
}

/**
 * Appends the management as it holds from `effectiveFrom` (today when
 * empty) to the unit's history, which the follow-up reads for past dates.
 * Not in the future (the current record would run ahead of the history)
 * and not before the unit's latest change (the history is read in date order).
 */
async function appendManagementEvent(ctx: ServiceContext, values: CityUnitValues): Promise<void> {
  const today = ctx.clock.today();
  const date = values.effectiveFrom ?? today;
  if (date > today) throw fieldError('effectiveFrom', `${L.effectiveFrom}: kan inte ligga i framtiden.`);
  const latest = await ctx
    .db('cityUnitManagementEvents')
    .where({ unitId: values.unitId })
    .max({ d: 'effectiveDate' })
    .first();
  if (latest?.d && date < String(latest.d))
    throw fieldError(
      'effectiveFrom',
      `${L.effectiveFrom}: får inte ligga före den senaste ändringen (${String(latest.d)}).`,
    );
  await ctx.db('cityUnitManagementEvents').insert({
    unitId: values.unitId,
    effectiveDate: date,
    managingDepartment: values.managingDepartment,
    lettingMethod: values.lettingMethod,
    supportBoendestod: values.supportBoendestod,
    supportHemtjanst: values.supportHemtjanst,
    supportOther: values.supportOther !== null,
    recordedAt: ctx.clock.now(),
    recordedBy: ctx.actor.login,
  });
}

export async function createCityUnit(ctx: ServiceContext, values: CityUnitValues): Promise<CityUnitRow> {
  await checkCityUnit(ctx, values.unitId);
  if (await cityUnitOf(ctx, values.unitId))
    throw fieldError('unitId', `${L.unitId}: uppgifterna finns redan för bostaden; ändra dem i stället.`);
  const { effectiveFrom: _e, ...record } = values;
  await appendManagementEvent(ctx, values);
  const row = await createRecord(ctx, CITY_UNIT, record);
  return getById(ctx, row.id);
}

export async function updateCityUnit(ctx: ServiceContext, input: CityUnitValues & RecordRef): Promise<CityUnitRow> {
  const { id, version, ...values } = input;
  await checkCityUnit(ctx, values.unitId);
  const { effectiveFrom: _e, ...record } = values;
  await updateRecord(ctx, CITY_UNIT, { id, version }, record);
  await appendManagementEvent(ctx, values);
  return getById(ctx, id);
}

export async function disturbancesOf(ctx: ServiceContext, unitId: number): Promise<DisturbanceRow[]> {
  const rows = await ctx.db('unitDisturbances').where({ unitId }).whereNull('archivedAt').orderBy('reportedOn', 'desc');
  return rows.map(({ archivedBy: _a, ...r }) => r);
}

export async function reportDisturbance(ctx: ServiceContext, values: DisturbanceValues): Promise<DisturbanceRow> {
  await checkCityUnit(ctx, values.unitId);
  if (values.reportedOn > ctx.clock.today())
    throw fieldError('reportedOn', `${L.reportedOn}: kan inte ligga i framtiden.`);
  const { archivedBy: _a, ...row } = await createRecord(ctx, DISTURBANCE, values);
  return row;
}
