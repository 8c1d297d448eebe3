/**
 * Several colleagues on one database file: two browser hosts (two back-end
 * processes, as two desktops would be) over the same SQLite file. What one
 * saves shows in the other's open grid and Bevakning within about two
 * seconds, without moving the grid or touching a half-filled form; and each
 * sees who else is working.
 */
import { modulbostadInput } from '../fixtures/bestand';
import { departmentId } from './apiSetup';
import { apiCall, expect, openApp, startHost, test, type Host } from './fixtures';
import type { Page } from '@playwright/test';
import { AppPage } from './pages';

const TODAY = '2026-11-29';
/** "Within about two seconds": the poll is 0.5 s, the grid's debounce 0.25 s; the rest is slack for a loaded CI machine. */
const LIVE_TIMEOUT = 3000;

let anna: Host;
let bertil: Host;
test.beforeEach(async () => {
  anna = await startHost({ today: TODAY, user: 'anna' });
  bertil = await startHost({ dbPath: anna.dbPath, today: TODAY, user: 'bertil' });
});
test.afterEach(async () => {
  await bertil.stop();
  await anna.stop();
});

async function seedUnits(host: Host, count: number): Promise<Map<string, { id: number; version: number }>> {
  const dep = await departmentId(host, 'FF');
  const units = new Map<string, { id: number; version: number }>();
  for (let i = 1; i <= count; i++) {
    const objectNumber = `MOD-${String(i).padStart(4, '0')}`;
    const u = await apiCall(
      host,
      'units.create',
      modulbostadInput(dep, { objectNumber, address: `Vasatorpsvägen ${i}`, permitEndDate: '2029-06-30' }),
    );
    units.set(objectNumber, u);
  }
  return units;
}

/** How far the grid is scrolled (whichever element of AG Grid's DOM holds the vertical scroll). */
function gridScrollTop(page: Page): Promise<number> {
  return page.locator('.data-grid *').evaluateAll((elements) => Math.max(...elements.map((e) => e.scrollTop)));
}

async function updateUnit(host: Host, ref: { id: number; version: number }, changes: Record<string, unknown>) {
  const current = await apiCall(host, 'units.get', { id: ref.id });
  const dep = await departmentId(host, 'FF');
  await apiCall(host, 'units.update', {
    ...modulbostadInput(dep),
    ...Object.fromEntries(Object.keys(modulbostadInput(dep)).map((k) => [k, current[k as keyof typeof current]])),
    ...changes,
    id: ref.id,
    version: current['version'],
  });
}

test('a colleague’s save shows in my open grid within two seconds, keeping my scroll position and unsaved input', async ({
  browser,
}) => {
  const units = await seedUnits(anna, 120);
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = new AppPage(page);
  await openApp(page, anna, 'bostader');
  await expect(page.getByRole('status', { name: 'Vilka som arbetar' })).toContainText('Även inne: bertil');

  // Scroll well down the list, then open a unit there and start typing without saving.
  await app.gridRow('MOD-0001').first().waitFor();
  await page.locator('.data-grid .ag-row[row-index="3"]').first().hover();
  for (let i = 0; i < 12 && !(await app.gridRow('MOD-0075').first().isVisible()); i++) await page.mouse.wheel(0, 400);
  await expect(app.gridRow('MOD-0075').first()).toBeVisible();
  await expect(app.gridRow('MOD-0001')).toHaveCount(0);
  await app.gridRow('MOD-0075').first().click();
  await expect(page.getByRole('dialog', { name: 'Bostad MOD-0075' })).toBeVisible();
  await app.fill({ Anteckningar: 'Halvskriven anteckning' });
  const scrolled = await gridScrollTop(page);
  expect(scrolled).toBeGreaterThan(0);

  // Bertil, in his own app on the same file, changes a row Anna has on screen.
  await updateUnit(bertil, units.get('MOD-0072')!, { address: 'Drottninggatan 1' });

  await expect(await app.cell('MOD-0072', 'address')).toHaveText('Drottninggatan 1', { timeout: LIVE_TIMEOUT });
  expect(await gridScrollTop(page)).toBe(scrolled);
  await expect(app.field('Anteckningar')).toHaveValue('Halvskriven anteckning');

  // And a new unit he registers is counted in her list.
  const dep = await departmentId(bertil, 'FF');
  await apiCall(bertil, 'units.create', modulbostadInput(dep, { objectNumber: 'MOD-0121', permitEndDate: null }));
  await expect(page.getByText('121 bostäder')).toBeVisible({ timeout: LIVE_TIMEOUT });
  await page.screenshot({ path: test.info().outputPath('live-grid.png') });
  await context.close();
});

test('Bevakning on two pages of one host shows a colleague’s new deadline within two seconds', async ({ browser }) => {
  const units = await seedUnits(anna, 3);
  const context = await browser.newContext();
  const first = await context.newPage();
  const second = await context.newPage();
  await openApp(first, anna, 'bevakning');
  await openApp(second, anna, 'bevakning');
  for (const page of [first, second]) await expect(page.getByText('MOD-0002')).toHaveCount(0);

  await updateUnit(bertil, units.get('MOD-0002')!, { permitEndDate: '2027-01-15' });

  for (const page of [first, second])
    await expect(page.getByText('MOD-0002').first()).toBeVisible({ timeout: LIVE_TIMEOUT });
  await context.close();
});

test('the status bar shows who else has the database open, and drops a colleague who closes', async ({ browser }) => {
  const page = await browser.newPage();
  await openApp(page, anna);
  const status = page.getByRole('status', { name: 'Vilka som arbetar' });
  await expect(status).toContainText('anna');
  await expect(status).toContainText('Även inne: bertil');
  await bertil.stop();
  // The heartbeat re-reads every 15 s; a host that stops removes its own row.
  await expect(status).toContainText('Ingen annan har databasen öppen', { timeout: 20_000 });
  await page.close();
});
