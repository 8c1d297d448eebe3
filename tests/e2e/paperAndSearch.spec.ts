/**
 * A new user's journey: Bevakning says a landlord has not been told of a
 * sublet; Ctrl+K finds the contract by part of its address; the 12:39
 * letter is saved as a PDF (read back with pdftotext), logged as sent, and
 * Bevakning no longer asks; a signed scan is attached and previewed.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { contractInput, householdInput } from '../fixtures/households';
import { modulbostadInput } from '../fixtures/bestand';
import { departmentId, registerLandlord, registerLease } from './apiSetup';
import { apiCall, expect, openApp, test } from './fixtures';

test.use({ hostOptions: { today: '2026-11-26' } });

const SCAN = path.resolve(import.meta.dirname, '../fixtures/attachments/signed-scan.pdf');

test('find a contract with Ctrl+K, send its 12:39 letter, attach the signed scan', async ({ page, host }) => {
  const ff = await departmentId(host, 'FF');
  const sof = await departmentId(host, 'SOF');
  const landlordId = await registerLandlord(host, 'Kullabygden Bostäder AB');
  const unit = await apiCall(
    host,
    'units.create',
    modulbostadInput(ff, {
      objectNumber: 'LGH-1212',
      kind: 'lagenhet',
      address: 'Drottninggatan 12',
      site: null,
      permitEndDate: null,
      ownerType: 'hyresvard',
      ownerOrganisationId: landlordId,
    }),
  );
  const lease = await registerLease(host, { landlordId, unitIds: [unit.id] });
  const household = await apiCall(host, 'households.create', householdInput(sof));
  const draft = await apiCall(host, 'contracts.create', {
    ...contractInput(
      { unitId: unit.id, householdId: household.id, referringDepartmentId: sof },
      { leaseId: lease.id, startDate: '2026-11-01' },
    ),
  });
  const contract = await apiCall(host, 'contracts.activate', {
    id: draft.id,
    version: draft.version,
    acknowledgeWarnings: true,
  });

  await openApp(page, host, 'bevakning');
  // The contract has two items (waiver pending, landlord not told): this one is about 12:39.
  const watchItem = page
    .getByRole('row')
    .filter({ hasText: 'Hyresvärden ej underrättad' })
    .filter({ hasText: `${contract.contractNumber}, LGH-1212 Drottninggatan 12` });
  await expect(watchItem).toBeVisible();

  // Ctrl+K from the Bevakning screen, part of the address, keyboard only.
  await page.keyboard.press('Control+k');
  const search = page.getByRole('combobox', { name: 'Sök i alla register' });
  await expect(search).toBeFocused();
  await search.pressSequentially('drottningg 12');
  const contracts = page.getByRole('group', { name: 'Kommunala kontrakt' });
  const hit = contracts.getByRole('option', { name: new RegExp(contract.contractNumber) });
  await expect(hit).toBeVisible();
  for (let i = 0; i < 10 && (await hit.getAttribute('aria-selected')) !== 'true'; i++) {
    await search.press('ArrowDown');
  }
  await expect(hit).toHaveAttribute('aria-selected', 'true');
  await search.press('Enter');
  await expect(search).toHaveCount(0);
  const drawer = page.getByRole('dialog').last();
  await expect(drawer).toContainText(contract.contractNumber);

  // The letter, as a PDF.
  const letterPanel = drawer.getByRole('region', { name: 'Underrättelse till hyresvärden' });
  await expect(letterPanel).toContainText('Hyresvärden är inte underrättad.');
  await letterPanel.getByRole('button', { name: 'Skriv ut underrättelse…' }).click();
  const preview = page.getByRole('dialog', { name: 'Förhandsgranskning: Underrättelse om andrahandsuthyrning' });
  await expect(preview.frameLocator('iframe').getByText('Till Kullabygden Bostäder AB')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Spara som PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`Underrättelse 12 kap 39 § ${contract.contractNumber}.pdf`);
  const file = test.info().outputPath('underrattelse.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain('Kullabygden Bostäder AB');
  expect(text).toContain('LGH-1212, Drottninggatan 12');
  expect(text).toContain(lease.leaseNumber);
  await preview.getByRole('button', { name: 'Stäng', exact: true }).first().click();

  // Logged as sent: the contract says so, and Bevakning no longer asks.
  await letterPanel.getByLabel('Sätt').selectOption({ label: 'Rekommenderat brev' });
  await letterPanel.getByRole('button', { name: 'Registrera som skickad' }).click();
  const panelAfter = page.getByRole('region', { name: 'Underrättelse till hyresvärden' });
  await expect(panelAfter).toContainText('Hyresvärden underrättad 2026-11-26.');
  await expect(panelAfter.getByRole('table', { name: 'Skickade brev' })).toContainText('Rekommenderat brev');

  // A signed scan, through the file dialog, and its preview.
  const attachments = page.getByRole('region', { name: 'Bilagor' });
  await attachments.getByLabel('Bifoga fil').setInputFiles(SCAN);
  await expect(attachments.getByRole('status')).toContainText('signed-scan.pdf har sparats.');
  await attachments.getByRole('button', { name: 'Visa signed-scan.pdf' }).click();
  const shown = page.getByRole('dialog', { name: 'Bilaga: signed-scan.pdf' });
  const frame = shown.getByTitle('Förhandsgranskning av signed-scan.pdf');
  await expect(frame).toBeVisible();
  expect(await frame.getAttribute('src')).toMatch(/^blob:/);
  await page.screenshot({ path: test.info().outputPath('preview.png') });
  await shown.getByRole('button', { name: 'Stäng', exact: true }).first().click();

  await page.keyboard.press('Escape');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Bevakning', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Bevakning' })).toBeVisible();
  await expect(watchItem).toHaveCount(0);
});
