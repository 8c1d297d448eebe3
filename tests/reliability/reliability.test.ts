/**
 * The reliability harness at test size, on SQLite: crash trials with
 * SIGKILL, four back-end processes on one file, and a backup round trip.
 * `npm run bench -- reliability` runs the same at full size and prints
 * the figures. The engine is a parameter of every trial (engine.ts), so the
 * PostgreSQL dialect (issue 11, i11a) adds its run beside this one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBackupRoundTrip } from './backupRoundTrip';
import { runConcurrency } from './concurrency';
import { runCrashTrials } from './crash';
import type { Engine } from './engine';

const ROOT = path.resolve(import.meta.dirname, '../..');
const hostScript = path.join(ROOT, 'dist/main/host.js');
const seedScript = path.join(ROOT, 'dist/main/seed.js');

function sqliteFile(name: string): Engine {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bostad-reliability-${name}-`));
  return { kind: 'sqlite', file: path.join(dir, `${name}.sqlite`) };
}

describe('reliability (SQLite, test size)', () => {
  it('crash: every acknowledged write survives kill -9 with its audit row; integrity_check ok (5 trials)', async () => {
    const result = await runCrashTrials({ hostScript, engine: sqliteFile('crash'), trials: 5, seed: 7 });
    console.log('crash', JSON.stringify(result));
    expect(result.trials).toBe(5);
    expect(result.acknowledged).toBeGreaterThan(5);
    expect(result).toMatchObject({ missing: [], withoutAudit: [], integrity: [] });
  });

  it('concurrency: 4 processes, read-modify-write with retry on CONFLICT: no lost update, no other error, gapless numbers', async () => {
    const result = await runConcurrency({
      hostScript,
      engine: sqliteFile('concurrency'),
      processes: 4,
      editsPerProcess: 40,
      records: 3,
    });
    console.log('concurrency', JSON.stringify(result));
    expect(result.edits).toBe(160);
    expect(result.lostUpdates).toEqual([]);
    expect(result.otherErrors).toEqual([]);
    expect(result.numbering).toMatchObject({ leases: 8, contracts: 8, problems: [] });
  });

  it('backup: backup → restore round trip, every table equal row for row', async () => {
    const result = await runBackupRoundTrip({ hostScript, seedScript, engine: sqliteFile('backup') });
    console.log('backup', JSON.stringify(result));
    expect(result.tables).toBeGreaterThan(20);
    expect(result.rows).toBeGreaterThan(1000);
    expect(result.differentTables).toEqual([]);
  });
});
