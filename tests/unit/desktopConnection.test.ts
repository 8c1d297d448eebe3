/**
 * The desktop's database choice (Arkiv → Databas…): the password is kept
 * only as ciphertext, the URL is rebuilt from it, bad fields are named in
 * Swedish, and without OS encryption no password is saved at all. The box
 * here is AES-GCM with a key held in memory, standing where Electron's
 * safeStorage stands in the app (an OS keychain is not available to tests).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  desktopTarget,
  readDatabaseSettings,
  serverSettingsFromForm,
  writeDatabaseSettings,
  type SecretBox,
  type ServerForm,
} from '../../electron/db/desktopConnection';
import { redactUrl } from '../../electron/db/target';

function aesBox(available = true): SecretBox {
  const key = crypto.randomBytes(32);
  return {
    isAvailable: () => available,
    encrypt(plain) {
      const iv = crypto.randomBytes(12);
      const c = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
    },
    decrypt(b64) {
      const raw = Buffer.from(b64, 'base64');
      const d = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      d.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

const FORM: ServerForm = {
  host: 'db.helsingborg.se',
  port: '5432',
  database: 'bostadsportfoljen',
  user: 'ff_handlaggare',
  password: 'hemligt:@/ord',
};

describe('Arkiv → Databas…: the server connection', () => {
  it('keeps the password only as ciphertext, and rebuilds a working URL from it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-dbconf-'));
    const box = aesBox();
    const result = serverSettingsFromForm(FORM, box);
    if (!result.ok) throw new Error(result.message);
    writeDatabaseSettings(dir, result.settings);
    const stored = fs.readFileSync(path.join(dir, 'database.json'), 'utf8');
    expect(stored).not.toContain('hemligt');
    expect(readDatabaseSettings(dir)?.server?.host).toBe('db.helsingborg.se');

    const target = desktopTarget(dir, {}, '/tmp/fil.sqlite', box);
    expect(target.kind).toBe('postgresql');
    const url = new URL(target.kind === 'postgresql' ? target.url : '');
    expect(decodeURIComponent(url.password)).toBe('hemligt:@/ord');
    expect(url.pathname).toBe('/bostadsportfoljen');
    expect(redactUrl(url.toString())).toBe('postgres://ff_handlaggare:***@db.helsingborg.se:5432/bostadsportfoljen');
  });

  it('names each bad field in Swedish and saves nothing', () => {
    const result = serverSettingsFromForm(
      { host: 'db server', port: '99999', database: 'x;drop', user: '', password: '' },
      aesBox(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields).toEqual({
      host: expect.stringMatching(/^Server:/),
      port: expect.stringMatching(/^Port:/),
      database: expect.stringMatching(/^Databas:/),
      user: expect.stringMatching(/^Användare:/),
    });
  });

  it('refuses to keep a password where the OS cannot encrypt it, rather than store it plainly', () => {
    const result = serverSettingsFromForm(FORM, aesBox(false));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields.password).toMatch(/^Lösenord: .*sparas inte/);
    const passwordless = serverSettingsFromForm({ ...FORM, password: '' }, aesBox(false));
    expect(passwordless.ok && passwordless.settings.server?.passwordEncrypted).toBe(undefined);
  });

  it('BOSTAD_DB_URL wins, then BOSTAD_DB, then the saved server, then the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-dbconf-'));
    const box = aesBox();
    expect(desktopTarget(dir, {}, '/tmp/fil.sqlite', box)).toEqual({ kind: 'sqlite', path: '/tmp/fil.sqlite' });
    const saved = serverSettingsFromForm(FORM, box);
    if (saved.ok) writeDatabaseSettings(dir, saved.settings);
    expect(desktopTarget(dir, { BOSTAD_DB: '/x.sqlite' }, '/x.sqlite', box)).toEqual({
      kind: 'sqlite',
      path: '/x.sqlite',
    });
    expect(desktopTarget(dir, { BOSTAD_DB_URL: 'postgres://a@b/c' }, '/x.sqlite', box)).toEqual({
      kind: 'postgresql',
      url: 'postgres://a@b/c',
    });
    writeDatabaseSettings(dir, { engine: 'sqlite' });
    expect(desktopTarget(dir, {}, '/tmp/fil.sqlite', box).kind).toBe('sqlite');
  });
});
