/**
 * Migration 0150 on a database in use: every unit gets its first stock
 * event, dated the day it was registered, in the stock unless archived or
 * wound up, so Uppföljning's stock figures cover the units from before;
 * on either engine.
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

function openPlain(dbPath: string): Knex {
  return knexFactory(
    onPostgres
      ? pgConfig(dbPath, false)
      : { client: 'sqlite3', connection: { filename: dbPath }, useNullAsDefault: true, pool: { min: 1, max: 1 } },
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
  await plain<Record<string, unknown>>('units')
    .where({ id: kept.id })
    .update({ created_at: '2024-03-05T10:00:00.000Z' });
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
