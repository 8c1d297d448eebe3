/**
 * The desktop app itself: a window opens and lists units. Runs where the
 * Electron binary exists; elsewhere (it cannot be downloaded on the build
 * machines) it is reported as skipped, with the reason printed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary, projectRoot } from '../../scripts/electronBinary.mjs';

const binary = electronBinary();
const reason =
  'Electron-binären finns inte (node_modules/electron/path.txt eller dist/ saknas): den kan inte laddas ner på den här maskinen.';

test('the desktop app opens a window and lists units', async () => {
  if (!binary) console.log(`Hoppar över Electron-testet: ${reason}`);
  test.skip(!binary, reason);

  const dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-electron-')), 'app.sqlite');
  const app = await electron.launch({
    executablePath: binary!,
    args: [projectRoot],
    env: { ...process.env, BOSTAD_DB: dbPath },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
    // The page reaches the back end only through the preload's one function.
    expect(await window.evaluate('typeof window.bostad?.invoke')).toBe('function');
    expect(await window.evaluate('typeof require')).toBe('undefined');
    await window.getByRole('link', { name: 'Bostäder', exact: true }).click();
    await expect(window.getByRole('heading', { name: 'Bostäder' })).toBeVisible();
    await expect(window.getByText('0 bostäder')).toBeVisible();
  } finally {
    await app.close();
  }
});
