/** The demo data (`npm run seed -- --demo`), seeded once per worker and copied for each test. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let seeded: string | null = null;

export function demoDatabase(): string {
  if (!seeded) {
    seeded = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-demo-')), 'demo.sqlite');
    execFileSync(process.execPath, ['dist/main/seed.js', '--db', seeded, '--demo'], { stdio: 'ignore' });
  }
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-demo-copy-')), 'demo.sqlite');
  fs.copyFileSync(seeded, copy);
  return copy;
}
