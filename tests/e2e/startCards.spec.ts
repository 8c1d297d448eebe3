/**
 * Issue 13, point 2: every number on the start page opens exactly its rows.
 * Over the demo data, each card is clicked and the list it opens must count
 * the same number of rows as the card says.
 */
import { demoDatabase } from './demo';
import { expect, openApp, goToRoute, startHost, test, type Host } from './fixtures';

/** Cards whose number is not a count of rows in the list they open, and why. */
const NOT_ROW_COUNTS: Record<string, string> = {
  'Bostäder kvar att lämna': 'a sum of dwellings over the agreements, not a number of rows',
  'Bostäder lämnade': 'a sum of dwellings over the deliveries, not a number of rows',
};

function digits(text: string): number {
  const match = /(\d[\d\s\u00a0]*)/.exec(text);
  return match ? Number(match[1]!.replace(/[\s\u00a0]/g, '')) : Number.NaN;
}

test('every start-page card opens a list with exactly the card’s number of rows', async ({ page }) => {
  test.setTimeout(240_000);
  let host: Host | null = null;
  try {
    host = await startHost({ dbPath: demoDatabase() });
    await openApp(page, host, 'start');
    const tiles = page.locator('button.tile:not([disabled])');
    await expect(tiles.first()).toBeVisible();
    await expect(page.locator('.tile-value', { hasText: '…' })).toHaveCount(0);
    // Bevakning's cards have no placeholder: they appear when its counts arrive (or say there is nothing).
    const watchSection = page.locator('section', { has: page.getByRole('heading', { name: /^Bevakning/ }) });
    await expect(watchSection.locator('.tile, p.muted').first()).toBeVisible();
    const cards: { label: string; occurrence: number; value: string }[] = await tiles.evaluateAll((els) =>
      els.map((el, i) => {
        const label = el.querySelector('.tile-label')?.textContent ?? '';
        // Two sections may show a card of the same name (Bevakning and Boende).
        const occurrence = els
          .slice(0, i)
          .filter((e) => (e.querySelector('.tile-label')?.textContent ?? '') === label).length;
        return { label, occurrence, value: el.querySelector('.tile-value')?.textContent ?? '' };
      }),
    );
    expect(cards.length).toBeGreaterThan(20);
    const checked: string[] = [];
    for (const card of cards) {
      if (card.label.startsWith('Kvot ')) {
        test.info().annotations.push({
          type: 'not a row count',
          description: `${card.label}: places used of a landlord's quota, shown on that quota's own line in Kvoter`,
        });
        continue;
      }
      if (card.label in NOT_ROW_COUNTS) {
        test
          .info()
          .annotations.push({ type: 'not a row count', description: `${card.label}: ${NOT_ROW_COUNTS[card.label]}` });
        continue;
      }
      const expected = digits(card.value);
      await goToRoute(page, 'start');
      await expect(page.locator('button.tile:not([disabled])')).toHaveCount(cards.length);
      const tile = page
        .locator('button.tile', { has: page.locator('.tile-label').getByText(card.label, { exact: true }) })
        .nth(card.occurrence);
      await expect(tile.locator('.tile-value')).toHaveText(card.value);
      await tile.click();
      const count = page.locator('main .count').first();
      // A list without a grid (the grant application) counts the rows of its table.
      const table = page.locator('main section table tbody tr');
      await expect
        .poll(
          async () => {
            const n = digits((await count.textContent()) ?? '');
            return Number.isNaN(n) && page.url().includes('garantier/bidrag') ? table.count() : n;
          },
          { message: `${card.label} (${card.value})` },
        )
        .toBe(expected);
      checked.push(card.label);
    }
    console.log(`${checked.length} cards checked against their lists; ${cards.length - checked.length} not row counts`);
  } finally {
    await host?.stop();
  }
});
