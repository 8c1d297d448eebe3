/**
 * Issue 13, point 12: a grid sorts addresses in natural Swedish order —
 * numbers by value ("Bergaliden 11" before "Bergaliden 109C") and å, ä, ö
 * after z — when its column header is clicked.
 */
import { modulbostadInput } from '../fixtures/bestand';
import { apiCall, expect, openApp, test } from './fixtures';
import { departmentId } from './apiSetup';

test.use({ hostOptions: { today: '2026-11-26' } });

test('the units grid sorts addresses naturally, with å, ä and ö after z', async ({ page, host }) => {
  const ff = await departmentId(host, 'FF');
  const addresses = [
    'Bergaliden 109C',
    'Örnvägen 2',
    'Bergaliden 11',
    'Ängelholmsvägen 5',
    'Zinkgatan 1',
    'Bergaliden 9',
  ];
  for (const [i, address] of addresses.entries())
    await apiCall(host, 'units.create', modulbostadInput(ff, { objectNumber: `MOD-0${i + 1}`, address }));

  await openApp(page, host, 'bostader');
  await page.locator('.ag-header-cell[col-id="address"] .ag-header-cell-label').click();
  const shown = async () =>
    page
      .locator('.ag-row:has([col-id="address"])')
      .evaluateAll((rows) =>
        [...rows]
          .sort((a, b) => Number(a.getAttribute('row-index')) - Number(b.getAttribute('row-index')))
          .map((r) => r.querySelector('[col-id="address"]')?.textContent ?? ''),
      );
  await expect
    .poll(shown)
    .toEqual(['Bergaliden 9', 'Bergaliden 11', 'Bergaliden 109C', 'Zinkgatan 1', 'Ängelholmsvägen 5', 'Örnvägen 2']);
});
