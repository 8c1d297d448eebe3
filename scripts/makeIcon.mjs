#!/usr/bin/env node
// Makes build/icon.png (256 px) and build/icon.ico (16–256 px, PNG entries,
// as Windows Vista and later read them) from build/icon.svg, drawn by
// Chromium. Run after changing the SVG: `node scripts/makeIcon.mjs`; the
// results are committed, so packaging needs no browser.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { projectRoot } from './electronBinary.mjs';

const SIZES = [16, 24, 32, 48, 64, 128, 256];
const svg = fs.readFileSync(path.join(projectRoot, 'build', 'icon.svg'), 'utf8');

function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const pngs = [];
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    pngs.push({ size, data: await page.screenshot({ omitBackground: true }) });
    await page.close();
  }
  fs.writeFileSync(path.join(projectRoot, 'build', 'icon.png'), pngs.at(-1).data);
  fs.writeFileSync(path.join(projectRoot, 'build', 'icon.ico'), ico(pngs));
  console.log(`build/icon.png and build/icon.ico (${SIZES.join(', ')} px)`);
} finally {
  await browser.close();
}
