/**
 * Swedish natural order in the grids, the same on both engines (the suite
 * runs on SQLite and on PostgreSQL): the stored sort keys are what the
 * list query orders by, every write path keeps them equal to their text,
 * and on PostgreSQL the order equals ICU's own Swedish collation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBestand, bulkUnits } from '../../electron/demo/bestand';
import { seedHouseholds } from '../../electron/demo/households';
import { seedLandAgreements } from '../../electron/demo/landAgreements';
import { seedLeases } from '../../electron/demo/leases';
import { seedOnward } from '../../electron/demo/onward';
import { Random } from '../../electron/demo/random';
import { SORT_KEYED, sortKeyColumn } from '../../electron/db/sortKeys';
import { swedishSortKey } from '../../shared/core/sortKey';
import { modulbostadInput } from '../fixtures/bestand';
import { departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';
import { skipUnlessPostgres } from './testEngine';

const ADDRESSES = [
  'Östra Vallgatan 4',
  'Bergaliden 109C',
  'Ängelholmsvägen 3',
  'Bergaliden 11',
  'Zinkgatan 2',
  'Åkervägen 1',
  'bergaliden 9',
  'Adelgatan 1',
  'Bergaliden 11A',
  'Café Vägen 5',
  'Cederbergs väg 2',
];
const EXPECTED = [
  'Adelgatan 1',
  'bergaliden 9',
  'Bergaliden 11',
  'Bergaliden 11A',
  'Bergaliden 109C',
  'Café Vägen 5',
  'Cederbergs väg 2',
  'Zinkgatan 2',
  'Åkervägen 1',
  'Ängelholmsvägen 3',
  'Östra Vallgatan 4',
];

let t: TestBackEnd;
beforeAll(async () => {
  t = await openTestBackEnd();
  const ff = (await departmentIds(t))['FF']!;
  for (const [i, address] of ADDRESSES.entries()) {
    await t.call('units.create', modulbostadInput(ff, { objectNumber: `SORT-${i + 1}`, address }));
  }
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('Swedish order in the grids', () => {
  it('sorts addresses with å, ä, ö after z and house numbers by value, both ways', async () => {
    const asc = await t.call('units.list', { sort: [{ column: 'address', direction: 'asc' }], limit: 100 });
    expect(asc.rows.map((r) => r.address)).toEqual(EXPECTED);
    const desc = await t.call('units.list', { sort: [{ column: 'address', direction: 'desc' }], limit: 100 });
    expect(desc.rows.map((r) => r.address)).toEqual([...EXPECTED].reverse());
  });

  it('sorts object numbers by their numbers (SORT-2 before SORT-10)', async () => {
    const rows = (await t.call('units.list', { sort: [{ column: 'objectNumber', direction: 'asc' }], limit: 100 }))
      .rows;
    expect(rows.map((r) => r.objectNumber)).toEqual(ADDRESSES.map((_, i) => `SORT-${i + 1}`));
  });

  it('keeps the key in step when the text is edited', async () => {
    const first = (await t.call('units.list', { sort: [{ column: 'address', direction: 'asc' }], limit: 1 })).rows[0]!;
    const unit = await t.call('units.get', { id: first.id });
    await t.call('units.update', { ...unit, address: 'Öxnehaga 1' });
    const rows = (await t.call('units.list', { sort: [{ column: 'address', direction: 'asc' }], limit: 100 })).rows;
    expect(rows.at(-1)!.address).toBe('Öxnehaga 1');
    // The key is the database's business: the record's history shows the address alone.
    const audit = (await t.backEnd.database
      .knex('auditLog')
      .where({ entity: 'unit', entityId: unit.id, action: 'update' })
      .first('before', 'after')) as { before: string; after: string };
    expect(JSON.parse(audit.after)).toMatchObject({ address: 'Öxnehaga 1' });
    expect(audit.before + audit.after).not.toContain('Sort');
  });

  it.skipIf(skipUnlessPostgres('the comparison with ICU collation'))(
    'on PostgreSQL, orders exactly as ICU collation sv-SE-u-kn-true does',
    async () => {
      const knex = t.backEnd.database.knex;
      await knex.raw(`create collation if not exists sv_natural (provider = icu, locale = 'sv-SE-u-kn-true')`);
      const icu = (await knex('units').orderByRaw('address collate sv_natural').pluck('address')) as string[];
      const byKey = (await t.call('units.list', { sort: [{ column: 'address', direction: 'asc' }], limit: 100 })).rows;
      expect(icu).toHaveLength(ADDRESSES.length);
      expect(byKey.map((r) => r.address)).toEqual(icu);
    },
  );
});

describe('every write path keeps the keys', () => {
  it('demo data and bulk rows, written through every path, carry the key of their text', async () => {
    const d = await openTestBackEnd();
    try {
      const random = new Random();
      const bestand = await seedBestand(d.backEnd, random, 300);
      await seedLeases(d.backEnd, random, bestand);
      await seedHouseholds(d.backEnd, random, bestand);
      await seedOnward(d.backEnd, random, bestand);
      await seedLandAgreements(d.backEnd, random, bestand);
      await bulkUnits(d.backEnd, random, 200);
      const knex = d.backEnd.database.knex;
      let checked = 0;
      for (const [table, columns] of Object.entries(SORT_KEYED)) {
        const rows = (await knex(table).select('id', ...columns, ...columns.map(sortKeyColumn))) as Record<
          string,
          string | null
        >[];
        for (const row of rows) {
          for (const c of columns) {
            expect(row[sortKeyColumn(c)], `${table}.${c} of ${row['id']}`).toBe(swedishSortKey(row[c] ?? null));
            if (row[c] !== null) checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(1000);
    } finally {
      await d.close();
    }
  }, 180_000);
});
