/**
 * Backup → restore round trip through a running host: the demo data, a
 * backup, more work, the restore; then every table must equal the backup
 * row for row. The audit log is the backup's plus the restore's own row;
 * the change counters and sessions are live state, not data.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { backupDir } from '../../electron/db/backup';
import { osLogin } from '../../electron/features/users/service';
import { modulbostadInput } from '../fixtures/bestand';
import { plainKnex, type Engine } from './engine';
import { startHostProcess } from './hostProcess';
import { tableDump } from './tableDump';

const LIVE_STATE = ['change_counters', 'sessions'];

export interface BackupRoundTripResult {
  tables: number;
  rows: number;
  differentTables: string[];
  skipped?: string;
}

export async function runBackupRoundTrip(options: {
  hostScript: string;
  seedScript: string;
  engine: Engine;
}): Promise<BackupRoundTripResult> {
  const { engine } = options;
  if (engine.kind !== 'sqlite')
    return { tables: 0, rows: 0, differentTables: [], skipped: 'PostgreSQL: pg_dump/pg_restore (issue 11, i11a)' };
  const seeded = spawnSync(process.execPath, [options.seedScript, '--demo', '--db', engine.file], {
    env: { ...process.env, BOSTAD_TODAY: '2026-11-29' },
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);

  // The one who seeded the database is its first user, so its administratör: restoring is theirs.
  const host = await startHostProcess(options.hostScript, engine, { user: osLogin(), today: '2026-11-29' });
  try {
    const backup = await host.call<{ name: string }>('backups.create', {});
    const file = path.join(backupDir(engine.file), backup.name);
    const copy = plainKnex({ kind: 'sqlite', file });
    const expected = await tableDump(copy);
    await copy.destroy();

    // Work after the backup, which the restore must take away.
    const departments = await host.call<{ id: number; code: string }[]>('departments.list', {});
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
  }
}
