/**
 * Issue 13, point 14: F1 or "?" opens a short Swedish help page for the
 * screen in view (Markdown in help/), naming the law behind each date, and
 * the page prints on its own.
 */
import { execFileSync } from 'node:child_process';
import { expect, openApp, test } from './fixtures';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

test('F1 and "?" open the screen’s help with the law behind its dates, and it prints without the app around it', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  await openApp(page, host, 'hyresavtal');

  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Hjälp: Hyresavtal' });
  await expect(help.getByRole('heading', { name: 'Hyresavtal', level: 1 })).toBeVisible();
  await expect(help).toContainText('Uppsägningstid: tre månader för bostad, nio för lokal');
  await expect(help).toContainText('12 kap. 4 § jordabalken');
  await expect(help.getByText('Uppsagd', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  await app.goTo('Bevakning');
  await page.getByRole('button', { name: 'Hjälp om Bevakning (F1)' }).click();
  const watchHelp = page.getByRole('dialog', { name: 'Hjälp: Bevakning' });
  await expect(watchHelp).toContainText('12 kap. 39 § jordabalken');
  await expect(watchHelp).toContainText('12 kap. 45 § och 45 a § jordabalken');

  // Printed: the help alone, read back from a real PDF.
  await page.evaluate(() => {
    // Headless Chromium has no print dialog to wait for; the PDF below is the printout.
    (globalThis as unknown as { print(): void }).print = () => undefined;
  });
  await watchHelp.getByRole('button', { name: 'Skriv ut' }).click();
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: test.info().outputPath('hjalp-utskrift.png') });
  const file = test.info().outputPath('hjalp-bevakning.pdf');
  await page.pdf({ path: file, format: 'A4' });
  const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain('Frister och lagen bakom dem');
  expect(text).toContain('12 kap. 39 § jordabalken');
  expect(text).not.toContain('Huvudmeny');
  expect(text).not.toContain('Hyresvärdar och byggaktörer');
  expect(text).not.toContain('Skriv ut');
});
