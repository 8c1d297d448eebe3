/**
 * The desktop settings file: a first run has no database (the start window
 * asks; no silent private database in %APPDATA%), BOSTAD_DB wins over the
 * saved choice, and saving one setting keeps the others.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialDatabasePath, readSettings, writeSettings } from '../../electron/main/settings';

describe('desktop settings', () => {
  it('has no database on the first run, the saved one later, and BOSTAD_DB before both', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-userdata-'));
    expect(initialDatabasePath(dir, {})).toBeNull();
    writeSettings(dir, { databasePath: 'K:\\bostadsportfoljen.sqlite' });
    expect(initialDatabasePath(dir, {})).toBe('K:\\bostadsportfoljen.sqlite');
    expect(initialDatabasePath(dir, { BOSTAD_DB: '\\\\fil01\\FF\\b.sqlite' })).toBe('\\\\fil01\\FF\\b.sqlite');
    expect(fs.readdirSync(dir)).toEqual(['settings.json']);
  });

  it('keeps the window state when the database changes, and survives a damaged file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-userdata-'));
    writeSettings(dir, { window: { bounds: { x: 1, y: 2, width: 1200, height: 800 }, maximized: true } });
    writeSettings(dir, { databasePath: 'K:\\b.sqlite' });
    expect(readSettings(dir)).toEqual({
      databasePath: 'K:\\b.sqlite',
      window: { bounds: { x: 1, y: 2, width: 1200, height: 800 }, maximized: true },
    });
    fs.writeFileSync(path.join(dir, 'settings.json'), '{ trasig');
    expect(readSettings(dir)).toEqual({});
  });
});
