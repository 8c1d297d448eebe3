/**
 * A chart's legend as Chromium draws it on this machine (DejaVu Sans stands
 * in for Arial here): each label ends before the next item's swatch begins,
 * on screen and on paper. ECharts lays the legend out from its own text
 * measure, so a measure narrower than the font drawn made labels run into
 * the next swatch.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chartSvg } from '../../electron/features/followup/charts';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}, 60_000);
afterAll(async () => {
  await browser.close();
});

const SWATCH = 18; // the legend's itemWidth in charts.ts
const TEXT_AFTER_SWATCH = 5; // ECharts' gap between a swatch and its label

it('keeps every legend label clear of the next item’s swatch', async () => {
  const svg = chartSvg({
    title: 'Utskrivningar per utfall',
    unit: 'antal',
    categories: ['2024', '2025', '2026 t.o.m. 09-05'],
    series: [
      { name: 'Bostad ordnad före utskrivning', kind: 'bar', stack: 'u', data: [2, 3, 1] },
      { name: 'Bostad ordnad efter utskrivning', kind: 'bar', stack: 'u', data: [1, 0, 2] },
      { name: 'Utskriven till hemlöshet', kind: 'bar', stack: 'u', data: [4, 2, 1] },
      { name: 'Utfall ej registrerat', kind: 'bar', stack: 'u', data: [0, 1, 3] },
      { name: 'Mål per år', kind: 'line', data: [5, 5, 5] },
    ],
  });
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  const labels: { text: string; left: number; right: number; top: number }[] = [];
  for (const text of await page.locator('svg text').all()) {
    const box = (await text.boundingBox())!;
    labels.push({
      text: (await text.textContent()) ?? '',
      left: box.x,
      right: box.x + box.width,
      top: Math.round(box.y),
    });
  }
  await page.close();
  const names = ['Bostad ordnad före utskrivning', 'Bostad ordnad efter utskrivning', 'Utskriven till hemlöshet'];
  const legend = labels.filter(
    (l) => names.includes(l.text) || l.text === 'Utfall ej registrerat' || l.text === 'Mål per år',
  );
  expect(legend).toHaveLength(5);
  let pairs = 0;
  for (const a of legend)
    for (const b of legend) {
      if (a === b || a.top !== b.top || b.left < a.left) continue;
      // b's swatch starts SWATCH + TEXT_AFTER_SWATCH before its label.
      expect(b.left - SWATCH - TEXT_AFTER_SWATCH, `${a.text} | ${b.text}`).toBeGreaterThan(a.right);
      pairs++;
    }
  expect(pairs).toBeGreaterThan(0);
  // And no label is cut at the chart's right edge.
  for (const l of legend) expect(l.right, l.text).toBeLessThanOrEqual(640);
}, 60_000);
