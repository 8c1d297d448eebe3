import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Every worker logs to one folder; the run fails if any of it holds a personnummer.
    env: { BOSTAD_LOG_DIR: resolve(import.meta.dirname, '../test-results/logs/vitest') },
    globalSetup: ['tests/logs/vitestGlobal.ts', 'tests/integration/pgGlobalSetup.ts'],
    setupFiles: ['tests/logs/vitestWorker.ts'],
    // Integration tests open real SQLite files; two cores, so two forks.
    pool: 'forks',
    maxWorkers: 2,
    // The PostgreSQL pass makes a database per test and talks to a server: more time on a loaded machine.
    testTimeout: process.env['BOSTAD_TEST_ENGINE'] === 'postgresql' ? 90_000 : 30_000,
    hookTimeout: 30_000,
    // The PostgreSQL pass drops its test databases at the end (pgGlobalSetup.ts).
    teardownTimeout: 120_000,
  },
});
