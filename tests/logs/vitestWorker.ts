/**
 * Runs in every test worker: the support log goes to the run's folder, and
 * everything a test prints through the console is copied beside it, so the
 * end-of-run search sees all of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { openLog } from '../../electron/core/log';

const dir = process.env['BOSTAD_LOG_DIR'];
if (dir) {
  openLog(dir);
  const copy = path.join(dir, `console-${process.pid}.log`);
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      fs.appendFileSync(copy, `${format(...args)}\n`);
      original(...args);
    };
  }
}
