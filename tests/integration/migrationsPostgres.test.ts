/**
 * The same migrations on PostgreSQL: an empty database is migrated to the
 * end and seeded, opening again applies nothing, a database from a newer
 * version is refused, and the sort keys compare bytewise whatever the
 * database's own locale. (The file-level checks are in migrations.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../electron/db/connection';
import { knownMigrationNames } from '../../electron/db/migrate';
import { SEEDED_DEPARTMENTS } from '../../shared/departments/schema';
import { createEmptyTestDatabase, skipUnlessPostgres } from './testEngine';

const opened: Database[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.close()));
});

describe.skipIf(skipUnlessPostgres('migrating a PostgreSQL database'))('migrations on PostgreSQL', () => {
  it('migrates an empty database, seeds the departments, and applies nothing the second time', async () => {
    const url = await createEmptyTestDatabase();
    const first = await openDatabase(url);
    opened.push(first);
    expect(first.kind).toBe('postgresql');
    const codes = (await first.knex('departments').orderBy('code').pluck('code')) as string[];
    expect(codes).toEqual(SEEDED_DEPARTMENTS.map((d) => d.code).sort());
    expect((await first.knex('knexMigrations').orderBy('id').pluck('name')) as string[]).toEqual(knownMigrationNames());
    await first.close();
    opened.pop();
    const again = await openDatabase(url);
    opened.push(again);
    expect(Number(((await again.knex('departments').count({ n: '*' }).first()) as { n: number }).n)).toBe(
      SEEDED_DEPARTMENTS.length,
    );
  });

  it('refuses a database a newer version migrated, with the Swedish message', async () => {
    const url = await createEmptyTestDatabase();
    const db = await openDatabase(url);
    await db
      .knex('knexMigrations')
      .insert({ name: '9999_from_the_future', batch: 99, migrationTime: new Date().toISOString() });
    await db.close();
    await expect(openDatabase(url)).rejects.toThrow(/nyare version av Bostadsportföljen.*9999_from_the_future/);
  });

  it('declares every sort key COLLATE "C", so it orders by bytes as on SQLite', async () => {
    const url = await createEmptyTestDatabase();
    const db = await openDatabase(url);
    opened.push(db);
    const rows = (await db.knex.raw(
      `select table_name, column_name, collation_name from information_schema.columns
       where table_schema = current_schema() and column_name like '%\\_sort' order by 1, 2`,
    )) as { rows: { table_name: string; column_name: string; collation_name: string | null }[] };
    expect(rows.rows.length).toBeGreaterThanOrEqual(15);
    expect(rows.rows.filter((r) => r.collation_name !== 'C')).toEqual([]);
  });
});
