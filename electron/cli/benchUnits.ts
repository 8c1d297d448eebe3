/**
 * Units at 100 000: `units.list` (a sorted, filtered page) through dispatch
 * and over HTTP, beside the same SQL run directly; and in Chromium, page
 * load to first grid rows and a sort click to sorted rows.
 */
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { chromium } from 'playwright';
import type { BackEnd } from '../core/context';
import { dispatch } from '../core/dispatch';
import { startHost } from '../host/server';
import { TOKEN_HEADER } from '../host/server';
import { openDirect, recordStatements } from './benchDirectSql';
import { median, medianMs, round } from './benchUtil';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A page a user would ask for: rented units, sorted by address, a few pages in. */
export const UNIT_LIST_QUERY = {
  offset: 300,
  limit: 100,
  sort: [{ column: 'address', direction: 'asc' as const }],
  filters: {
    status: { filterType: 'set' as const, values: ['uthyrd'] },
    district: { filterType: 'text' as const, type: 'contains' as const, filter: 'berg' },
  },
  search: '',
  withTotal: true,
};

export async function benchUnitList(backEnd: BackEnd): Promise<Record<string, number>> {
  const viaDispatch = () => dispatch('units.list', UNIT_LIST_QUERY, backEnd);
  const first = await viaDispatch();
  if (!first.ok) throw new Error(first.error.message);
  const statements = await recordStatements(backEnd.database.knex, viaDispatch);
  const direct = await openDirect(backEnd.database.path);
  const host = await startHost({ backEnd });
  const body = JSON.stringify(UNIT_LIST_QUERY);
  const viaHttp = async () => {
    const res = await fetch(`${host.url}api/units.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body,
    });
    await res.json();
  };
  try {
    const directMs = await medianMs(() => direct.run(statements));
    const dispatchMs = await medianMs(viaDispatch);
    const httpMs = await medianMs(viaHttp);
    return {
      unitsListDirectSqlMs: directMs,
      unitsListDispatchMs: dispatchMs,
      unitsListHttpMs: httpMs,
      unitsListHttpVsDirect: round(httpMs / directMs),
      unitsListStatements: statements.length,
    };
  } finally {
    await host.close();
    await direct.close();
  }
}

export async function benchUnitGridInChromium(backEnd: BackEnd, rendererDir: string): Promise<Record<string, number>> {
  const host = await startHost({ backEnd, staticDir: rendererDir });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const firstRows: number[] = [];
    const sorts: number[] = [];
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${host.url}#/bostader&token=${host.token}`);
      await page.locator('.ag-row[row-index="0"] [col-id="objectNumber"]').waitFor();
      firstRows.push(performance.now() - started);

      // Sort by address, both directions: time from the click to the new first row.
      for (const direction of ['asc', 'desc'] as const) {
        const before = await page.locator('.ag-row[row-index="0"] [col-id="objectNumber"]').first().textContent();
        const clickAt = performance.now();
        await page.locator('[role=columnheader][col-id="address"] .ag-header-cell-label').click();
        await page.waitForFunction(
          ({ prev, dir }) => {
            // Typed locally: this file is compiled without DOM types.
            type El = { getAttribute(name: string): string | null; textContent: string | null } | null;
            const doc = (globalThis as unknown as { document: { querySelector(selector: string): El } }).document;
            const header = doc.querySelector('[role=columnheader][col-id="address"]');
            const cell = doc.querySelector('.ag-row[row-index="0"] [col-id="objectNumber"]');
            return (
              header?.getAttribute('aria-sort') === (dir === 'asc' ? 'ascending' : 'descending') &&
              cell !== null &&
              cell.textContent !== prev
            );
          },
          { prev: before, dir: direction },
        );
        sorts.push(performance.now() - clickAt);
      }
      await context.close();
    }
    return { gridFirstRowsMs: round(median(firstRows)), gridSortMs: round(median(sorts)) };
  } finally {
    await browser.close();
    await host.close();
  }
}

export function rendererDirFrom(mainDir: string): string {
  return path.resolve(mainDir, '../renderer');
}
