/**
 * The desktop start's open-and-check, on real files: every way a chosen
 * database can fail gives its kind and a Swedish message (the start window
 * then offers the same choices again), and nothing is written to a file
 * that was refused. An up-to-date database is not written at all on start,
 * so a read-only share or a colleague's write lock does not fail it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { folderToCreate, openDatabase, type Database } from '../../electron/db/connection';
import { knownMigrationNames, migrateDownTo } from '../../electron/db/migrate';
import { openAndCheck, releaseStaleLock, type OpenCheck } from '../../electron/desktop/databaseCheck';
import { tempDir } from './testBackEnd';

const opened: Database[] = [];
const holders: sqlite3.Database[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.close()));
  await Promise.all(holders.splice(0).map((h) => new Promise<void>((resolve) => h.close(() => resolve()))));
});

function keep(result: OpenCheck): OpenCheck {
  if (result.ok) opened.push(result.database);
  return result;
}

async function migrated(file: string): Promise<string> {
  const db = await openDatabase(file);
  await db.close();
  return file;
}

function exec(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(sql, (e) => (e ? reject(e) : resolve())));
}

/** A second "user" holding a lock on the file. */
async function hold(file: string, sql: string): Promise<sqlite3.Database> {
  const db = new sqlite3.Database(file);
  holders.push(db);
  await exec(db, sql);
  return db;
}

