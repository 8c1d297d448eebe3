/**
 * Demo data for the Bestånd register: landlords, developers and units,
 * written through `dispatch` so it obeys the same rules as a user's input.
 * `bulkUnits` writes many units directly, in chunks, for benchmarks.
 */
import { withSortKeys } from '../db/sortKeys';
import type { Knex } from 'knex';
import { addDays } from '../../shared/core/dates';
import { UNIT_USES, type UnitInput } from '../../shared/units/schema';
import type { BackEnd } from '../core/context';
import { callProcedure } from '../core/callProcedure';
import { searchText } from '../core/listQuery';
import { DEVELOPERS_ONLY, DISTRICTS, FIRST_NAMES, LANDLORDS, LAST_NAMES, SITES, STREETS } from './names';
import { fictionalOrgNumber, Random } from './random';

export interface BestandIds {
  departments: Record<string, number>;
  landlords: number[];
  developers: number[];
  units: { id: number; kind: string; ownerOrganisationId: number | null }[];
}

function unitInput(
  random: Random,
  n: number,
  today: string,
  departments: Record<string, number>,
  landlords: number[],
): UnitInput {
  const kind = random.pick(['modulbostad', 'villavagn', 'lagenhet', 'lagenhet', 'lagenhet'] as const);
  const onSite = kind !== 'lagenhet';
  const owner = !onSite && random.chance(0.85) ? random.pick(landlords) : null;
  const district = random.pick(DISTRICTS);
  const prefix = { modulbostad: 'MOD', villavagn: 'VV', lagenhet: 'LGH' }[kind];
  return {
    objectNumber: `${prefix}-${String(n).padStart(5, '0')}`,
    kind,
    use: onSite ? random.pick(['akutboende', 'stodboende', 'nyanlanda'] as const) : random.pick(UNIT_USES),
    address: `${random.pick(STREETS)} ${random.int(1, 140)}${random.chance(0.2) ? random.pick(['A', 'B', 'C']) : ''}`,
    postalCode: `25${random.int(2, 9)} ${String(random.int(10, 99))}`,
    district,
    rooms: onSite ? random.pick([1, 1, 2]) : random.pick([1, 1.5, 2, 2, 3, 3, 4]),
    areaM2: onSite ? random.int(18, 45) : random.int(28, 95),
    floor: onSite ? 0 : random.int(0, 8),
    responsibleDepartmentId: departments[random.pick(['FF', 'FF', 'FF', 'SOF', 'SOF', 'AMF', 'VOF'])]!,
    ownerType: owner === null ? 'staden' : 'hyresvard',
    ownerOrganisationId: owner,
    site: onSite ? random.pick(SITES) : null,
    permitEndDate: onSite ? addDays(today, random.int(-60, 6 * 365)) : null,
    status: random.pick(['ledig', 'uthyrd', 'uthyrd', 'uthyrd', 'sparrad']),
    notes: random.chance(0.1) ? 'Demo: nyckel hos förvaltaren.' : null,
  };
}

export async function seedBestand(backEnd: BackEnd, random: Random, unitCount: number): Promise<BestandIds> {
  const departments = Object.fromEntries(
    (await backEnd.database.knex('departments').select('id', 'code')).map((d) => [d.code, d.id]),
  );
  const landlords: number[] = [];
  const developers: number[] = [];
  for (const l of LANDLORDS) {
    const contact = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    const o = await callProcedure(backEnd, 'organisations.create', {
      name: l.name,
      orgNumber: fictionalOrgNumber(random),
      isLandlord: true,
      isDeveloper: l.developer,
      contactPerson: contact,
      phone: `042-${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
      email: `${contact.split(' ')[0]!.toLowerCase()}@exempel.se`,
      address: `${random.pick(STREETS)} ${random.int(1, 60)}`,
      postalCode: `25${random.int(2, 9)} ${random.int(10, 99)}`,
      city: 'Helsingborg',
      notes: null,
    });
    landlords.push(o.id);
    if (l.developer) developers.push(o.id);
  }
  for (const name of DEVELOPERS_ONLY) {
    const o = await callProcedure(backEnd, 'organisations.create', {
      name,
      orgNumber: fictionalOrgNumber(random),
      isLandlord: false,
      isDeveloper: true,
      contactPerson: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
      phone: null,
      email: null,
      address: null,
      postalCode: null,
      city: 'Helsingborg',
      notes: null,
    });
    developers.push(o.id);
  }
  const today = backEnd.clock.today();
  const units: BestandIds['units'] = [];
  for (let n = 1; n <= unitCount; n++) {
    const input = unitInput(random, n, today, departments, landlords);
    const u = await callProcedure(backEnd, 'units.create', input);
    units.push({ id: u.id, kind: input.kind, ownerOrganisationId: input.ownerOrganisationId ?? null });
  }
  return { departments, landlords, developers, units };
}

/** SQLite refuses compound inserts of more than 500 rows. */
export const INSERT_CHUNK = 500;

export async function insertChunked(
  trx: Knex.Transaction | Knex,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  // Bulk rows skip records.ts, so they get their sort keys here.
  const keyed = rows.map((r) => withSortKeys(table, r));
  for (let i = 0; i < keyed.length; i += INSERT_CHUNK) await trx(table).insert(keyed.slice(i, i + INSERT_CHUNK));
}

/** `count` units written straight into the table (benchmarks), numbered after `from`. */
export async function bulkUnits(backEnd: BackEnd, random: Random, count: number, from = 100000): Promise<void> {
  const db = backEnd.database.knex;
  const departments = Object.fromEntries((await db('departments').select('id', 'code')).map((d) => [d.code, d.id]));
  let landlords = (await db('organisations').where('isLandlord', true).select('id')).map((o) => o.id);
  if (landlords.length === 0) landlords = (await seedBestand(backEnd, random, 0)).landlords;
  const today = backEnd.clock.today();
  const now = backEnd.clock.now();
  const login = backEnd.actor.login;
  await db.transaction(async (trx) => {
    const rows: Record<string, unknown>[] = [];
    for (let i = 1; i <= count; i++) {
      const u = unitInput(random, from + i, today, departments, landlords);
      rows.push({
        ...u,
        searchText: searchText([u.objectNumber, u.address, u.postalCode, u.district, u.site]),
        version: 1,
        createdAt: now,
        createdBy: login,
        updatedAt: now,
        updatedBy: login,
      });
      if (rows.length === 5000) await insertChunked(trx, 'units', rows.splice(0));
    }
    await insertChunked(trx, 'units', rows);
  });
}
