/**
 * Issue 15's journey, as a new user: record on a city-owned Bostad Först
 * unit who manages it and a disturbance (3:7), place a household there on
 * a kommunalt kontrakt through the contract form, record a discharge and a
 * prevented eviction risk (its contract and landlord picked) in their
 * registers, open Uppföljning and find them counted and charted, write a
 * comment, approve the report and print it to PDF; a page of the PDF is
 * rendered with pdftoppm to look at.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { householdInput } from '../fixtures/households';
import { modulbostadInput } from '../fixtures/bestand';
import { apiCall, expect, openApp, test } from './fixtures';
import { departmentId, registerLandlord } from './apiSetup';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-09-05' } });

test('a discharge, a prevented eviction and a Bostad Först placement are counted, charted, commented, approved and printed', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const sof = await departmentId(host, 'SOF');
  const ff = await departmentId(host, 'FF');
  await apiCall(host, 'households.create', householdInput(sof));
  await apiCall(
    host,
    'units.create',
    modulbostadInput(ff, { objectNumber: 'BF-1', use: 'bostad_forst', status: 'ledig' }),
  );
  await registerLandlord(host);

  const app = new AppPage(page);
  await openApp(page, host);

  // Plan 3:7 on the city's own unit: who manages it, how it is let, support, a disturbance.
  await app.goTo('Bostäder');
  await (await app.cell('BF-1', 'objectNumber')).click();
  const cityPanel = app.drawer.getByRole('group', { name: 'Stadens hyresrätt (åtgärd 3:7)' });
  await cityPanel.locator('summary').click();
  await cityPanel.getByLabel(/^Förvaltare/).selectOption({ label: 'MEX' });
  await cityPanel.getByLabel(/^Uthyrningssätt/).selectOption({ label: 'Kommunalt kontrakt (andra hand)' });
  await cityPanel.getByLabel('Boendestöd').check();
  await cityPanel.getByRole('button', { name: 'Spara' }).click();
  // Counted in Uppföljning's 3:7 below, which proves it saved.
  // The disturbance's date in the Swedish date field: a date in the future is refused, naming the field.
  await cityPanel.getByLabel(/^Anmäld/).fill('2026-12-24');
  await cityPanel.getByLabel(/^Beskrivning/).fill('Hög musik nattetid');
  await cityPanel.getByRole('button', { name: 'Registrera störning' }).click();
  await expect(cityPanel.getByText('Anmäld: kan inte ligga i framtiden.').first()).toBeVisible();
  await cityPanel.getByLabel(/^Anmäld/).fill('2026-08-15');
  await cityPanel.getByRole('button', { name: 'Registrera störning' }).click();
  await expect(cityPanel.getByRole('listitem')).toHaveText(['2026-08-15: Hög musik nattetid']);

  // The Bostad Först placement, let from the unit's own view through the contract form.
  await app.drawer.getByRole('button', { name: 'Hyr ut på kommunalt kontrakt' }).click();
  await expect(page.getByRole('dialog', { name: 'Nytt kommunalt kontrakt' })).toBeVisible();
  await expect(app.field('Bostad')).toHaveValue(/^BF-1/);
  await app.field('Hushåll').fill('anna');
  await page.getByRole('option', { name: /^Anna Andersson/ }).click();
  await app.fill({
    Månadshyra: '6 500',
    Startdatum: '2026-06-01',
    Slutdatum: '2028-05-31',
    'Skäl för avstående från besittningsskydd': 'Bostad Först; hushållet ska vidare till eget kontrakt.',
    Avstående: 'Ansökan inskickad',
  });
  await app.fill({ 'Ansökan skickad till hyresnämnden': '2026-05-20' });
  await app.save();
  const acknowledge = app.drawer.getByLabel('Bekräfta varning');
  if (await acknowledge.isVisible()) {
    await acknowledge.check();
    await app.save();
  }
  const contract = page.getByRole('dialog', { name: /^Kommunalt kontrakt KK-2026-/ });
  await expect(contract).toBeVisible();
  const state = contract.getByRole('region', { name: 'Kontraktets läge' });
  const activate = state.getByRole('button', { name: 'Aktivera kontraktet' });
  await activate.click();
  if (await state.getByLabel('Bekräfta varning').isVisible()) {
    await state.getByLabel('Bekräfta varning').check();
    await activate.click();
  }
  await expect(state).toContainText('Aktivt');
  await app.closeDrawer();

  await app.goTo('Utskrivningar');
  await page.getByRole('button', { name: 'Ny utskrivning' }).click();
  await app.field('Hushåll').fill('anna');
  await page.getByRole('option', { name: /^Anna Andersson/ }).click();
  await app.fill({
    'Planerat utskrivningsdatum': '2026-04-20',
    'Skrivs ut från': 'Anstalt (Kriminalvården)',
    'Anstalt eller enhet': 'Anstalten Helsingborg',
    Utfall: 'Utskriven till hemlöshet',
    'Datum för utfall': '2026-04-20',
  });
  await app.save();
  await expect(page.getByRole('dialog', { name: /Utskrivning: Anna Andersson/ })).toBeVisible();
  await app.closeDrawer();

  await app.goTo('Vräkningsrisker');
  await page.getByRole('button', { name: 'Ny vräkningsrisk' }).click();
  await app.field('Hushåll').fill('anna');
  await page.getByRole('option', { name: /^Anna Andersson/ }).click();
  // The household's contract and the landlord who warned, picked as the household was.
  await app.field('Kommunalt kontrakt').fill('KK');
  await page.getByRole('option', { name: /^KK-2026-\d+, .*\(Anna Andersson\)/ }).click();
  await app.field('Hyresvärd').fill('öresund');
  await page.getByRole('option', { name: 'Öresundshem AB (556677-8899)' }).click();
  await app.fill({
    Orsak: 'Störningar (12 kap. 25 § JB)',
    'Hyresvärdens varning': '2026-02-02',
    'Kopia till socialnämnden': '2026-02-03',
    Insatser: 'Hembesök och boendestöd',
    Utfall: 'Avvärjd',
    'Datum för utfall': '2026-05-15',
  });
  await page.getByRole('dialog').getByLabel('Socialförvaltningen').check();
  await page.getByRole('dialog').getByLabel('Helsingborgshem').check();
  await app.save();
  await expect(page.getByRole('dialog', { name: /Vräkningsrisk: Anna Andersson/ })).toBeVisible();
  await expect(app.field('Kommunalt kontrakt')).toHaveValue(/^KK-2026-/);
  await app.closeDrawer();

  await app.goTo('Uppföljning');
  const current = (page: typeof app.page, key: string) => page.locator(`tr[data-figure="${key}"] td`).last();
  await page.getByRole('tab', { name: '3:2' }).click();
  const discharges = page.getByRole('region', { name: 'Åtgärd 3:2' });
  await expect(current(page, 'hemloshet')).toHaveText('1');
  await expect(discharges.getByRole('img', { name: 'Diagram: Utskrivningar per utfall' })).toBeVisible();
  await page
    .getByLabel('Förvaltningens kommentar')
    .fill('Färre skrivs ut till hemlöshet sedan samverkan med Kriminalvården började.');
  await page.getByRole('button', { name: 'Spara kommentar' }).click();
  await expect(page.getByText('Kommentaren är sparad.')).toBeVisible();

  await page.getByRole('tab', { name: '3:8' }).click();
  await expect(current(page, 'avvard')).toHaveText('1');
  await expect(current(page, 'preventedShare')).toHaveText('100 %');
  await page.getByRole('tab', { name: '3:7' }).click();
  await expect(current(page, 'managedMEX')).toHaveText('1');
  await expect(current(page, 'withSupport')).toHaveText('1');
  await expect(current(page, 'disturbances')).toHaveText('1');
  await page.getByRole('tab', { name: '3:10' }).click();
  await expect(current(page, 'households')).toHaveText('1');
  await expect(current(page, 'units')).toHaveText('1');
  await expect(page.getByRole('img', { name: 'Diagram: Bostad Först: tillväxt mot mål' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('uppfoljning.png'), fullPage: true });

  await page.getByRole('button', { name: 'Fastställ rapporten…' }).click();
  await page.getByRole('button', { name: 'Ja, fastställ' }).click();
  await expect(
    page.getByText(/Rapporten för 2026 är fastställd \d{4}-\d{2}-\d{2} av .*frysta per 2026-09-05/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Spara kommentar' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Rapport för utskrift' }).click();
  const preview = page.getByRole('dialog', {
    name: /Förhandsgranskning: Uppföljning av det bostadssociala programmet 2026/,
  });
  await expect(preview.frameLocator('iframe').getByRole('heading', { name: 'Uppföljning 2026' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Spara som PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Uppföljning av det bostadssociala programmet 2026.pdf');
  const file = test.info().outputPath('uppfoljning.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toMatch(/Fastställd \d{4}-\d{2}-\d{2} av /);
  expect(text).toContain('Åtgärd 3:2: Utskrivning från kriminalvård och behandling till hemlöshet');
  expect(text).toContain('Färre skrivs ut till hemlöshet sedan samverkan med Kriminalvården började.');
  expect(text).toContain('Boverkets bostadsmarknadsenkät');
  // The page of action 3:2 as an image, to look at (kept with the test's output).
  const pages = execFileSync('pdfinfo', [file]).toString();
  expect(Number(/Pages:\s+(\d+)/.exec(pages)![1])).toBeGreaterThanOrEqual(12);
  const prefix = test.info().outputPath('sida');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '4', '-l', '4', file, prefix]);
  const png = fs.readdirSync(test.info().outputDir).find((f) => f.startsWith('sida') && f.endsWith('.png'));
  expect(png).toBeDefined();
  expect(fs.statSync(`${test.info().outputDir}/${png}`).size).toBeGreaterThan(10_000);
});
