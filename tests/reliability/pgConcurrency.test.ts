/**
 * Four back-end processes on one PostgreSQL database: the same trial as the
 * SQLite one (concurrency.ts), on a fresh database of its own. Test size in
 * `npm test` (50 edits a process); RELIABILITY_EDITS=1000 runs the full size
 * and the figures are printed either way.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  closeTestAdmin,
  createEmptyTestDatabase,
  dropTestDatabase,
  skipUnlessPostgres,
} from '../integration/testEngine';
import { runConcurrency } from './concurrency';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EDITS = Number(process.env['RELIABILITY_EDITS'] ?? 50);

describe.skipIf(skipUnlessPostgres('the four-process trial'))('reliability on PostgreSQL', () => {
  it(`concurrency: 4 processes × ${EDITS} read-modify-write edits with retry on CONFLICT: no lost update, no other error, gapless numbers`, async () => {
    const url = await createEmptyTestDatabase();
    try {
      const creates = 2;
      const result = await runConcurrency({
        hostScript: path.join(ROOT, 'dist/main/host.js'),
        engine: { kind: 'postgresql', url },
        processes: 4,
        editsPerProcess: EDITS,
        records: 3,
        leasesPerProcess: creates,
        contractsPerProcess: creates,
      });
      console.log('postgresql concurrency', JSON.stringify(result));
      expect(result.edits).toBe(4 * EDITS);
      expect(result.lostUpdates).toEqual([]);
      expect(result.otherErrors).toEqual([]);
      expect(result.numbering).toEqual({ leases: 4 * creates, contracts: 4 * creates, problems: [] });
    } finally {
      await dropTestDatabase(url);
      await closeTestAdmin();
    }
  });
});
