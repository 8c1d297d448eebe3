import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, openApp, test } from './fixtures';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

/** The department's lease list as people keep it: a title, a note, Swedish headings, a bad date and a Summa row. */
async function leaseListFile(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Avtal 2026');
  ws.addRow(['Hyresavtal FF 2026']);
  ws.addRow(['Uppdaterad av Karin']);
  ws.addRow([]);
  ws.addRow([
    'Avtalsnr',
    'Hyresvärd',
    'Org.nr',
    'Objektnr',
    'Adress',
    'Förvaltning',
    'Fr.o.m.',
    'T.o.m.',
    'Uppsägningstid',
    'Förlängning',
    'Årshyra',
  ]);
  ws.addRow([
    'HA-2024-0001',
    'Öresundshem AB',
    '556677-8899',
    'LGH-0101',
    'Drottninggatan 10',
    'SOF',
    new Date(Date.UTC(2024, 8, 1)),
    new Date(Date.UTC(2027, 7, 31)),
    '9 mån',
    '3 år',
    '240 000 kr',
  ]);
  ws.addRow([
    'HA-2024-0002',
    'Öresundshem AB',
    '5566778899',
    'LGH-0102',
    'Drottninggatan 12',
    'AMF',
    '31/2 2025',
    null,
    '3 mån',
    null,
    96000,
  ]);
  ws.addRow([
    'HA-2024-0003',
    'Öresundshem AB',
    '556677-8899',
    'LGH-0103',
    'Drottninggatan 14',
    'SOF',
    '2025-01-01',
    null,
    '3 mån',
    null,
    '1 250 000:-',
  ]);
  ws.addRow([]);
  ws.addRow([
    'Summa',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    { formula: 'SUM(K5:K7)', result: 1_586_000 },
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-import-')), 'hyresavtal 2026.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

test('a new user reads in a lease list, fixes the bad row in the preview, finds the leases with their deadlines and in Bevakning, then reverts the import', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  const file = await leaseListFile();
  await openApp(page, host);

  await app.goTo('Hyresavtal');
  await page.getByRole('link', { name: 'Läs in från Excel…' }).click();
  await expect(page.getByRole('heading', { name: 'Läs in från Excel' })).toBeVisible();
  await expect(page.getByLabel('Register')).toHaveValue('leases');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Välj fil…' }).click();
  await (await chooser).setFiles(file);

  // The header row is found under the title; the Swedish headings map themselves.
  const columns = page.getByRole('region', { name: 'Kolumner' });
  await expect(columns.getByLabel('Rubrikrad')).toHaveValue('4');
  await expect(columns).toContainText('3 rader med data');
  await expect(columns.getByLabel('Fält för kolumnen Fr.o.m.')).toHaveValue('startDate');
  await expect(columns.getByLabel('Fält för kolumnen T.o.m.')).toHaveValue('endDate');
  await expect(columns.getByLabel('Fält för kolumnen Org.nr')).toHaveValue('landlordOrgNumber');
  await expect(columns.getByLabel('Fält för kolumnen Årshyra')).toHaveValue('rentPerYearOre');
  await page.getByLabel('Skapa hyresvärdar och bostäder som saknas').check();
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();

  const outcome = page.getByRole('status', { name: 'Utfall' });
  await expect(outcome).toContainText('2nya');
  await expect(outcome).toContainText('1avvisas');
  await expect(page.getByRole('button', { name: 'Läs in', exact: true })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('inlasning-forhandsgranskning.png'), fullPage: true });

  // Fix the refused row in the preview and check it again.
  await (await app.cell('HA-2024-0002', 'reasons')).click();
  await expect(app.drawer).toContainText('Startdatum: datumet 2025-02-31 finns inte.');
  await app.drawer.getByLabel('Startdatum').fill('2025-02-28');
  await app.drawer.getByRole('button', { name: 'Kontrollera igen' }).click();
  await expect(app.drawer.getByRole('status')).toHaveText('Raden är godkänd.');
  await app.closeDrawer();
  await expect(outcome).toContainText('3nya');
  await expect(outcome).toContainText('0avvisas');

  await page.getByRole('button', { name: 'Läs in', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inläsning 1 klar' })).toContainText(
    'Inläsning 1 klar: 3 nya och 0 uppdaterade hyresavtal.',
  );
  const batches = page.getByRole('region', { name: 'Tidigare inläsningar' });
  await expect(batches).toContainText('hyresavtal 2026.xlsx');
  await page.screenshot({ path: test.info().outputPath('inlasning-klar.png') });

  // The leases, with their computed deadlines.
  await app.goTo('Hyresavtal');
  await expect(await app.cell('HA-2024-0001', 'nextNoticeDate')).toHaveText('2026-11-30');
  await expect(await app.cell('HA-2024-0001', 'daysLeft')).toHaveText('4 dagar');
  await expect(await app.cell('HA-2024-0002', 'startDate')).toHaveText('2025-02-28');
  await expect(await app.cell('HA-2024-0003', 'unitSummary')).toHaveText('LGH-0103');

  // In Bevakning.
  await app.goTo('Bevakning');
  const row = page.getByRole('row').filter({ hasText: 'HA-2024-0001' }).filter({ hasText: 'Sista dag att säga upp' });
  await expect(row).toContainText('2026-11-30');

  // Revert the import: the leases are gone again.
  await app.goTo('Läs in från Excel');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Ångra inläsning 1' }).click();
  await expect(batches.getByRole('status')).toHaveText('Inläsning 1 är ångrad.');
  await expect(batches).toContainText('Ångrad');
  await app.goTo('Hyresavtal');
  await app.expectRowCount(0);
});

/** A one-sheet workbook as a list is kept: a title row, then the headings and rows. */
async function listFile(name: string, title: string, rows: (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Blad1');
  ws.addRow([title]);
  for (const row of rows) ws.addRow(row);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-import-')), name);
  await workbook.xlsx.writeFile(file);
  return file;
}

test('a department moves its units, households and contracts in; a ground the contract list left out is filled in the preview, and the refused rows are saved as Excel', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  await openApp(page, host);
  const units = await listFile('bostader.xlsx', 'Modulbostäder', [
    ['Objektnr', 'Typ', 'Användning', 'Adress', 'Förvaltning', 'Ägare'],
    ['MOD-0001', 'Modulbostad', 'Akutboende', 'Vasatorpsvägen 12', 'FF', 'Staden'],
    ['MOD-0002', 'Modulbostad', 'Akutboende', 'Vasatorpsvägen 14', 'FF', 'Staden'],
  ]);
  // Personnummer from Skatteverket's test numbers.
  const households = await listFile('hushall.xlsx', 'Hushåll hos FF', [
    ['Namn', 'Personnr', 'Antal barn', 'Målgrupp', 'Förvaltning'],
    ['Anna Andersson', '851024-2392', 0, 'Bostad Först', 'SOF'],
    ['Erik Berg', '19881221-2382', 0, 'Övrigt', 'AMF'],
  ]);
  const contracts = await listFile('kontrakt.xlsx', 'Kommunala kontrakt 2026', [
    ['Kontraktsnr', 'Personnr', 'Objektnr', 'Förvaltning', 'Fr.o.m.', 'T.o.m.', 'Månadshyra', 'Status'],
    ['KK-2026-0001', '851024-2392', 'MOD-0001', 'SOF', '2026-11-01', '2028-10-31', '6 500 kr', 'Aktivt'],
    ['KK-2026-0002', '198812212382', 'MOD-0002', 'AMF', '2026-12-01', '2027-11-30', '5 900 kr', 'Utkast'],
  ]);

  const readIn = async (register: string, file: string) => {
    await app.goTo('Läs in från Excel');
    await page.getByLabel('Register').selectOption(register);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Välj fil…' }).click();
    await (await chooser).setFiles(file);
    await expect(page.getByRole('region', { name: 'Kolumner' }).getByLabel('Rubrikrad')).toHaveValue('2');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  };
  const outcome = page.getByRole('status', { name: 'Utfall' });

  await readIn('units', units);
  await expect(outcome).toContainText('2nya');
  await page.getByRole('button', { name: 'Läs in', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inläsning 1 klar' })).toBeVisible();

  await readIn('households', households);
  await expect(outcome).toContainText('2nya');
  await page.getByRole('button', { name: 'Läs in', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inläsning 2 klar' })).toBeVisible();

  // The contract list has no column for the ground: the active contract is refused, naming it.
  await readIn('contracts', contracts);
  await expect(outcome).toContainText('1nya');
  await expect(outcome).toContainText('1avvisas');

  // The refused rows as a workbook, read back.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara avvisade rader som Excel' }).click();
  const download = await downloading;
  const saved = test.info().outputPath('avvisade.xlsx');
  await download.saveAs(saved);
  const report = new ExcelJS.Workbook();
  await report.xlsx.readFile(saved);
  const sheet = report.getWorksheet('Avvisade rader')!;
  expect(sheet.rowCount).toBe(2);
  expect(sheet.getRow(2).getCell(1).value).toBe(3);
  expect(String(sheet.getRow(2).getCell(2).value)).toBe('KK-2026-0001');
  expect(String((sheet.getRow(2).values as unknown[]).at(-1))).toMatch(/^Skäl för avstående från besittningsskydd: /);

  // The fix form offers the field the list left out.
  await (await app.cell('KK-2026-0001', 'reasons')).click();
  await expect(app.drawer).toContainText('Skäl för avstående från besittningsskydd: måste anges');
  await app.drawer.getByLabel('Skäl för avstående från besittningsskydd').fill('Genomgångsbostad inom Bostad Först');
  await app.drawer.getByRole('button', { name: 'Kontrollera igen' }).click();
  await expect(app.drawer.getByRole('status')).toHaveText('Raden är godkänd.');
  await app.closeDrawer();
  await expect(outcome).toContainText('2nya');
  await expect(outcome).toContainText('0avvisas');
  await page.getByRole('button', { name: 'Läs in', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Inläsning 3 klar' })).toContainText('2 nya');
  await page.screenshot({ path: test.info().outputPath('inlasning-kontrakt.png'), fullPage: true });

  await app.goTo('Kommunala kontrakt');
  await app.expectRowCount(2);
  await expect(await app.cell('KK-2026-0001', 'status')).toHaveText('Aktivt');
  await expect(await app.cell('KK-2026-0002', 'status')).toHaveText('Utkast');
});
