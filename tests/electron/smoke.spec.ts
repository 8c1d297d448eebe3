/**
 * The desktop app itself, as a checklist for a machine that has the
 * Electron binary (it cannot be downloaded on the build machines, where
 * every test here is reported as skipped with the reason printed): every
 * screen opens over app://bostad with the CSP header and no Node in the
 * page; 50 contracts print to a PDF through the temp-file path; a second
 * launch hands over to the first; a database in a read-only folder leaves
 * the app waiting at the Swedish start window instead of exiting.
 *
 * Native dialogs cannot be clicked by Playwright: where a test needs the
 * save dialog's answer, it replaces `dialog.showSaveDialog` in the running
 * main process with one that answers a path, and says so.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { electronBinary, projectRoot } from '../../scripts/electronBinary.mjs';
import { noisePng } from '../fixtures/png';

const binary = electronBinary();
const reason =
  'Electron-binären finns inte (node_modules/electron/path.txt eller dist/ saknas): den kan inte laddas ner på den här maskinen.';

test.beforeEach(() => {
  if (!binary) console.log(`Hoppar över Electron-testet: ${reason}`);
  test.skip(!binary, reason);
});

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A demo database made by the seed CLI, as a user's shared database would be. */
function demoDatabase(): string {
  const db = path.join(tempDir('bostad-electron-'), 'gemensam.sqlite');
  execFileSync(process.execPath, [path.join(projectRoot, 'dist/main/seed.js'), '--demo', '--db', db], {
    env: { ...process.env, BOSTAD_TODAY: '2026-11-29' },
  });
  return db;
}

async function launch(db: string, userData = tempDir('bostad-userdata-')): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: binary!,
    args: [projectRoot, `--user-data-dir=${userData}`],
    env: { ...process.env, BOSTAD_DB: db, BOSTAD_TODAY: '2026-11-29' },
  });
}

test('every screen opens over app://bostad with the CSP header and no Node in the page', async () => {
  const app = await launch(demoDatabase());
  try {
    const window = await app.firstWindow();
    const menu = window.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(menu).toBeVisible();
    expect(new URL(window.url()).origin).toBe('app://bostad');
    expect(await window.evaluate('typeof window.bostad?.invoke')).toBe('function');
    expect(await window.evaluate('typeof require')).toBe('undefined');
    expect(await window.evaluate('typeof process')).toBe('undefined');
    const csp = await window.evaluate("fetch(location.href).then((r) => r.headers.get('content-security-policy'))");
    expect(csp).toMatch(/script-src 'self'/);

    const links = await menu.getByRole('link').allTextContents();
    expect(links.length).toBeGreaterThan(8);
    for (const name of links) {
      await menu.getByRole('link', { name, exact: true }).click();
      await expect(window.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
      await expect(window.getByText('Ett oväntat fel inträffade')).toHaveCount(0);
    }
  } finally {
    await app.close();
  }
});

test('50 contracts with a 500 kB logo save as one PDF, through a temp file that is removed afterwards', async () => {
  const app = await launch(demoDatabase());
  const pdf = path.join(tempDir('bostad-pdf-'), 'kontrakt.pdf');
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
    // The native save dialog cannot be clicked: the running main process answers it with this path.
    await app.evaluate(({ dialog }, target) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
    }, pdf);
    const logo = noisePng(405, 405).toString('base64');
    // Through the page's one bridge function, as the screens call it.
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const envelope = (await window.evaluate(
        ([n, i]) =>
          (globalThis as unknown as { bostad: { invoke(n: string, i: unknown): Promise<unknown> } }).bostad.invoke(
            n,
            i,
          ),
        [name, input] as const,
      )) as { ok: true; value: T } | { ok: false; error: { message: string } };
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value;
    };
    const org = await call<{ value: Record<string, unknown>; version: number }>('settings.organisation', {});
    await call('settings.setOrganisation', {
      value: { ...org.value, logoDataUrl: `data:image/png;base64,${logo}` },
      version: org.version,
    });
    const list = await call<{ rows: { id: number }[] }>('contracts.list', { limit: 50 });
    expect(list.rows).toHaveLength(50);
    const doc = await call<{ html: string; fileName: string }>('documents.render', {
      kind: 'contract',
      ids: list.rows.map((r) => r.id),
    });
    const saved = await call('shell.savePdf', { html: doc.html, fileName: doc.fileName });
    expect(saved).toEqual({ done: true });
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(50);
    expect(fs.readdirSync(path.join(os.tmpdir(), 'bostadsportfoljen-dokument'))).toEqual([]);
  } finally {
    await app.close();
  }
});

test('a second launch hands over to the first and ends', async () => {
  const db = demoDatabase();
  const userData = tempDir('bostad-userdata-');
  const app = await launch(db, userData);
  try {
    await expect((await app.firstWindow()).getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
    const second = spawn(binary!, [projectRoot, `--user-data-dir=${userData}`], {
      env: { ...process.env, BOSTAD_DB: db },
    });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await app.close();
  }
});

test('a database in a read-only folder leaves the app at the Swedish start window, not exited', async () => {
  const dir = tempDir('bostad-readonly-');
  const db = path.join(dir, 'gemensam.sqlite');
  fs.copyFileSync(demoDatabase(), db);
  fs.chmodSync(db, 0o444);
  fs.chmodSync(dir, 0o555);
  const app = await launch(db);
  try {
    // The message box (native) is up; no main window has opened and the process is alive.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
    expect(app.process().exitCode).toBeNull();
  } finally {
    await app.close();
    fs.chmodSync(dir, 0o755);
  }
});
