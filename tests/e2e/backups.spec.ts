/**
 * System → Säkerhetskopior in the browser host: back up on demand, restore
 * a backup after more work, and every other open page is told to reload
 * and then shows the restored data.
 */
import { modulbostadInput } from '../fixtures/bestand';
import { departmentId } from './apiSetup';
import { apiCall, expect, openApp, test } from './fixtures';
import { AppPage } from './pages';

test('a backup made on the screen is restored after more work; the colleague’s page is told to reload', async ({
  browser,
  host,
}) => {
  const ff = await departmentId(host, 'FF');
  await apiCall(host, 'units.create', modulbostadInput(ff, { objectNumber: 'MOD-FÖRE' }));
  const context = await browser.newContext();
  const admin = await context.newPage();
  const colleague = await context.newPage();
  await openApp(admin, host, 'sakerhetskopior');
  await openApp(colleague, host, 'bostader');
  const backups = admin.getByRole('table', { name: 'Säkerhetskopior' });
  // The day's backup was made when the host started.
  await expect(backups.getByRole('row')).toHaveCount(2);
  await expect(backups).toContainText('Daglig');

  await admin.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'är gjord' })).toBeVisible();
  await expect(backups.getByRole('row')).toHaveCount(3);
  await expect(backups).toContainText('Manuell');

  await apiCall(host, 'units.create', modulbostadInput(ff, { objectNumber: 'MOD-EFTER' }));
  await expect(new AppPage(colleague).gridRow('MOD-EFTER').first()).toBeVisible({ timeout: 3000 });

  admin.once('dialog', (dialog) => void dialog.accept());
  await backups.getByRole('row').filter({ hasText: 'Manuell' }).getByRole('button', { name: 'Återställ' }).click();
  // A restore checks the backup, keeps the current file aside and waits for a day's job in progress: seconds, not ms.
  await expect(admin.getByRole('status').filter({ hasText: 'Databasen är återställd' })).toBeVisible({
    timeout: 30_000,
  });
  // The file as it was is kept, listed beside the one restored.
  await expect(backups).toContainText('Före återställning');
  await admin.screenshot({ path: test.info().outputPath('sakerhetskopior.png') });

  const told = colleague.getByRole('alert').filter({ hasText: 'återställts från en säkerhetskopia' });
  await expect(told).toBeVisible({ timeout: 3000 });
  await told.getByRole('button', { name: 'Ladda om' }).click();
  const app = new AppPage(colleague);
  await expect(app.gridRow('MOD-FÖRE').first()).toBeVisible();
  await expect(app.gridRow('MOD-EFTER')).toHaveCount(0);
  await context.close();
});
