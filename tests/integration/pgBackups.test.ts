/**
 * Backups of a PostgreSQL database with pg_dump / pg_restore, through the
 * same procedures as the file's (backups.test.ts): a copy on demand with
 * the last N kept, a restore that checks the copy, keeps the database as it
 * was, brings back every row, audits and tells the other apps to reload; a
 * damaged copy refused with nothing changed; and without the tools here,
 * the message that IT owns the backups.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPgTools, listPgBackups } from '../../electron/db/pgBackup';
import type { ChangeEvent } from '../../shared/core/changes';
import { modulbostadInput } from '../fixtures/bestand';
import { tableDump } from '../reliability/tableDump';
import { departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';
import { skipUnlessPostgres } from './testEngine';

const open: TestBackEnd[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close().catch(() => undefined)));
});

async function backEnd(options: Parameters<typeof openTestBackEnd>[0] = {}): Promise<TestBackEnd> {
  const t = await openTestBackEnd(options);
  open.push(t);
  return t;
}

const dump = (t: TestBackEnd) => tableDump(t.backEnd.database.knex, 'postgresql');

async function until(what: string, ok: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!ok()) throw new Error(`waited 5 s for ${what}`);
}

const noTools = !skipUnlessPostgres('pg_dump backups') && findPgTools() === null;
if (noTools) console.log('Skipped: pg_dump/pg_restore are not installed on this machine.');

describe.skipIf(skipUnlessPostgres('pg_dump backups') || noTools)('backups on PostgreSQL (pg_dump)', () => {
  it('makes a custom-format copy on demand in the backup folder, named like the file copies, and keeps only the last N', async () => {
    const t = await backEnd();
    const ff = (await departmentIds(t))['FF']!;
    await t.call('units.create', modulbostadInput(ff));
    const stored = await t.call('settings.backups', {});
    await t.call('settings.setBackups', { value: { keepCount: 2 }, version: stored.version });

    const made = [];
    for (let i = 0; i < 3; i++) made.push(await t.call('backups.create', {}));
    const status = await t.call('backups.status', {});
    expect(status).toMatchObject({ supported: true, location: t.backEnd.serverBackupDir, damaged: null });
    expect(status.location).toBe(path.join(t.dir, 'sakerhetskopior'));
    expect(status.backups.map((b) => b.name)).toEqual([made[2]!.name, made[1]!.name]);
    expect(made[2]!.name).toMatch(/^127\.0\.0\.1_\d+_bostad_t_\w+-\d{4}-\d{2}-\d{2}T[\d-]+Z-manuell\.dump$/);
    expect(made[2]!.reason).toBe('manuell');
    // pg_dump's custom format starts with its magic.
    const file = path.join(status.location, made[2]!.name);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('PGDMP');
    expect(fs.readdirSync(status.location).sort()).toEqual(status.backups.map((b) => b.name).sort());
  });

  it('restores every table row for row in one go, keeps the database as it was, audits, and tells the other apps to reload', async () => {
    const anna = await backEnd({ login: 'anna' });
    const bertil = await backEnd({ dbPath: anna.dbPath, login: 'bertil' });
    // Both are the same database's administratörer only if made so: the first user is.
    const ff = (await departmentIds(anna))['FF']!;
    const unit = await anna.call('units.create', modulbostadInput(ff));
    const backup = await anna.call('backups.create', {});
    const atBackup = await dump(anna);

    const bertilSees: ChangeEvent[] = [];
    bertil.backEnd.changes.subscribe((e) => bertilSees.push(e));
    bertil.backEnd.changes.start();
    // Work after the backup, that the restore takes away (and proof that Bertil listens).
    await anna.call('units.update', {
      ...modulbostadInput(ff),
      address: 'Efter kopian 1',
      id: unit.id,
      version: unit.version,
    });
    await bertil.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-0002' }));
    await until('Bertil to hear of the units', () => bertilSees.some((e) => e.tables.includes('units')));

    const result = await anna.call('backups.restore', { name: backup.name });
    expect(result.restored).toBe(backup.name);
    const after = await dump(anna);
    expect(Object.keys(after).sort()).toEqual(Object.keys(atBackup).sort());
    for (const [table, rows] of Object.entries(atBackup)) {
      if (['audit_log', 'change_counters', 'sessions'].includes(table)) continue;
      expect(after[table], table).toEqual(rows);
    }
    expect(after['audit_log']!.slice(0, atBackup['audit_log']!.length)).toEqual(atBackup['audit_log']);
    expect(after['audit_log']!.slice(atBackup['audit_log']!.length)).toMatchObject([
      { entity: 'database', action: 'restore', actor: 'anna', after: expect.stringContaining(backup.name) },
    ]);

    // The database as it was just before is kept as a backup, with the later work in it.
    const aside = listPgBackups(anna.backEnd.serverBackupDir, anna.dbPath).find((b) => b.name === result.keptAside)!;
    expect(aside.reason).toBe('fore-aterstallning');

    await until('the reload', () => bertilSees.some((e) => e.reload !== undefined));
    expect(bertilSees.find((e) => e.reload)).toMatchObject({
      reload: { reason: expect.stringContaining('återställts') },
    });
    expect((await bertil.call('units.list', {})).rows.map((u) => u.objectNumber)).toEqual(['MOD-0001']);
    // Both keep working on it: the sequences came back with the rows.
    await bertil.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-0003' }));
    expect((await anna.call('units.list', {})).total).toBe(2);

    // The copy kept aside restores the later work in its turn.
    await anna.call('backups.restore', { name: result.keptAside! });
    expect((await anna.call('units.list', {})).rows.map((u) => u.objectNumber).sort()).toEqual([
      'MOD-0001',
      'MOD-0002',
    ]);
  });

  it('refuses a damaged backup, naming the problem, and changes nothing', async () => {
    const t = await backEnd();
    const ff = (await departmentIds(t))['FF']!;
    for (let i = 1; i <= 40; i++)
      await t.call('units.create', modulbostadInput(ff, { objectNumber: `MOD-${i}`, notes: 'x'.repeat(400) }));
    const backup = await t.call('backups.create', {});
    const file = path.join(t.backEnd.serverBackupDir, backup.name);
    const bytes = fs.readFileSync(file);
    // Past the table of contents, in the compressed data.
    bytes.fill(0x5a, Math.floor(bytes.length * 0.6), Math.floor(bytes.length * 0.8));
    fs.writeFileSync(file, bytes);
    await t.call('units.create', modulbostadInput(ff, { objectNumber: 'EFTER' }));
    const before = await dump(t);

    const result = await t.send('backups.restore', { name: backup.name });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('skadad och återställs inte') },
    });
    expect(await dump(t)).toEqual(before);
    // No copy "before restore" either: nothing was begun.
    expect(listPgBackups(t.backEnd.serverBackupDir, t.dbPath).map((b) => b.reason)).toEqual(['manuell']);

    // A file cut short is refused the same way.
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 200));
    expect(await t.send('backups.restore', { name: backup.name })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('skadad') },
    });
    expect(await dump(t)).toEqual(before);
  });

  it('restores only as administratör', async () => {
    const admin = await backEnd({ login: 'anna' });
    const backup = await admin.call('backups.create', {});
    const other = await backEnd({ dbPath: admin.dbPath, login: 'bertil' });
    expect(await other.send('backups.restore', { name: backup.name })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe.skipIf(skipUnlessPostgres('pg_dump backups'))('PostgreSQL without pg_dump on this machine', () => {
  it('says that IT owns the backups and refuses to make or restore one', async () => {
    const saved = process.env['BOSTAD_PG_BIN'];
    // A folder without the tools: as on a machine where they are not installed.
    process.env['BOSTAD_PG_BIN'] = path.join(process.cwd(), 'tests');
    try {
      const t = await backEnd();
      const status = await t.call('backups.status', {});
      expect(status).toMatchObject({ supported: false, backups: [], damaged: null });
      expect(status.location).toContain('sköts av IT');
      expect(await t.send('backups.create', {})).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.stringContaining('sköts av IT') },
      });
      expect(await t.send('backups.restore', { name: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(fs.existsSync(t.backEnd.serverBackupDir)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env['BOSTAD_PG_BIN'];
      else process.env['BOSTAD_PG_BIN'] = saved;
    }
  });
});
