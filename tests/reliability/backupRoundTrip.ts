/**
 * Backup → restore round trip through a running host: the demo data, a
 * backup, more work, the restore; then every table must equal the backup
 * row for row, on either engine. The audit log is the backup's plus the restore's own row;
 * the change counters and sessions are live state, not data.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { backupDir } from '../../electron/db/backup';
import { findPgTools, restorePgBackup } from '../../electron/db/pgBackup';
import { osLogin } from '../../electron/features/users/service';
import { modulbostadInput } from '../fixtures/bestand';
import { hostArgs, plainKnex, type Engine } from './engine';
import { startHostProcess } from './hostProcess';
import { tableDump } from './tableDump';

const LIVE_STATE = ['change_counters', 'sessions'];

export interface BackupRoundTripResult {
  tables: number;
  rows: number;
  differentTables: string[];
}

/** What a backup file holds, table by table: opened (SQLite) or restored into a scratch database (PostgreSQL). */
async function backupContents(engine: Engine, file: string): Promise<Record<string, unknown[]>> {
  if (engine.kind === 'sqlite') {
    const copy = plainKnex({ kind: 'sqlite', file });
    try {
      return await tableDump(copy);
    } finally {
      await copy.destroy();
    }
  }
  const tools = findPgTools();
  if (!tools) throw new Error('pg_dump/pg_restore are not installed: the PostgreSQL round trip needs them');
  const scratch = new URL(engine.url);
  const name = `${scratch.pathname.slice(1)}_backup_check`;
  scratch.pathname = `/${name}`;
  const admin = plainKnex(engine);
  try {
    await admin.raw('drop database if exists ?? with (force)', [name]);
    await admin.raw(`create database ?? template template0 encoding 'UTF8'`, [name]);
    await restorePgBackup(tools, scratch.toString(), file);
    const copy = plainKnex({ kind: 'postgresql', url: scratch.toString() });
    try {
      return await tableDump(copy);
    } finally {
      await copy.destroy();
    }
  } finally {
    await admin.raw('drop database if exists ?? with (force)', [name]);
    await admin.destroy();
  }
}

export async function runBackupRoundTrip(options: {
  hostScript: string;
  seedScript: string;
  engine: Engine;
}): Promise<BackupRoundTripResult> {
  const { engine } = options;
  const seeded = spawnSync(process.execPath, [options.seedScript, '--demo', ...hostArgs(engine)], {
    env: { ...process.env, BOSTAD_TODAY: '2026-11-29' },
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);

  // The one who seeded the database is its first user, so its administratör: restoring is theirs.
  // On PostgreSQL, pg_dump's copies go to the host's --backup-dir.
  const serverBackups = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-pg-backups-'));
  const host = await startHostProcess(options.hostScript, engine, {
    user: osLogin(),
    today: '2026-11-29',
    args: ['--backup-dir', serverBackups],
  });
  try {
    const backup = await host.call('backups.create', {});
    const dir = engine.kind === 'sqlite' ? backupDir(engine.file) : serverBackups;
    const expected = await backupContents(engine, path.join(dir, backup.name));

    // Work after the backup, which the restore must take away.
    const departments = await host.call('departments.list', {});
    const ff = departments.find((d) => d.code === 'FF')!.id;
    for (let i = 1; i <= 20; i++) await host.call('units.create', modulbostadInput(ff, { objectNumber: `EFTER-${i}` }));
    await host.call('backups.restore', { name: backup.name });

    const live = plainKnex(engine);
    const actual = await tableDump(live);
    await live.destroy();
    const different: string[] = [];
    let rows = 0;
    for (const [table, want] of Object.entries(expected)) {
      rows += want.length;
      if (LIVE_STATE.includes(table)) continue;
      const got = actual[table] ?? [];
      const same =
        table === 'audit_log'
          ? isDeepStrictEqual(got.slice(0, want.length), want) &&
            got.length === want.length + 1 &&
            (got[want.length] as { action: string }).action === 'restore'
          : isDeepStrictEqual(got, want);
      if (!same) different.push(`${table} (${want.length} rows in the backup, ${got.length} after restore)`);
    }
    return { tables: Object.keys(expected).length, rows, differentTables: different };
  } finally {
    await host.stop();
    fs.rmSync(serverBackups, { recursive: true, force: true });
  }
}
