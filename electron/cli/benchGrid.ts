/**
 * The unit grid in Chromium over the browser host: page load to the first
 * grid rows, split into the script's loading and evaluation (from the
 * renderer's own performance marks and the browser's long tasks) and the
 * rest; and a sort click to sorted rows. Each wait has its own time limit,
 * so a slow machine gives a slow figure, not a dead bench.
 */
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { chromium, type Page } from 'playwright';
import type { BackEnd } from '../core/context';
import { startHost } from '../host/server';
import type { Figures } from './benchFigures';
import { median, round } from './benchUtil';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const WAIT_MS = 30_000;
const RUNS = 5;
const FIRST_CELL = '.ag-row[row-index="0"] [col-id="objectNumber"]';

/** Collects long tasks from the very start of the page, before any of its scripts run. */
const COLLECT_LONG_TASKS = `(() => {
  const w = window;
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

interface PageTimings {
  /** Navigation start → the entry script has run (its imports evaluated): download, parse, evaluate. */
  bootMs: number;
  /** The entry script's evaluation: its response end → boot. */
  scriptEvalMs: number;
  /** Navigation start → the grid's first rows handed to AG Grid (renderer mark). */
  firstRowsMarkMs: number;
  /** Main-thread long tasks before the first rows: what kept the page from answering. */
  longTasksMs: number;
}

async function pageTimings(page: Page): Promise<PageTimings> {
  return page.evaluate(() => {
    // Typed locally: this file is compiled without DOM types.
    type Entry = { name: string; startTime: number; responseEnd?: number; initiatorType?: string };
    const perf = (
      globalThis as unknown as {
        performance: { getEntriesByName(n: string): Entry[]; getEntriesByType(t: string): Entry[] };
      }
    ).performance;
    const boot = perf.getEntriesByName('bp:boot')[0]?.startTime ?? NaN;
    const firstRows = perf.getEntriesByName('bp:first-rows')[0]?.startTime ?? NaN;
    const scripts = perf
      .getEntriesByType('resource')
      .filter((e) => e.initiatorType === 'script' && /\/assets\/index-[^/]*\.js$/.test(e.name));
    const scriptEnd = Math.max(...scripts.map((s) => s.responseEnd ?? 0));
    const tasks = (globalThis as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return {
      bootMs: boot,
      scriptEvalMs: boot - scriptEnd,
      firstRowsMarkMs: firstRows,
      longTasksMs: tasks.filter((t) => t.start < firstRows).reduce((a, t) => a + t.duration, 0),
    };
  });
}

export async function benchGrid(backEnd: BackEnd, figures: Figures, size: number, rendererDir: string): Promise<void> {
  const host = await startHost({ backEnd, staticDir: rendererDir });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const firstRows: number[] = [];
  const timings: PageTimings[] = [];
  const sorts: number[] = [];
  const errors: string[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript(COLLECT_LONG_TASKS);
      const page = await context.newPage();
      try {
        const started = performance.now();
        await page.goto(`${host.url}#/bostader&token=${host.token}`);
        await page.locator(FIRST_CELL).waitFor({ timeout: WAIT_MS });
        firstRows.push(performance.now() - started);
        timings.push(await pageTimings(page));

        // Sort by address, both directions: time from the click to the new first row.
        for (const direction of ['asc', 'desc'] as const) {
          const before = await page.locator(FIRST_CELL).first().textContent();
          const clickAt = performance.now();
          await page.locator('[role=columnheader][col-id="address"] .ag-header-cell-label').click();
          await page.waitForFunction(
            ({ prev, dir, cellSelector }) => {
              type El = { getAttribute(name: string): string | null; textContent: string | null } | null;
              const doc = (globalThis as unknown as { document: { querySelector(selector: string): El } }).document;
              const header = doc.querySelector('[role=columnheader][col-id="address"]');
              const cell = doc.querySelector(cellSelector);
              return (
                header?.getAttribute('aria-sort') === (dir === 'asc' ? 'ascending' : 'descending') &&
                cell !== null &&
                cell.textContent !== prev
              );
            },
            { prev: before, dir: direction, cellSelector: FIRST_CELL },
            { timeout: WAIT_MS },
          );
          sorts.push(performance.now() - clickAt);
        }
      } catch (error) {
        errors.push(String(error).split('\n')[0]!);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await host.close();
  }
  const failed = errors.length ? { error: `${errors.length} of ${RUNS} runs failed: ${errors[0]}` } : {};
  const mid = (values: number[]) => round(median(values.filter((v) => Number.isFinite(v))));
  figures.record(
    {
      name: 'unit grid: page load → first rows (Chromium)',
      aim: '≤ 500 ms',
      met: (m) => (m.ms ?? Infinity) <= 500,
    },
    size,
    firstRows.length
      ? {
          ms: mid(firstRows),
          facts: {
            bootMs: mid(timings.map((t) => t.bootMs)),
            scriptEvalMs: mid(timings.map((t) => t.scriptEvalMs)),
            firstRowsMarkMs: mid(timings.map((t) => t.firstRowsMarkMs)),
            longTasksBeforeRowsMs: mid(timings.map((t) => t.longTasksMs)),
            runs: firstRows.length,
          },
        }
      : { error: failed.error ?? 'no run' },
  );
  figures.record(
    {
      name: 'unit grid: script evaluation (entry chunk)',
      aim: 'information: part of the first-rows time',
    },
    size,
    timings.length ? { ms: mid(timings.map((t) => t.scriptEvalMs)) } : { error: 'no run' },
  );
  figures.record(
    { name: 'unit grid: sort click → sorted rows', aim: '≤ 200 ms', met: (m) => (m.ms ?? Infinity) <= 200 },
    size,
    sorts.length ? { ms: mid(sorts), facts: { runs: sorts.length } } : { error: failed.error ?? 'no run' },
  );
}

export function rendererDirFrom(mainDir: string): string {
  return path.resolve(mainDir, '../renderer');
}
