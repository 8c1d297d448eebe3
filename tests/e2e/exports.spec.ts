import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { apiCall, expect, openApp, test } from './fixtures';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

async function seedUnits(host: Parameters<typeof apiCall>[0]): Promise<void> {
  const departments = await apiCall(host, 'departments.list', {});
  const ff = departments.find((d) => d.code === 'FF')!.id;
  const units = [
    ['MOD-0001', 'Råå hamnplan 1', 'ledig', '2027-01-31'],
    ['MOD-0002', '=1+1 Storgatan', 'ledig', '2027-06-30'],
    ['MOD-0003', 'Väla 3', 'uthyrd', '2028-02-29'],
    ['VV-0004', 'Ödåkra 4', 'ledig', null],
  ] as const;
  for (const [objectNumber, address, status, permitEndDate] of units) {
    await apiCall(host, 'units.create', {
      objectNumber,
      kind: 'modulbostad',
      use: 'akutboende',
      address,
      postalCode: null,
      district: null,
      rooms: 1,
      areaM2: 22.5,
      floor: null,
      responsibleDepartmentId: ff,
      ownerType: 'staden',
      ownerOrganisationId: null,
      site: 'Tomten',
      permitEndDate,
      status,
      notes: null,
    });
  }
}

test('filter the unit grid, export the view to Excel, and find exactly those rows in the file', async ({
  page,
  host,
}) => {
  await seedUnits(host);
  const app = new AppPage(page);
  await openApp(page, host, 'bostader');
  await app.expectRowCount(4);

  // Filter: status Ledig (the choice filter in the column menu), then sort by address descending.
  await page.locator('[role=columnheader][col-id="status"]').hover();
  await page
    .locator(
      '[role=columnheader][col-id="status"] .ag-header-cell-filter-button, [role=columnheader][col-id="status"] [data-ref="eFilterButton"]',
    )
    .first()
    .click();
  await page.getByRole('checkbox', { name: 'Ledig' }).check();
  await page.keyboard.press('Escape');
  await app.expectRowCount(3);
  const header = page.locator('[role=columnheader][col-id="address"] .ag-header-cell-label');
  await header.click();
  await header.click();
  await expect(page.locator('[role=columnheader][col-id="address"]')).toHaveAttribute('aria-sort', 'descending');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Bostäder 2026-11-26.xlsx');
  const file = test.info().outputPath('bostader.xlsx');
  await download.saveAs(file);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  // The grid's visible columns, in the grid's order.
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const shown = await page
    .locator('[role=columnheader][col-id] .ag-header-cell-text')
    .evaluateAll((cells) => cells.map((c) => c.textContent?.trim()));
  expect(headers).toEqual(shown);
  const col = (header: string) => headers.indexOf(header) + 1;
  const rows = [2, 3, 4].map((r) => [
    sheet.getCell(r, col('Objektnummer')).value,
    sheet.getCell(r, col('Status')).value,
    sheet.getCell(r, col('Adress')).value,
  ]);
  expect(rows).toEqual([
    ['VV-0004', 'Ledig', 'Ödåkra 4'],
    ['MOD-0001', 'Ledig', 'Råå hamnplan 1'],
    // A string cell, not a formula (ExcelJS would give an object), and without a visible apostrophe.
    ['MOD-0002', 'Ledig', '=1+1 Storgatan'],
  ]);
  expect(sheet.rowCount).toBe(4);
  await expect(page.getByRole('status').filter({ hasText: 'Sparad' })).toBeVisible();
});

test('print the information material to PDF from its preview', async ({ page, host }) => {
  await openApp(page, host, 'rapporter');
  await page.getByRole('button', { name: 'Informationsmaterial om kommunala kontrakt' }).click();
  const preview = page.getByRole('dialog');
  await expect(
    preview.frameLocator('iframe').getByRole('heading', { name: 'Om ditt kommunala kontrakt' }),
  ).toBeVisible();
  const downloading = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Spara som PDF' }).click();
  const download = await downloading;
  const file = test.info().outputPath('info.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-']).toString();
  expect(text).toContain('Om ditt kommunala kontrakt');
  expect(text).toContain('Fastighetsförvaltningen');
});
