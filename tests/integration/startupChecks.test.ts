/**
 * Start-up checks of the SQLite file: a damaged file opens read-only with
 * a Swedish message and the latest good backup on offer; restoring it
 * makes the app writable again. A file on a network share gets the
 * rollback journal and synchronous=FULL, never WAL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { openRawSqlite } from '../../electron/db/rawSqlite';
import { checkDatabaseFile, isNetworkPath } from '../../electron/db/startupChecks';
import { modulbostadInput } from '../fixtures/bestand';
import { departmentIds, openTestBackEnd, tempDir, type TestBackEnd } from './testBackEnd';

const open: TestBackEnd[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close().catch(() => undefined)));
});

async function backEnd(dbPath: string): Promise<TestBackEnd> {
  const t = await openTestBackEnd({ dbPath });
  open.push(t);
  return t;
}

/** A file with a unit and a good backup of it, then damaged by `damage`. */
async function damagedFile(damage: (file: string) => Promise<void>): Promise<{ dbPath: string; backup: string }> {
  const dbPath = path.join(tempDir(), 'damaged.sqlite');
  const t = await backEnd(dbPath);
  const ff = (await departmentIds(t))['FF']!;
  for (let i = 1; i <= 40; i++)
    await t.call('units.create', modulbostadInput(ff, { objectNumber: `MOD-${i}`, notes: 'x'.repeat(400) }));
  const backup = (await t.call('backups.create', {})).name;
  await t.close();
  open.pop();
  await damage(dbPath);
  return { dbPath, backup };
}

async function orphanRow(file: string): Promise<void> {
  const raw = await openRawSqlite(file, { readOnly: false });
  // foreign_keys is off on a plain connection: the kind of damage another tool can do.
  await raw.exec('update units set responsible_department_id = 9999 where id = 1');
  await raw.close();
}

describe('start-up checks', () => {
  it('a sound file passes; a file with a broken reference or garbled pages does not', async () => {
    const { dbPath } = await damagedFile(async () => undefined);
    expect(await checkDatabaseFile(dbPath)).toEqual({ ok: true, problems: [] });
    await orphanRow(dbPath);
    expect(await checkDatabaseFile(dbPath)).toEqual({
      ok: false,
      problems: ['Rad 1 i units pekar på en rad i departments som saknas.'],
    });

    const garbled = await damagedFile(async (file) => {
      const bytes = fs.readFileSync(file);
      bytes.fill(0x5a, 4096 * 3, 4096 * 6);
      fs.writeFileSync(file, bytes);
    });
    const health = await checkDatabaseFile(garbled.dbPath);
    expect(health.ok).toBe(false);
    expect(health.problems[0]).toMatch(/skadad|kan inte/);
  });

  it('a damaged file opens read-only, refuses every save in Swedish, and offers the latest good backup, which makes it writable', async () => {
    const { dbPath, backup } = await damagedFile(orphanRow);
    const before = fs.readFileSync(dbPath);
    const t = await backEnd(dbPath);
    expect(await t.call('system.info', {})).toMatchObject({ readOnly: true });
    // Reading goes on (the broken row aside).
    expect((await t.call('units.get', { id: 2 })).objectNumber).toBe('MOD-2');

    const ff = (await departmentIds(t))['FF']!;
    const refused = await t.send('units.create', modulbostadInput(ff, { objectNumber: 'MOD-NY' }));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('skrivskyddad') },
    });
    expect(await t.send('backups.create', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);

    const status = await t.call('backups.status', {});
    expect(status.damaged).toEqual({
      problems: ['Rad 1 i units pekar på en rad i departments som saknas.'],
      latestGood: backup,
    });

    const restored = await t.call('backups.restore', { name: backup });
    expect(restored.keptAside).toMatch(/fore-aterstallning/);
    expect(await t.call('system.info', {})).toMatchObject({ readOnly: false });
    expect((await t.call('backups.status', {})).damaged).toBeNull();
    await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-NY' }));
    expect((await t.call('units.list', {})).total).toBe(41);
  });

  it('recognises network paths: UNC, and NFS or SMB mounts, but not a local disk', () => {
    const mounts = [
      '/dev/sda1 / ext4 rw 0 0',
      'fileserver:/export /mnt/ff nfs4 rw 0 0',
      '//stad/ff /srv/delad cifs rw 0 0',
      '/dev/sdb1 /srv/delad/lokal ext4 rw 0 0',
    ].join('\n');
    expect(isNetworkPath('\\\\stad\\ff\\bostad.sqlite', null)).toBe(true);
    expect(isNetworkPath('/mnt/ff/bostad.sqlite', mounts)).toBe(true);
    expect(isNetworkPath('/srv/delad/bostad.sqlite', mounts)).toBe(true);
    expect(isNetworkPath('/srv/delad/lokal/bostad.sqlite', mounts)).toBe(false);
    expect(isNetworkPath('/home/anna/bostad.sqlite', mounts)).toBe(false);
    expect(isNetworkPath('C:\\Data\\bostad.sqlite', null)).toBe(false);
  });

  it('a file left in WAL mode (by another tool or a copy) is opened with the rollback journal and synchronous=FULL', async () => {
    const file = path.join(tempDir(), 'wal.sqlite');
    const raw = await openRawSqlite(file, { readOnly: false }).catch(async () => {
      fs.writeFileSync(file, '');
      return openRawSqlite(file, { readOnly: false });
    });
    await raw.exec('pragma journal_mode = wal; create table t (x)');
    expect(await raw.all('pragma journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    await raw.close();
    const db = await openDatabase(file);
    expect(await db.knex.raw('pragma journal_mode')).toEqual([{ journalMode: 'delete' }]);
    expect(await db.knex.raw('pragma synchronous')).toEqual([{ synchronous: 2 }]);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    await db.close();
  });
});
