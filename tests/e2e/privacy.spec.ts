/**
 * Issue 16's journeys in the browser host: an administratör makes a
 * colleague läsbehörig, who then sees personnummer masked and cannot show
 * them; Visa personnummer is counted; a registerutdrag as PDF and JSON; and
 * a gallring from dry run to run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { modulbostadInput } from '../fixtures/bestand';
import { ADULT, contractInput, householdInput } from '../fixtures/households';
import { departmentId, registerActiveContract } from './apiSetup';
import { apiCall, expect, goToRoute, openApp, startHost, test } from './fixtures';

test.use({ hostOptions: { today: '2026-11-26', user: 'anna.admin' } });

const masked = `${ADULT.slice(0, 8)}-****`;
const whole = `${ADULT.slice(0, 8)}-${ADULT.slice(8)}`;

test('an administratör makes a colleague läsbehörig, who then sees personnummer masked only', async ({
  page,
  browser,
  host,
}) => {
  const household = await apiCall(host, 'households.create', householdInput(await departmentId(host, 'SOF')));
  const colleagueHost = await startHost({ dbPath: host.dbPath, today: '2026-11-26', user: 'lisa.lasare' });
  try {
    await apiCall(colleagueHost, 'users.setDisplayName', { displayName: 'Lisa Läsare' });

    await openApp(page, host, 'roller');
    await page.getByLabel('Roll för Lisa Läsare').selectOption({ label: 'Läsbehörig' });
    await page
      .getByRole('row', { name: /Lisa Läsare/ })
      .getByRole('button', { name: 'Spara roll' })
      .click();
    await expect(page.getByLabel('Roll för Lisa Läsare')).toHaveValue('lasbehorig');
    await expect(
      page.getByRole('row', { name: /Lisa Läsare/ }).getByRole('button', { name: 'Spara roll' }),
    ).toBeDisabled();

    const lisa = await browser.newPage();
    await openApp(lisa, colleagueHost, `hushall/${household.id}`);
    await expect(lisa.getByLabel('Personnummer, person 1')).toHaveValue(masked);
    await expect(lisa.getByRole('button', { name: 'Visa personnummer' })).toHaveCount(0);
    await lisa.getByLabel('Telefon', { exact: true }).fill('070-000 00 00');
    await lisa.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect(lisa.getByRole('alert').filter({ hasText: 'Din roll är läsbehörig' })).toBeVisible();
    await lisa.close();

    await goToRoute(page, `hushall/${household.id}`);
    await expect(page.getByLabel('Personnummer, person 1')).toHaveValue(masked);
    await page.getByRole('button', { name: 'Visa personnummer' }).click();
    await expect(page.getByLabel('Personnummer, person 1')).toHaveValue(whole);

    await goToRoute(page, 'dataskydd');
    const reads = page.getByRole('table', { name: 'Visade personnummer' });
    await expect(reads.getByRole('row', { name: /anna\.admin/ })).toContainText('1');
    await page.screenshot({ path: test.info().outputPath('dataskydd.png'), fullPage: true });
  } finally {
    await colleagueHost.stop();
  }
});

test('a registerutdrag as PDF and JSON, audited', async ({ page, host }) => {
  const sof = await departmentId(host, 'SOF');
  const household = await apiCall(host, 'households.create', householdInput(sof));
  const unit = await apiCall(host, 'units.create', modulbostadInput(await departmentId(host, 'FF')));
  await apiCall(
    host,
    'contracts.create',
    contractInput({ unitId: unit.id, householdId: household.id, referringDepartmentId: sof }),
  );

  await openApp(page, host, 'dataskydd');
  await page.getByLabel('Personnummer eller samordningsnummer').fill(whole);
  await page.getByRole('button', { name: 'Gör registerutdrag' }).click();
  const preview = page.getByRole('dialog');
  await expect(preview.frameLocator('iframe').getByRole('heading', { name: `Registerutdrag ${whole}` })).toBeVisible();
  await expect(preview.frameLocator('iframe').getByText('Kommunala kontrakt')).toBeVisible();

  const pdfDownload = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Spara som PDF' }).click();
  const pdfFile = test.info().outputPath('utdrag.pdf');
  await (await pdfDownload).saveAs(pdfFile);
  const text = execFileSync('pdftotext', [pdfFile, '-']).toString();
  expect(text).toContain(`Registerutdrag ${whole}`);
  expect(text).toContain('Vem har sett hela personnumret');

  const jsonDownload = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Spara som JSON' }).click();
  const jsonFile = test.info().outputPath('utdrag.json');
  await (await jsonDownload).saveAs(jsonFile);
  const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as { identityNumber: string; contracts: unknown[] };
  expect(json.identityNumber).toBe(ADULT);
  expect(json.contracts).toHaveLength(1);

  await preview.getByRole('button', { name: 'Stäng', exact: true }).last().click();
  await page.reload();
  await expect(
    page.getByRole('table', { name: 'Visade personnummer' }).getByRole('row', { name: /anna\.admin/ }),
  ).toContainText('1');
});

test('gallring: rules with their legal basis, a dry run, then a run that leaves a tombstone', async ({ page }) => {
  const dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-e2e-gallring-')), 'e2e.sqlite');
  const past = await startHost({ dbPath, today: '2019-06-01', user: 'anna.admin' });
  let contract: { id: number; version: number };
  let householdId: number;
  try {
    ({ householdId, contract } = await registerActiveContract(past, {
      contract: { startDate: '2019-06-01', endDate: '2020-05-31' },
    }));
  } finally {
    await past.stop();
  }
  const ending = await startHost({ dbPath, today: '2020-05-31', user: 'anna.admin' });
  try {
    await apiCall(ending, 'contracts.end', {
      id: contract.id,
      version: contract.version,
      endDate: '2020-05-31',
      reason: 'flytt_forstahandskontrakt',
      note: null,
    });
  } finally {
    await ending.stop();
  }

  const now = await startHost({ dbPath, today: '2026-12-01', user: 'anna.admin' });
  try {
    await openApp(page, now, 'dataskydd');
    await expect(page.getByLabel('Hushåll: rättslig grund')).toHaveValue(/Socialtjänstlagen 12 kap/);
    await page.getByRole('button', { name: 'Provkör gallring' }).click();
    const dry = page.getByRole('table', { name: 'Provkörning' });
    await expect(dry.getByRole('row', { name: /Personuppgifter i hushåll/ })).toContainText('1');
    await expect(page.getByRole('button', { name: 'Gallra nu' })).toBeDisabled();
    await page.getByLabel('Jag har granskat provkörningen').check();
    await page.getByRole('button', { name: 'Gallra nu' }).click();
    const done = page.getByRole('table', { name: 'Gallrat' });
    await expect(done.getByRole('row', { name: /Personuppgifter i hushåll/ })).toContainText('1');
    await page.getByRole('button', { name: 'Visa rapport' }).click();
    await expect(
      page.getByRole('dialog').frameLocator('iframe').getByRole('heading', { name: 'Gallringsrapport' }),
    ).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('gallring.png'), fullPage: true });
    await page.getByRole('dialog').getByRole('button', { name: 'Stäng', exact: true }).last().click();

    await goToRoute(page, `hushall/${householdId!}`);
    await expect(page.getByText('Gallrad 2026-12-01 enligt regel personuppgifter i hushåll').first()).toBeVisible();
  } finally {
    await now.stop();
  }
});
