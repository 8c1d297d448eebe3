/**
 * Exports, some with personnummer, do not stay in the temp folder: the
 * desktop app clears this run's export files when it quits (a crashed run's
 * are removed at the next start, see trust.test.ts), and counts running
 * exports so quitting can ask first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearExports, exportRoot, finishedExportFile, runningExportCount } from '../../electron/features/exports/jobs';
import { waitForJob } from './exportHelpers';
import { openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
const tmpdir = process.env['TMPDIR'];
beforeAll(async () => {
  // A temp folder of this test's own (os.tmpdir() reads TMPDIR): clearing
  // must not touch the exports of tests running beside it.
  process.env['TMPDIR'] = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-tmp-'));
  t = await openTestBackEnd();
});
afterAll(async () => {
  await t.close();
  if (tmpdir === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = tmpdir;
});

describe('export files in the temp folder', () => {
  // Files a crashed run left behind are removed at the next start (trust.test.ts).
  it('are counted while running and all removed by clearExports', async () => {
    expect(exportRoot().startsWith(process.env['TMPDIR']!)).toBe(true);

    const started = await t.call('exports.portfolio', { includePersonalData: true });
    expect(runningExportCount()).toBeGreaterThanOrEqual(started.status === 'running' ? 1 : 0);
    const job = await waitForJob(t, started);
    expect(job.status).toBe('done');
    const { file } = finishedExportFile(job.id);
    expect(fs.existsSync(file)).toBe(true);
    expect(runningExportCount()).toBe(0);

    clearExports();
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(path.dirname(file))).toBe(false);
    expect(() => finishedExportFile(job.id)).toThrow(/finns inte längre/);
  });
});
