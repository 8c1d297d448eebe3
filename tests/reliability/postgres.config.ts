import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** The PostgreSQL concurrency trial and backup round trip (scripts/test-pg.mjs runs them after the build). */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/reliability/pgConcurrency.test.ts', 'tests/reliability/pgBackupRoundTrip.test.ts'],
    environment: 'node',
    // A second per edit and process at least: the full size (RELIABILITY_EDITS=1000) runs long on a loaded machine.
    testTimeout: Math.max(900_000, Number(process.env['RELIABILITY_EDITS'] ?? 50) * 4 * 1000),
    hookTimeout: 60_000,
  },
});
