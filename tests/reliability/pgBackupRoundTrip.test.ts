/**
 * The backup round trip (backupRoundTrip.ts) on PostgreSQL: a browser host
 * on a demo database makes a pg_dump copy, works on, restores it, and every
 * table must equal the copy row for row.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPgTools } from '../../electron/db/pgBackup';
import {
  closeTestAdmin,
  createEmptyTestDatabase,
  dropTestDatabase,
  skipUnlessPostgres,
} from '../integration/testEngine';
import { runBackupRoundTrip } from './backupRoundTrip';

const ROOT = path.resolve(import.meta.dirname, '../..');

function skip(): boolean {
  if (skipUnlessPostgres('the pg_dump round trip')) return true;
  if (findPgTools()) return false;
  console.log('Skipped: pg_dump/pg_restore are not installed on this machine.');
  return true;
}

describe.skipIf(skip())('backup on PostgreSQL', () => {
  it('backup → restore round trip with pg_dump/pg_restore, every table equal row for row', async () => {
    const url = await createEmptyTestDatabase();
    try {
      const result = await runBackupRoundTrip({
        hostScript: path.join(ROOT, 'dist/main/host.js'),
        seedScript: path.join(ROOT, 'dist/main/seed.js'),
        engine: { kind: 'postgresql', url },
      });
      console.log('postgresql backup', JSON.stringify(result));
      expect(result.tables).toBeGreaterThan(20);
      expect(result.rows).toBeGreaterThan(1000);
      expect(result.differentTables).toEqual([]);
    } finally {
      await dropTestDatabase(url);
      await closeTestAdmin();
    }
  });
});
