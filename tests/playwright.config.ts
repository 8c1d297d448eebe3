/**
 * Playwright drives Debian's Chromium (no browser download here) against
 * the browser host serving the built app over a real SQLite file.
 */
import { defineConfig } from '@playwright/test';
import { E2E_LOG_DIR } from './logs/dirs';

// Every browser host of the run logs here (the fixture passes it on); the
// global setup's teardown fails the run if any of it holds a personnummer.
process.env['BOSTAD_LOG_DIR'] = E2E_LOG_DIR;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: '.',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  outputDir: '../test-results/playwright',
  globalSetup: './logs/playwrightGlobal.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    viewport: { width: 1440, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
