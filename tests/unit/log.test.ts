/** The support log: JSON lines with level and request id, rotated by size, personnummer scrubbed. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { log, openLog, RotatingFile, safeError, scrubIdentityNumbers } from '../../electron/core/log';

afterEach(() => {
  openLog();
});

describe('the support log', () => {
  it('writes one JSON line per event with level, time and request id', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-log-'));
    const file = openLog(dir);
    log().info({ requestId: 'r-1', procedure: 'units.list' }, 'call');
    const line = JSON.parse(fs.readFileSync(file, 'utf8').trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 30, requestId: 'r-1', procedure: 'units.list', msg: 'call' });
    expect(typeof line['time']).toBe('number');
  });

  it('keeps only the birth date of a personnummer that slips into a message', () => {
    expect(scrubIdentityNumbers('x 198510242392 y 19851024-2392 z 8510242392')).toBe(
      'x 19851024-**** y 19851024-**** z 851024-****',
    );
    expect(scrubIdentityNumbers('id 1234567890123 och 2026-11-29')).toBe('id 1234567890123 och 2026-11-29');
    const error = Object.assign(new Error('insert 198510242392 failed'), { bindings: ['198510242392'] });
    expect(JSON.stringify(safeError(error))).not.toContain('198510242392');
  });

  it('starts a new file past its size and keeps two old ones', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-log-')), 'x.log');
    const out = new RotatingFile(file);
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < 5 * 1024 * 4 + 10; i++) out.write(line);
    out.close();
    expect(fs.statSync(file).size).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(fs.existsSync(`${file}.1`)).toBe(true);
    expect(fs.existsSync(`${file}.2`)).toBe(true);
    expect(fs.existsSync(`${file}.3`)).toBe(false);
  });
});
