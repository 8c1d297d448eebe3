/**
 * The integration tests run the exports through the real export worker, so
 * it has to be a JavaScript file: Node 20 cannot start a TypeScript worker,
 * and vitest's transform does not reach into worker threads. This global
 * setup builds exportWorker.ts once with Vite (the same bundler as
 * `npm run build`, dependencies left external as in dist/main) before the
 * tests start, and hands its path to each test file (exportWorkerFile.ts).
 */
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    exportWorkerFile: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const root = path.resolve(import.meta.dirname, '..');
  const outDir = path.join(root, 'dist', 'test-export-worker');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: path.join(root, 'electron/features/exports/exportWorker.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'exportWorker.js', format: 'es' } },
    },
  });
  project.provide('exportWorkerFile', path.join(outDir, 'exportWorker.js'));
}
