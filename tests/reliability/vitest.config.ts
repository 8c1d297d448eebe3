import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** The reliability harness at test size: needs the built host (`npm run build`), run after the e2e tests. */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 300_000,
  },
});
