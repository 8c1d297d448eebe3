/**
 * Each test gets its own browser host over its own fresh SQLite file, so
 * tests never see each other's data. `app` opens the app as a user would,
 * from the address the host prints.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { Api, ProcedureName } from '../../shared/api';
import type { InputOf, OutputOf } from '../../shared/core/procedure';
import { callHost } from '../fixtures/hostApi';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Host {
  url: string;
  dbPath: string;
  stop(): Promise<void>;
}

export async function startHost(options: { dbPath?: string; today?: string; user?: string } = {}): Promise<Host> {
  const hostScript = path.join(ROOT, 'dist/main/host.js');
  if (!fs.existsSync(hostScript))
    throw new Error('dist/main/host.js is missing: run `npm run build` first (npm test does).');
  const dbPath = options.dbPath ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-e2e-')), 'e2e.sqlite');
  const args = [hostScript, '--db', dbPath, '--port', '0'];
  if (options.today) args.push('--today', options.today);
  if (options.user) args.push('--user', options.user);
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  // What the host prints goes to the run's log folder too, so the end-of-run search for personnummer sees it.
  const logDir = process.env['BOSTAD_LOG_DIR'];
  if (logDir) {
    fs.mkdirSync(logDir, { recursive: true });
    const out = fs.createWriteStream(path.join(logDir, `host-${child.pid}.out`));
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
  }
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // A shared build machine under load has taken over 20 s for a cold start;
    // a host that never answers is killed, not left running.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`host did not start in 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /körs på (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dbPath,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Calls the back end of a host directly, for setting up data a test is not
 * about (the journey under test still goes through the UI).
 */
export function apiCall<K extends ProcedureName>(
  host: Host,
  name: K,
  input: InputOf<Api[K]>,
): Promise<OutputOf<Api[K]>> {
  return callHost(host.url, name, input);
}

/** Opens the app and waits until the sidebar is there. */
export async function openApp(page: Page, host: Host, route = ''): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  if (route) await goToRoute(page, route);
}

/** Changes the app's route as a link would (`bostader/ny`). */
export async function goToRoute(page: Page, route: string): Promise<void> {
  // A string, so this Node-typed file needs no DOM types.
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#/${route}`)}`);
}

interface Fixtures {
  host: Host;
  /** Options for the host of this test (e.g. a fixed date). */
  hostOptions: { today?: string; user?: string };
}

export const test = base.extend<Fixtures>({
  hostOptions: [{}, { option: true }],
  host: async ({ hostOptions }, use) => {
    const host = await startHost(hostOptions);
    await use(host);
    await host.stop();
  },
});

export { expect };
