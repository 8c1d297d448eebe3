/** Issue 7's journeys: the lease grid's view to Excel, and a contract to PDF from its form. */
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { contractInput, householdInput } from '../fixtures/households';
import { landlordInput, modulbostadInput } from '../fixtures/bestand';
import { leaseInput } from '../fixtures/leases';
import { departmentId } from './apiSetup';
import { apiCall, expect, openApp, test } from './fixtures';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

test('filter the lease grid by deadline, export the view, and find exactly those leases in the file', async ({
  page,
  host,
}) => {
  const ff = await departmentId(host, 'FF');
  const landlord = await apiCall(host, 'organisations.create', landlordInput());
  const leases: [string, string, number][] = [
    ['LGH-A', '2027-03-31', 3],
    ['LGH-B', '2027-05-31', 3],
    ['LGH-C', '2028-12-31', 9],
  ];
  for (const [objectNumber, endDate, notice] of leases) {
    const unit = await apiCall(
      host,
      'units.create',
      modulbostadInput(ff, {
        objectNumber,
        kind: 'lagenhet',
        site: null,
        permitEndDate: null,
        ownerType: 'hyresvard',
        ownerOrganisationId: landlord.id,
      }),
    );
    await apiCall(
      host,
      'leases.create',
      leaseInput(
        { landlordId: landlord.id, departmentId: ff, unitIds: [unit.id] },
        {
          premises: 'bostad',
          endDate,
          noticeMonthsTenant: notice,
          noticeMonthsLandlord: notice,
          extensionMonths: null,
        },
      ),
    );
  }

  const app = new AppPage(page);
  await openApp(page, host, 'hyresavtal');
  await app.expectRowCount(3);
  await page.getByLabel('Sista uppsägningsdag inom').selectOption({ label: '120 dagar' });
  await app.expectRowCount(2);
  const shown = await page.locator('.ag-row[row-index] [col-id="unitSummary"]').allTextContents();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel' }).click();
  const file = test.info().outputPath('hyresavtal.xlsx');
  await (await downloading).saveAs(file);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.name).toBe('Hyresavtal');
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const units = headers.indexOf('Bostäder') + 1;
  const deadline = headers.indexOf('Sista uppsägningsdag') + 1;
  expect(sheet.rowCount).toBe(3);
  expect([2, 3].map((r) => sheet.getCell(r, units).value)).toEqual(shown);
  expect([2, 3].map((r) => sheet.getCell(r, deadline).value).sort()).toEqual(
    [new Date('2026-12-31T00:00:00Z'), new Date('2027-02-28T00:00:00Z')].sort(),
  );
});

test('print a kommunalt kontrakt to PDF from its form', async ({ page, host }) => {
  const ff = await departmentId(host, 'FF');
  const sof = await departmentId(host, 'SOF');
  const unit = await apiCall(host, 'units.create', modulbostadInput(ff, { objectNumber: 'MOD-PDF-1' }));
  const household = await apiCall(host, 'households.create', householdInput(sof));
  const contract = await apiCall(host, 'contracts.create', {
    ...contractInput({ unitId: unit.id, householdId: household.id, referringDepartmentId: sof }),
    acknowledgeWarnings: false,
  });

  await openApp(page, host, `kontrakt/${contract.id}`);
  await page.getByRole('button', { name: 'Skriv ut kontrakt…' }).click();
  const preview = page.getByRole('dialog', {
    name: `Förhandsgranskning: Kommunalt kontrakt ${contract.contractNumber}`,
  });
  await expect(
    preview.frameLocator('iframe').getByRole('heading', { name: `Kommunalt kontrakt ${contract.contractNumber}` }),
  ).toBeVisible();
  const downloading = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Spara som PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`Kommunalt kontrakt ${contract.contractNumber}.pdf`);
  const file = test.info().outputPath('kontrakt.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain('Anna Andersson');
  expect(text).toContain('Bostaden är en genomgångsbostad inom Bostad Först');
  expect(text).toContain('6 500 kr');
});
