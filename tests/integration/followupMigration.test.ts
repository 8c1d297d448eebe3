/**
 * Migration 0150 on a database in use: every unit gets its first stock
 * event, dated the day it was registered, in the stock unless archived or
 * wound up, so Uppföljning's stock figures cover the units from before;
 * and migration 0156 gives each 3:7 record its first management event,
 * and 0157 ends each stock event where the next begins; on either engine.
 */
import knexFactory, { type Knex } from 'knex';
import { afterEach, expect, it } from 'vitest';
import { pgConfig } from '../../electron/db/connection';
import { migrationSource } from '../../electron/db/migrate';
import { modulbostadInput } from '../fixtures/bestand';
import { departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';
import { onPostgres } from './testEngine';

let plain: Knex | null = null;
let t: TestBackEnd | null = null;
afterEach(async () => {
  await plain?.destroy();
  await t?.close();
  plain = t = null;
});

/** The test's database without the back end, on either engine, to take migrations back and forth. */
function openPlain(filename: string): Knex {
  return knexFactory(
    onPostgres
      ? pgConfig(filename, false)
      : { client: 'sqlite3', connection: { filename }, useNullAsDefault: true, pool: { min: 1, max: 1 } },
  );
}

it('gives every existing unit its first stock event, archived and wound-up units out of the stock', async () => {
  t = await openTestBackEnd();
  const ff = (await departmentIds(t))['FF']!;
  const kept = await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-M1', use: 'bostad_forst' }));
  const archived = await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-M2' }));
  await t.call('units.archive', { id: archived.id, version: archived.version });
  const dbPath = t.dbPath;
  await t.close();
  t = null;

  plain = openPlain(dbPath);
  await plain.migrate.down({ migrationSource, name: '0150_followup' });
  expect(await plain.schema.hasTable('unit_stock_events')).toBe(false);
  // Raw SQL: the typed tables name columns in camelCase, this connection speaks the schema's snake_case.
  await plain.raw('update units set created_at = ? where id = ?', ['2024-03-05T10:00:00.000Z', kept.id]);
  await plain.destroy();
  plain = null;

  t = await openTestBackEnd({ dbPath });
  const events = (await t.backEnd.database.knex('unitStockEvents').orderBy('unitId')) as {
    unitId: number;
    effectiveDate: string;
    use: string;
    inStock: number | boolean;
  }[];
  expect(events.map((e) => [e.unitId, e.effectiveDate, e.use, Boolean(e.inStock)])).toEqual([
    [kept.id, '2024-03-05', 'bostad_forst', true],
    [archived.id, archived.createdAt.slice(0, 10), 'akutboende', false],
  ]);
});

it('gives every existing 3:7 record its first management event, dated the day it was recorded (0156)', async () => {
  t = await openTestBackEnd();
  const ff = (await departmentIds(t))['FF']!;
  const unit = await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-M3' }));
  await t.call('cityUnits.create', {
    unitId: unit.id,
    managingDepartment: 'MEX',
    lettingMethod: 'korttid',
    supportBoendestod: false,
    supportHemtjanst: true,
    supportOther: null,
    notes: null,
    effectiveFrom: null,
  });
  const dbPath = t.dbPath;
  await t.close();
  t = null;

  plain = openPlain(dbPath);
  await plain.migrate.down({ migrationSource, name: '0156_city_unit_management_events' });
  expect(await plain.schema.hasTable('city_unit_management_events')).toBe(false);
  await plain.raw('update city_unit_management set created_at = ?', ['2025-04-07T08:00:00.000Z']);
  await plain.destroy();
  plain = null;

  t = await openTestBackEnd({ dbPath });
  const events = await t.backEnd.database.knex('cityUnitManagementEvents');
  expect(
    events.map((e) => [e.unitId, e.effectiveDate, e.managingDepartment, e.lettingMethod, Boolean(e.supportHemtjanst)]),
  ).toEqual([[unit.id, '2025-04-07', 'MEX', 'korttid', true]]);
});

it('ends each stock event on the day the next took over, as it is appended and for the events already there (0157)', async () => {
  // Three days in the unit's life: registered, turned to Bostad Först, wound up.
  const days = ['2025-01-10', '2025-06-01', '2026-02-01'];
  t = await openTestBackEnd({ today: days[0] });
  const ff = (await departmentIds(t))['FF']!;
  let unit = await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-V1', use: 'akutboende' }));
  const dbPath = t.dbPath;
  const changes = [{ use: 'bostad_forst' as const }, { use: 'bostad_forst' as const, status: 'avvecklad' as const }];
  for (const [i, change] of changes.entries()) {
    await t.close();
    t = await openTestBackEnd({ dbPath, today: days[i + 1] });
    unit = await t.call('units.update', {
      ...modulbostadInput(ff, { objectNumber: 'MOD-V1', ...change }),
      id: unit.id,
      version: unit.version,
    });
  }
  const spans = async () =>
    (
      (await t!.backEnd.database
        .knex('unitStockEvents')
        .where({ unitId: unit.id })
        .orderBy('id')
        .select('effectiveDate', 'use', 'validUntil')) as {
        effectiveDate: string;
        use: string;
        validUntil: string | null;
      }[]
    ).map((e) => [e.effectiveDate, e.use, e.validUntil]);
  const expected = [
    ['2025-01-10', 'akutboende', '2025-06-01'],
    ['2025-06-01', 'bostad_forst', '2026-02-01'],
    ['2026-02-01', 'bostad_forst', null],
  ];
  expect(await spans()).toEqual(expected);
  await t.close();
  t = null;

  // Taken back to before 0157 and up again: the ends come from the next event, the same.
  plain = openPlain(dbPath);
  await plain.migrate.down({ migrationSource, name: '0157_followup_valid_until' });
  expect(await plain.schema.hasColumn('unit_stock_events', 'valid_until')).toBe(false);
  await plain.destroy();
  plain = null;
  t = await openTestBackEnd({ dbPath });
  expect(await spans()).toEqual(expected);
});
