import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    // Every worker logs to one folder; the run fails if any of it holds a personnummer.
    env: { BOSTAD_LOG_DIR: resolve(import.meta.dirname, '../test-results/logs/vitest') },
    // Exports run in a worker thread: built once from source before the tests (exportWorkerSetup.ts).
    // Exports run in a worker thread: built once from source before the tests (exportWorkerSetup.ts).
    globalSetup: ['tests/logs/vitestGlobal.ts', 'tests/integration/pgGlobalSetup.ts', 'tests/exportWorkerSetup.ts'],
    // Integration tests open real SQLite files; two cores, so two forks.
    pool: 'forks',
    maxWorkers: 2,
    // The PostgreSQL pass makes a database per test and talks to a server: more time on a loaded machine.
    testTimeout: process.env['BOSTAD_TEST_ENGINE'] === 'postgresql' ? 90_000 : 30_000,
    hookTimeout: 30_000,
    // The PostgreSQL pass drops its test databases at the end (pgGlobalSetup.ts).
    teardownTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/logs/vitestWorker.ts', 'tests/exportWorkerFile.ts'],
        },
      },
      {
        // React components in a DOM (jsdom) over a real back end.
        extends: true,
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/logs/vitestWorker.ts', 'tests/exportWorkerFile.ts', 'tests/renderer/setup.ts'],
        },
      },
    ],
  },
});
