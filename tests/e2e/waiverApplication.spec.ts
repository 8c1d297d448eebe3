/**
 * The application to the hyresnämnd (12:45 a), as a clerk makes it: the
 * contract found with Ctrl+K by its number, the application saved as a PDF
 * (read back with pdftotext), logged as sent, then the hyresnämnd's
 * decision registered on the contract; Bevakning no longer waits for it.
 */
import { execFileSync } from 'node:child_process';
import { registerActiveContract } from './apiSetup';
import { expect, openApp, test } from './fixtures';

test.use({ hostOptions: { today: '2026-11-26' } });

test('apply to the hyresnämnd from a contract and register its decision', async ({ page, host }) => {
  const { contract } = await registerActiveContract(host, {
    unit: { objectNumber: 'MOD-0450', address: 'Vasatorpsvägen 45' },
    contract: { waiverStatus: 'ej_ansokt', waiverApplicationDate: null },
  });

  await openApp(page, host, 'bevakning');
  const watchItem = page
    .getByRole('row')
    .filter({ hasText: 'Avstående väntar på hyresnämnden' })
    .filter({ hasText: contract.contractNumber });
  await expect(watchItem).toContainText('ingen ansökan');

  await page.keyboard.press('Control+k');
  const search = page.getByRole('combobox', { name: 'Sök i alla register' });
  await search.pressSequentially(contract.contractNumber);
  const hit = page
    .getByRole('group', { name: 'Kommunala kontrakt' })
    .getByRole('option', { name: new RegExp(contract.contractNumber) });
  await expect(hit).toHaveAttribute('aria-selected', 'true');
  await search.press('Enter');
  const drawer = page.getByRole('dialog').last();
  const panel = drawer.getByRole('region', { name: 'Ansökan till hyresnämnden' });
  await expect(panel).toContainText('Ingen ansökan skickad till hyresnämnden.');

  await panel.getByRole('button', { name: 'Skriv ut ansökan…' }).click();
  const preview = page.getByRole('dialog', { name: 'Förhandsgranskning: Ansökan till hyresnämnden' });
  await expect(preview.frameLocator('iframe').getByText('Uppgifter till hyresnämnden')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Spara som PDF' }).click();
  const file = test.info().outputPath('ansokan.pdf');
  await (await downloading).saveAs(file);
  const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain('Till hyresnämnden');
  expect(text).toContain('Anna Andersson');
  expect(text).toContain('MOD-0450, Vasatorpsvägen 45');
  expect(text).toContain('2026-11-01 – 2028-10-31');
  expect(text).toContain('genomgångsbostad inom Bostad Först');
  await preview.getByRole('button', { name: 'Stäng', exact: true }).first().click();

  await panel.getByRole('button', { name: 'Registrera ansökan som skickad' }).click();
  const after = page.getByRole('region', { name: 'Ansökan till hyresnämnden' });
  await expect(after).toContainText('Ansökan skickad 2026-11-26; inget beslut registrerat.');

  // A case number left out is named, and nothing changes.
  await after.getByRole('button', { name: 'Registrera beslut' }).click();
  await expect(after.getByRole('alert')).toContainText('Hyresnämndens ärendenummer');
  await after.getByLabel('Hyresnämndens ärendenummer').fill('Ä 4711-26');
  await after.getByRole('combobox', { name: /^Beslut/ }).selectOption({ label: 'Godkänt av hyresnämnden' });
  await after.getByRole('button', { name: 'Registrera beslut' }).click();
  await expect(page.getByRole('region', { name: 'Ansökan till hyresnämnden' })).toContainText(
    'Godkänt av hyresnämnden 2026-11-26, ärende Ä 4711-26.',
  );
  await page.screenshot({ path: test.info().outputPath('decided.png') });

  await page.keyboard.press('Escape');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Bevakning', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Bevakning' })).toBeVisible();
  await expect(watchItem).toHaveCount(0);
});
