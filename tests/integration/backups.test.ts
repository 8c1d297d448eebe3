/**
 * Backups of the SQLite file and restore: online copies on demand and
 * before a migration, the kept count, and a restore that checks the copy,
 * keeps the current file aside, brings back every row and tells the other
 * apps on the file to reload.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDir, listBackups } from '../../electron/db/backup';
import { openRawSqlite } from '../../electron/db/rawSqlite';
import { openDatabase } from '../../electron/db/connection';
import { serverOwnedBackups } from '../../electron/core/maintenance';
import type { ChangeEvent } from '../../shared/core/changes';
import { modulbostadInput } from '../fixtures/bestand';
import { tableDump } from '../reliability/tableDump';
import { departmentIds, openTestBackEnd, tempDir, type TestBackEnd } from './testBackEnd';
import { skipUnlessSqlite } from './testEngine';

const open: TestBackEnd[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close().catch(() => undefined)));
});

async function backEnd(options: Parameters<typeof openTestBackEnd>[0] = {}): Promise<TestBackEnd> {
  const t = await openTestBackEnd(options);
  open.push(t);
  return t;
}

describe.skipIf(skipUnlessSqlite('backups of the database file'))('backups', () => {
  it('makes an online copy on demand that passes integrity_check, and keeps only the last N', async () => {
    const t = await backEnd();
    const ff = (await departmentIds(t))['FF']!;
    await t.call('units.create', modulbostadInput(ff));
    const stored = await t.call('settings.backups', {});
    expect(stored.value.keepCount).toBe(14);
    await t.call('settings.setBackups', { value: { keepCount: 2 }, version: stored.version });

    const made = [];
    for (let i = 0; i < 4; i++) made.push(await t.call('backups.create', {}));
    const status = await t.call('backups.status', {});
    expect(status.supported).toBe(true);
    expect(status.location).toBe(backupDir(t.dbPath));
    expect(status.backups.map((b) => b.name)).toEqual([made[3]!.name, made[2]!.name]);
    const copy = await openRawSqlite(path.join(status.location, made[3]!.name), { readOnly: true });
    expect(await copy.all('pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(await copy.all('select object_number from units')).toEqual([{ object_number: 'MOD-0001' }]);
    await copy.close();
  });

  it('copies a database with data before migrating it, and not a new empty one', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.sqlite');
    const db = await openDatabase(file);
    expect(listBackups(file)).toEqual([]);
    // As if made by the previous version: the last migration not yet run.
    await db.knex.schema.dropTable('daily_jobs');
    await db.knex('knexMigrations').where({ name: '0117_daily_jobs' }).delete();
    await db.close();

    await (await openDatabase(file)).close();
    const backups = listBackups(file);
    expect(backups.map((b) => b.reason)).toEqual(['fore-migrering']);
    const copy = await openRawSqlite(backups[0]!.file, { readOnly: true });
    expect(await copy.all("select name from knex_migrations where name = '0117_daily_jobs'")).toEqual([]);
    await copy.close();
  });
});

describe.skipIf(skipUnlessSqlite('restoring the database file'))('restore', () => {
  it('brings back every table row for row, keeps the current file aside, audits, and tells the other apps to reload', async () => {
    const dbPath = path.join(tempDir(), 'shared.sqlite');
    const anna = await backEnd({ dbPath, login: 'anna' });
    const bertil = await backEnd({ dbPath, login: 'bertil' });
    const ff = (await departmentIds(anna))['FF']!;
    const unit = await anna.call('units.create', modulbostadInput(ff));
    const backup = await anna.call('backups.create', {});
    const atBackup = await tableDump(anna.backEnd.database.knex);

    // Work after the backup, that the restore takes away.
    await anna.call('units.update', {
      ...modulbostadInput(ff),
      address: 'Efter kopian 1',
      id: unit.id,
      version: unit.version,
    });
    await bertil.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-0002' }));
    await bertil.backEnd.changes.check();
    const bertilSees: ChangeEvent[] = [];
    bertil.backEnd.changes.subscribe((e) => bertilSees.push(e));

    const result = await anna.call('backups.restore', { name: backup.name });
    expect(result.restored).toBe(backup.name);
    const after = await tableDump(anna.backEnd.database.knex);
    for (const [table, rows] of Object.entries(atBackup)) {
      if (['audit_log', 'change_counters', 'sessions'].includes(table)) continue;
      expect(after[table], table).toEqual(rows);
    }
    // The audit log is the backup's, plus the restore itself.
    expect(after['audit_log']!.slice(0, atBackup['audit_log']!.length)).toEqual(atBackup['audit_log']);
    expect(after['audit_log']!.slice(atBackup['audit_log']!.length)).toMatchObject([
      { entity: 'database', action: 'restore', actor: 'anna' },
    ]);

    // The file as it was just before is kept as a backup, with the later work in it.
    const aside = listBackups(dbPath).find((b) => b.name === result.keptAside)!;
    expect(aside.reason).toBe('fore-aterstallning');
    const kept = await openRawSqlite(aside.file, { readOnly: true });
    expect(await kept.all('select object_number from units order by 1')).toEqual([
      { object_number: 'MOD-0001' },
      { object_number: 'MOD-0002' },
    ]);
    await kept.close();

    // Bertil's app, on the same file, is told to reload and reads the restored data.
    await bertil.backEnd.changes.check();
    expect(bertilSees.at(-1)).toMatchObject({ reload: { reason: expect.stringContaining('återställts') } });
    expect((await bertil.call('units.list', {})).rows.map((u) => u.objectNumber)).toEqual(['MOD-0001']);
    // And both keep working on it.
    await bertil.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-0003' }));
    expect((await anna.call('units.list', {})).total).toBe(2);
  });

  it('refuses a damaged backup, naming the problem, and changes nothing', async () => {
    const t = await backEnd();
    const ff = (await departmentIds(t))['FF']!;
    for (let i = 1; i <= 40; i++)
      await t.call('units.create', modulbostadInput(ff, { objectNumber: `MOD-${i}`, notes: 'x'.repeat(400) }));
    const backup = await t.call('backups.create', {});
    const file = path.join(backupDir(t.dbPath), backup.name);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    fs.writeFileSync(file, bytes);
    const before = await tableDump(t.backEnd.database.knex);

    const result = await t.send('backups.restore', { name: backup.name });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('skadad') },
    });
    expect(await tableDump(t.backEnd.database.knex)).toEqual(before);
    expect(listBackups(t.dbPath).map((b) => b.reason)).toEqual(['manuell']);
  });
});

describe('on a database server', () => {
  it('says that IT owns the backups and refuses to make or restore one', async () => {
    const server = serverOwnedBackups();
    const status = await server.status();
    expect(status).toMatchObject({ supported: false, backups: [], damaged: null });
    expect(status.location).toContain('sköts av IT');
    await expect(server.backup('manuell')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(server.restore('x')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
