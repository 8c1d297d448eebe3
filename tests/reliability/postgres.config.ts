import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** The PostgreSQL concurrency trial (scripts/test-pg.mjs runs it after the build). */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/reliability/pgConcurrency.test.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 60_000,
  },
});
