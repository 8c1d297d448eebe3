import fs from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../electron/db/connection';
import { knownMigrationNames } from '../../electron/db/migrate';
import { SEEDED_DEPARTMENTS } from '../../shared/departments/schema';
import { tablesSource, unknownDomainColumns, type ColumnInfo } from './tablesSource';
import { tempDir } from './testBackEnd';

const opened: Database[] = [];
async function open(file: string): Promise<Database> {
  const db = await openDatabase(file);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.close()));
});

describe('migrations', () => {
  it('every migration file is in the bundled list, in order', () => {
    const files = fs
      .readdirSync(path.resolve(import.meta.dirname, '../../migrations'))
      .filter((f) => /^\d{4}_.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(knownMigrationNames()).toEqual(files);
  });

  it('migrates an empty file and seeds the six departments', async () => {
    const db = await open(path.join(tempDir(), 'new.sqlite'));
    const departments = (await db.knex('departments').select('code').orderBy('code')) as { code: string }[];
    expect(departments.map((d) => d.code)).toEqual(SEEDED_DEPARTMENTS.map((d) => d.code).sort());
    const applied = (await db.knex('knexMigrations').select('name')) as { name: string }[];
    expect(applied.map((m) => m.name)).toEqual(knownMigrationNames());
  });

  it('is idempotent: opening again applies nothing and duplicates nothing', async () => {
    const file = path.join(tempDir(), 'twice.sqlite');
    await (await open(file)).close();
    opened.pop();
    const db = await open(file);
    expect(Number(((await db.knex('departments').count({ n: '*' }).first()) as { n: number }).n)).toBe(
      SEEDED_DEPARTMENTS.length,
    );
    expect(Number(((await db.knex('knexMigrations').count({ n: '*' }).first()) as { n: number }).n)).toBe(
      knownMigrationNames().length,
    );
  });

  it('refuses a database migrated by a newer version, with a Swedish message, and changes nothing', async () => {
    const file = path.join(tempDir(), 'newer.sqlite');
    const db = await open(file);
    await db
      .knex('knexMigrations')
      .insert({ name: '9999_from_the_future', batch: 99, migrationTime: new Date().toISOString() });
    await db.close();
    opened.pop();
    const before = fs.readFileSync(file);
    await expect(openDatabase(file)).rejects.toThrow(/nyare version av Bostadsportföljen.*9999_from_the_future/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('sets up SQLite for a shared network file: rollback journal, full sync, foreign keys, busy timeout', async () => {
    const db = await open(path.join(tempDir(), 'pragmas.sqlite'));
    const pragma = async (name: string) =>
      Object.values(((await db.knex.raw(`PRAGMA ${name}`)) as Record<string, unknown>[])[0]!)[0];
    expect(await pragma('journal_mode')).toBe('delete');
    expect(await pragma('synchronous')).toBe(2);
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBeGreaterThanOrEqual(5000);
  });

  it('matches the committed schema snapshot', async () => {
    const db = await open(path.join(tempDir(), 'schema.sqlite'));
    const rows = (await db.knex.raw(
      // The change triggers are generated per table at open (db/changeTriggers.ts), not by a migration.
      "select type, name, sql from sqlite_master where name not like 'sqlite_%' and name not like 'bostad_change_%' order by type, name",
    )) as {
      type: string;
      name: string;
      sql: string | null;
    }[];
    expect(rows.map((r) => `${r.type} ${r.name}: ${r.sql ?? ''}`).join('\n')).toMatchSnapshot();

    // The typed tables follow the same schema: regenerated with `-u`, like the snapshot.
    // Full-text indexes (and SQLite's shadow tables behind them) are read only
    // through raw MATCH queries (electron/features/search): no typed table.
    const virtual = rows.filter((r) => r.sql?.startsWith('CREATE VIRTUAL TABLE')).map((r) => r.name);
    const typed = rows.filter(
      (r) => r.type === 'table' && !virtual.some((v) => r.name === v || r.name.startsWith(`${v}_`)),
    );
    const columns: ColumnInfo[] = [];
    for (const { name: table } of typed) {
      const info = (await db.knex.raw(`PRAGMA table_info(${table})`)) as {
        name: string;
        type: string;
        notnull: number;
        dfltValue: string | null;
        pk: number;
      }[];
      for (const c of info)
        columns.push({
          table,
          name: c.name,
          type: c.type,
          notNull: c.notnull === 1,
          hasDefault: c.dfltValue !== null,
          primaryKey: c.pk > 0,
        });
    }
    // Every column given a domain union must exist, or the map would type nothing and say nothing.
    expect(unknownDomainColumns(columns)).toEqual([]);
    const target = path.resolve(import.meta.dirname, '../../electron/db/tables.ts');
    const source = await format(tablesSource(columns), { ...(await resolveConfig(target)), filepath: target });
    await expect(source).toMatchFileSnapshot(target);
  });
});
