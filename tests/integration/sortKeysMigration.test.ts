/**
 * Migration 0110 on a database in use, on either engine: taken back to
 * before the sort keys with its `down`, the registers written by the
 * previous version get their keys when it runs again, and sort in Swedish
 * order straight away.
 */
import knexFactory from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { pgConfig } from '../../electron/db/connection';
import { knownMigrationNames, migrationSource } from '../../electron/db/migrate';
import { SORT_KEYED, sortKeyColumn } from '../../electron/db/sortKeys';
import { toSnake } from '../../electron/db/naming';
import { swedishSortKey } from '../../shared/core/sortKey';
import { landlordInput, modulbostadInput } from '../fixtures/bestand';
import { departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';
import { onPostgres } from './testEngine';

let t: TestBackEnd | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('migration 0110: Swedish sort keys for the rows already there', () => {
  it('fills every key from its text and the grid sorts by them at once', async () => {
    t = await openTestBackEnd();
    const ff = (await departmentIds(t))['FF']!;
    for (const [i, address] of ['Östergatan 2', 'Bergaliden 109C', 'Bergaliden 11', 'Åsgatan 1'].entries()) {
      await t.call('units.create', modulbostadInput(ff, { objectNumber: `GAMMAL-${i + 1}`, address }));
    }
    await t.call('organisations.create', landlordInput({ name: 'Ängshem AB' }));
    const dbPath = t.dbPath;
    await t.close();
    t = null;

    const plain = knexFactory(
      onPostgres
        ? pgConfig(dbPath, false)
        : { client: 'sqlite3', connection: { filename: dbPath }, useNullAsDefault: true },
    );
    try {
      // The search index (0140) and what came after it go first, latest first:
      // its triggers name units, which 0110 rebuilds on SQLite.
      const names = knownMigrationNames();
      for (const name of names.slice(names.indexOf('0140_search')).reverse()) {
        await plain.migrate.down({ migrationSource, name });
      }
      await plain.migrate.down({ migrationSource, name: '0110_swedish_sort_keys' });
      expect(await plain.schema.hasColumn('units', 'address_sort')).toBe(false);
    } finally {
      await plain.destroy();
    }

    t = await openTestBackEnd({ dbPath });
    const knex = t.backEnd.database.knex;
    for (const [table, columns] of Object.entries(SORT_KEYED)) {
      const rows = (await knex(table).select(...columns, ...columns.map(sortKeyColumn))) as Record<
        string,
        string | null
      >[];
      for (const row of rows) {
        for (const c of columns)
          expect(row[sortKeyColumn(c)], `${toSnake(table)}.${c}`).toBe(swedishSortKey(row[c] ?? null));
      }
    }
    const units = await t.call('units.list', { sort: [{ column: 'address', direction: 'asc' }], limit: 10 });
    expect(units.rows.map((r) => r.address)).toEqual(['Bergaliden 11', 'Bergaliden 109C', 'Åsgatan 1', 'Östergatan 2']);
  });
});
