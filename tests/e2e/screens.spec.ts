/**
 * Issue 13: how the everyday screens look at the two common sizes, over the
 * demo data: Översikt, Bevakning, a grid with a record open and a printed
 * page. The screenshots are written to test-results/screens/ to be looked
 * at; the assertions hold the layout rules the issue names.
 */
import path from 'node:path';
import { expect, goToRoute, openApp, startHost, test, type Host } from './fixtures';
import { demoDatabase } from './demo';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const OUT = path.resolve(import.meta.dirname, '../../test-results/screens');

for (const size of SIZES) {
  test(`the everyday screens at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(180_000);
    const shot = (name: string) =>
      page.screenshot({ path: path.join(OUT, `${name}-${size.width}x${size.height}.png`) });
    let host: Host | null = null;
    try {
      host = await startHost({ dbPath: demoDatabase() });
      await page.setViewportSize(size);
      await openApp(page, host, 'start');
      await expect(page.locator('.tile-value', { hasText: '…' })).toHaveCount(0);
      await expect(page.locator('button.tile').first()).toBeVisible();
      await shot('oversikt');

      await goToRoute(page, 'bevakning');
      const firstDate = page.locator('.watch-table tbody tr td:first-child').first();
      await expect(firstDate).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
      // A date stays on one line.
      // A date stays on one line: its text makes one line box, not two.
      const lines: number[] = await page.locator('.watch-table tbody tr td:first-child').evaluateAll((cells) =>
        cells.map((c) => {
          const range = c.ownerDocument.createRange();
          range.selectNodeContents(c);
          return range.getClientRects().length;
        }),
      );
      expect(Math.max(...lines)).toBe(1);
      await shot('bevakning');

      await goToRoute(page, 'hyresavtal');
      await page.locator('.ag-row[row-index="0"]').first().click();
      const drawer = page.getByRole('dialog');
      await expect(drawer).toBeVisible();
      // The grid keeps at least half the width beside the panel.
      const content = await page.locator('main.content').boundingBox();
      const panel = await drawer.boundingBox();
      expect(panel!.width).toBeLessThanOrEqual(content!.width / 2 + 1);
      await shot('hyresavtal-med-formular');

      await goToRoute(page, 'kontrakt');
      await page.locator('.ag-row[row-index="0"]').first().click();
      await page.getByRole('button', { name: 'Skriv ut kontrakt…' }).click();
      const preview = page.getByRole('dialog', { name: /Förhandsgranskning/ });
      await expect(preview.frameLocator('iframe').getByRole('heading', { name: /Kommunalt kontrakt/ })).toBeVisible();
      await shot('utskrift');
    } finally {
      await host?.stop();
    }
  });
}
