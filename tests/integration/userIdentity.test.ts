/**
 * Who is acting on the desktop: DOMAIN\login on Windows, one person
 * whatever case Windows reports the login in, with the display name kept;
 * someone registered before logins carried a domain keeps their name and
 * preferences.
 */
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../electron/db/connection';
import { osLogin, registerActor } from '../../electron/features/users/service';
import { tempDir } from './testBackEnd';
import path from 'node:path';

let db: Database | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

const NOW = '2026-11-29T08:00:00.000Z';

describe('the desktop user', () => {
  it('is DOMAIN\\login on Windows and the bare login elsewhere', () => {
    const login = os.userInfo().username;
    expect(osLogin({ USERDOMAIN: 'HBGKOMMUN' }, 'win32')).toBe(`HBGKOMMUN\\${login}`);
    expect(osLogin({}, 'win32')).toBe(login);
    expect(osLogin({ USERDOMAIN: 'HBGKOMMUN' }, 'linux')).toBe(login);
  });

  it('is one person whatever the case of the login, and keeps the display name', async () => {
    db = await openDatabase(path.join(tempDir(), 'users.sqlite'));
    const first = await registerActor(db.knex, 'HBGKOMMUN\\Anna.Andersson', NOW);
    await db.knex('users').where({ login: first.login }).update({ displayName: 'Anna Andersson' });
    for (const spelling of ['hbgkommun\\anna.andersson', 'HBGKOMMUN\\ANNA.ANDERSSON', 'HbgKommun\\Anna.Andersson']) {
      expect(await registerActor(db.knex, spelling, NOW)).toEqual({
        login: 'HBGKOMMUN\\Anna.Andersson',
        displayName: 'Anna Andersson',
      });
    }
    expect(await db.knex('users').count({ n: '*' }).first()).toEqual({ n: 1 });
    // Another domain's anna is someone else.
    expect(await registerActor(db.knex, 'SKOLA\\anna.andersson', NOW)).toEqual({
      login: 'SKOLA\\anna.andersson',
      displayName: 'SKOLA\\anna.andersson',
    });
  });

  it('carries the display name and preferences of a login registered before domains over to DOMAIN\\login', async () => {
    db = await openDatabase(path.join(tempDir(), 'legacy.sqlite'));
    await registerActor(db.knex, 'anna', NOW);
    await db.knex('users').where({ login: 'anna' }).update({ displayName: 'Anna Andersson' });
    await db.knex('userPrefs').insert({ login: 'anna', key: 'grid:units', value: '{"w":1}', updatedAt: NOW });
    expect(await registerActor(db.knex, 'HBGKOMMUN\\Anna', NOW)).toEqual({
      login: 'HBGKOMMUN\\Anna',
      displayName: 'Anna Andersson',
    });
    expect(await db.knex('userPrefs').where({ login: 'HBGKOMMUN\\Anna' }).select('key', 'value')).toEqual([
      { key: 'grid:units', value: '{"w":1}' },
    ]);
  });
});