describe('open and check the chosen database', () => {
  it('creates a new database only when asked to ("Skapa ny…"), and migrates it', async () => {
    const file = path.join(tempDir(), 'ny.sqlite');
    const refused = await openAndCheck(file);
    expect(refused).toMatchObject({ ok: false, problem: 'missing' });
    expect(refused.ok ? '' : refused.message).toMatch(/^Databasfilen .* finns inte/);
    expect(fs.existsSync(file)).toBe(false);

    const created = keep(await openAndCheck(file, { create: true }));
    expect(created.ok).toBe(true);
    const applied = created.ok
      ? ((await created.database.knex('knexMigrations').select('name')) as { name: string }[])
      : [];
    expect(applied.map((m) => m.name)).toEqual(knownMigrationNames());
  });

  it('writes nothing to an up-to-date database on start (no migration lock, no change)', async () => {
    const file = await migrated(path.join(tempDir(), 'aktuell.sqlite'));
    const before = fs.readFileSync(file);
    const result = keep(await openAndCheck(file));
    expect(result.ok).toBe(true);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a folder that cannot be reached is "offline" and is not created', async () => {
    const dir = path.join(tempDir(), 'K-enheten', 'Bostad');
    const result = await openAndCheck(path.join(dir, 'bostad.sqlite'), { create: true });
    expect(result).toMatchObject({ ok: false, problem: 'offline' });
    expect(result.ok ? '' : result.message).toMatch(/går inte att nå.*nätverksenheten/);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('a text file, an empty file and a folder are "not a database", and are left as they were', async () => {
    const dir = tempDir();
    const text = path.join(dir, 'anteckningar.sqlite');
    fs.writeFileSync(text, 'Det här är ingen databas.\n'.repeat(100));
    const empty = path.join(dir, 'tom.sqlite');
    fs.writeFileSync(empty, '');
    for (const file of [text, empty, dir]) {
      const result = await openAndCheck(file);
      expect(result).toMatchObject({ ok: false, problem: 'not-a-database' });
      expect(result.ok ? '' : result.message).toMatch(/inte en databas för Bostadsportföljen/);
    }
    expect(fs.readFileSync(text, 'utf8')).toBe('Det här är ingen databas.\n'.repeat(100));
    expect(fs.statSync(empty).size).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['anteckningar.sqlite', 'tom.sqlite']);
  });

  it('a database locked by someone else for longer than the busy timeout is "locked"', async () => {
    const file = await migrated(path.join(tempDir(), 'last.sqlite'));
    await hold(file, 'BEGIN EXCLUSIVE; UPDATE users SET display_name = display_name;');
    const result = await openAndCheck(file, { busyTimeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, problem: 'locked' });
    expect(result.ok ? '' : result.message).toMatch(/låst av ett annat program eller en annan användare/);
  });

  it('a database a newer build has migrated is "too new", and is not changed', async () => {
    const file = await migrated(path.join(tempDir(), 'nyare.sqlite'));
    const db = await hold(
      file,
      `INSERT INTO knex_migrations (name, batch, migration_time) VALUES ('9999_framtid', 9, '2030-01-01')`,
    );
    await new Promise<void>((resolve) => db.close(() => resolve()));
    holders.pop();
    const before = fs.readFileSync(file);
    const result = await openAndCheck(file);
    expect(result).toMatchObject({ ok: false, problem: 'too-new' });
    expect(result.ok ? '' : result.message).toMatch(/nyare version av Bostadsportföljen.*9999_framtid/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('while another computer migrates the database it is "migrating"; once it is done the retry opens it', async () => {
    const file = path.join(tempDir(), 'uppdateras.sqlite');
    // A database from before any migration, which "the other computer" is upgrading under the write lock.
    const other = await hold(file, 'CREATE TABLE gammal (id INTEGER); BEGIN IMMEDIATE; INSERT INTO gammal VALUES (1);');
    const result = await openAndCheck(file, { busyTimeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, problem: 'migrating' });
    expect(result.ok ? '' : result.message).toMatch(/uppdateras just nu .* på en annan dator/);
    await exec(other, 'COMMIT;');
    expect(keep(await openAndCheck(file, { busyTimeoutMs: 300 })).ok).toBe(true);
  });

  it('a lock left by a killed upgrade is "stale-lock"; releasing it lets the database open and migrate', async () => {
    const file = await migrated(path.join(tempDir(), 'avbruten.sqlite'));
    const plain = await openDatabase(file);
    await migrateDownTo(plain.knex, knownMigrationNames().at(-1)!);
    await plain.knex('knexMigrationsLock').update({ isLocked: 1 });
    await plain.close();

    const result = await openAndCheck(file);
    expect(result).toMatchObject({ ok: false, problem: 'stale-lock' });
    expect(result.ok ? '' : result.message).toMatch(/avbröts och lämnade den låst/);
    expect(await releaseStaleLock(file)).toBe(true);
    const reopened = keep(await openAndCheck(file));
    expect(reopened.ok).toBe(true);
    expect(await releaseStaleLock(file)).toBe(false);
  });

  it('a failed upgrade rolls back whole: no half-migrated schema and no lock left set', async () => {
    const file = path.join(tempDir(), 'halv.sqlite');
    // 0006 creates `settings`; a table already by that name makes it fail after 0001–0005 ran.
    const db = await hold(file, 'CREATE TABLE settings (x INTEGER);');
    await new Promise<void>((resolve) => db.close(() => resolve()));
    holders.pop();
    const result = await openAndCheck(file);
    expect(result.ok).toBe(false);
    const check = await hold(file, 'SELECT 1');
    const all = (sql: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) =>
        check.all(sql, (e, rows: Record<string, unknown>[]) => (e ? reject(e) : resolve(rows))),
      );
    // Knex creates its own two tables before the batch; everything the migrations made is gone.
    const tables = (await all("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).map(
      (r) => r['name'],
    );
    expect(
      tables.filter((t) => !['knex_migrations', 'knex_migrations_lock', 'sqlite_sequence'].includes(String(t))),
    ).toEqual(['settings']);
    expect(await all('SELECT name FROM knex_migrations')).toEqual([]);
    expect(await all('SELECT is_locked FROM knex_migrations_lock')).toEqual([{ is_locked: 0 }]);
  });

  it('never creates the folder of a database that sits at the root of a drive or share', () => {
    expect(folderToCreate(path.join(path.parse(process.cwd()).root, 'bostad.sqlite'))).toBeNull();
    const dir = tempDir();
    expect(folderToCreate(path.join(dir, 'bostad.sqlite'))).toBeNull();
    expect(folderToCreate(path.join(dir, 'ny', 'bostad.sqlite'))).toBe(path.join(dir, 'ny'));
  });
});

/**
 * A read-only share. As a normal user a chmod 0555 folder with a 0444 file
 * is one; root ignores file modes, so as root the test mounts a tmpfs and
 * remounts it read-only, which root cannot write either (EROFS).
 */
describe('a database on a read-only share', () => {
  const mounts: string[] = [];
  afterAll(() => {
    for (const m of mounts) execFileSync('umount', [m]);
  });

  function readOnlyCopyOf(source: string): string | null {
    const dir = tempDir('bostad-ro-');
    const isRoot = process.getuid?.() === 0;
    if (isRoot) {
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', dir]);
      } catch (error) {
        console.log(`Hoppar över skrivskyddat test: tmpfs kunde inte monteras (${String(error)})`);
        return null;
      }
      mounts.push(dir);
    }
    const file = path.join(dir, 'gemensam.sqlite');
    fs.copyFileSync(source, file);
    if (isRoot) execFileSync('mount', ['-o', 'remount,ro', dir]);
    else {
      fs.chmodSync(file, 0o444);
      fs.chmodSync(dir, 0o555);
    }
    return file;
  }

  it('is refused as "read-only" with a Swedish explanation, up to date or not', async (ctx) => {
    const current = await migrated(path.join(tempDir(), 'aktuell.sqlite'));
    const older = await migrated(path.join(tempDir(), 'aldre.sqlite'));
    const plain = await openDatabase(older);
    await migrateDownTo(plain.knex, knownMigrationNames().at(-1)!);
    await plain.close();

    for (const source of [current, older]) {
      const file = readOnlyCopyOf(source);
      if (!file) return ctx.skip('tmpfs kunde inte monteras som root (se utskriften ovan)');
      expect(() => fs.writeFileSync(path.join(path.dirname(file), 'x'), 'x')).toThrow(/EROFS|EACCES/);
      const result = await openAndCheck(file);
      expect(result).toMatchObject({ ok: false, problem: 'read-only' });
      expect(result.ok ? '' : result.message).toMatch(/skrivskyddad för dig/);
    }
  });
});
