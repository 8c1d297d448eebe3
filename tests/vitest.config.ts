import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Exports run in a worker thread: built once from source before the tests (exportWorkerSetup.ts).
    globalSetup: ['tests/exportWorkerSetup.ts'],
    setupFiles: ['tests/exportWorkerFile.ts'],
    // Integration tests open real SQLite files; two cores, so two forks.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
