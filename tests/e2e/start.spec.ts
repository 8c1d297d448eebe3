/**
 * Issue 13: `npm start` in browser-host mode opens the default browser at the
 * app's address (with its token) by itself, unless `--no-open`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function runStart(extra: string[]): Promise<{ printed: string; opened: string | null }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-start-'));
  const record = path.join(dir, 'opened.txt');
  // Stands in for the user's browser: notes the address it was asked to open.
  const browser = path.join(dir, 'browser.sh');
  fs.writeFileSync(browser, `#!/bin/sh\necho "$1" > ${JSON.stringify(record)}\n`, { mode: 0o755 });
  const child = spawn(
    process.execPath,
    // --no-build: the e2e run built dist/ once; building again would empty it under the other tests.
    ['scripts/start.mjs', '--no-build', '--db', path.join(dir, 'x.sqlite'), '--port', '0', ...extra],
    {
      cwd: ROOT,
      env: { ...process.env, BROWSER: browser },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let printed = '';
  child.stdout.on('data', (c: Buffer) => (printed += c.toString()));
  try {
    await expect.poll(() => /körs på http/.test(printed), { timeout: 120_000 }).toBe(true);
    // Give the opener time to run (or, with --no-open, to not run).
    await new Promise((r) => setTimeout(r, 1500));
    return { printed, opened: fs.existsSync(record) ? fs.readFileSync(record, 'utf8').trim() : null };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

test('npm start opens the browser at the printed address, and --no-open does not', async () => {
  test.setTimeout(300_000);
  const withOpen = await runStart([]);
  const url = /körs på (http:\/\/\S+)/.exec(withOpen.printed)![1]!;
  expect(url).toContain('#token=');
  expect(withOpen.opened).toBe(url);
  const without = await runStart(['--no-open']);
  expect(without.opened).toBeNull();
});
