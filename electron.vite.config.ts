/**
 * One build for everything that runs: the Electron main process, the
 * preload, the renderer, and the Node entry points that are not Electron
 * (the browser host, seed, bench and copy-db), so all of them bundle the same
 * migrations and shared code. Output goes to dist/.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * Nearly every screen is a grid: the page asks for AG Grid's chunk (about
 * 1 MB) beside the entry script instead of after it has run and the screen
 * has asked for it, which took the chunk's download off the first rows'
 * critical path. The chunk is fetched and parsed, not run, until a grid
 * needs it.
 */
function preloadGridChunk(): Plugin {
  return {
    name: 'preload-grid-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {});
        const grid = chunks.find(
          (c) => c.type === 'chunk' && c.moduleIds.some((id) => id.includes('/node_modules/ag-grid-community/')),
        );
        return grid
          ? [
              {
                tag: 'link',
                attrs: { rel: 'modulepreload', crossorigin: true, href: `./${grid.fileName}` },
                injectTo: 'head',
              },
            ]
          : [];
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'dist/main'),
      // Runtime dependencies are external by default. The browser host (PDFs)
      // and the bench load Playwright from node_modules rather than bundling
      // it; both are development tools, not part of the installed app, so
      // Playwright is a dev dependency and is not packed.
      externalizeDeps: { include: ['playwright', 'playwright-core'] },
      lib: {
        entry: {
          index: resolve(root, 'electron/main/index.ts'),
          host: resolve(root, 'electron/host/main.ts'),
          seed: resolve(root, 'electron/cli/seed.ts'),
          bench: resolve(root, 'electron/cli/bench.ts'),
          // Started as a worker thread by the exports (exportWorkerRun.ts finds it beside itself).
          exportWorker: resolve(root, 'electron/features/exports/exportWorker.ts'),
          'copy-db': resolve(root, 'electron/cli/copyDb.ts'),
          import: resolve(root, 'electron/cli/import.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'dist/preload'),
      lib: { entry: { index: resolve(root, 'electron/preload/index.ts') } },
      // Sandboxed preloads must be CommonJS.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), preloadGridChunk()],
    base: './',
    build: {
      outDir: resolve(root, 'dist/renderer'),
      // electron-vite leaves code unminified by default; the window parses
      // this script before the first rows show, so size is start-up time.
      minify: true,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
      chunkSizeWarningLimit: 4000,
    },
  },
});
