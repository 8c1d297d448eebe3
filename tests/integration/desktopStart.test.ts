/**
 * The desktop start, driven by a scripted user over real files: the first
 * run asks (no silent private database), every failure shows its Swedish
 * message with the same choices and never ends the app, a cancelled dialog
 * goes back to the choices, a migration elsewhere is waited out, and the
 * path is saved only once it opened.
 */
import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../electron/db/connection';
import { knownMigrationNames, migrateDownTo } from '../../electron/db/migrate';
import { openAndCheck, releaseStaleLock } from '../../electron/desktop/databaseCheck';
import {
  desktopToday,
  MIGRATION_RETRIES,
  openAtStart,
  type StartChoice,
  type StartDeps,
  type StartPrompt,
} from '../../electron/desktop/startup';
import { tempDir } from './testBackEnd';

const opened: Database[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.close()));
});

interface Script {
  answers: StartChoice[];
  existing?: (string | null)[];
  created?: (string | null)[];
}

function scriptedStart(script: Script, busyTimeoutMs = 300) {
  const prompts: StartPrompt[] = [];
  const waits: string[] = [];
  const remembered: string[] = [];
  const deps: StartDeps = {
    ui: {
      ask: async (prompt) => {
        prompts.push(prompt);
        const answer = script.answers.shift();
        if (!answer) throw new Error(`no scripted answer for: ${prompt.message} / ${prompt.detail}`);
        return answer;
      },
      pickExisting: async () => script.existing?.shift() ?? null,
      pickNew: async () => script.created?.shift() ?? null,
      wait: async (message) => {
        waits.push(message);
      },
    },
    check: (file, create) => openAndCheck(file, { create, busyTimeoutMs }),
    releaseLock: (file) => releaseStaleLock(file),
    remember: (file) => remembered.push(file),
  };
  return { deps, prompts, waits, remembered };
}

const labels = (p: StartPrompt) => p.choices.map((c) => c.label);

describe('the desktop start', () => {
  it('first run: asks in Swedish, a text file is refused with the same choices, then "Skapa ny…" creates and is remembered', async () => {
    const dir = tempDir();
    const text = path.join(dir, 'lista.txt');
    fs.writeFileSync(text, 'inte en databas');
    const created = path.join(dir, 'Bostadsportföljen 100% gemensam.sqlite');
    const s = scriptedStart({ answers: ['open', 'create'], existing: [text], created: [created] });

    const result = await openAtStart(null, s.deps);
    expect(result?.file).toBe(created);
    opened.push(result!.database);
    expect(s.prompts[0]).toMatchObject({ message: 'Välkommen till Bostadsportföljen' });
    expect(labels(s.prompts[0]!)).toEqual(['Öppna gemensam databas…', 'Skapa ny…', 'Avsluta']);
    expect(s.prompts[1]).toMatchObject({ message: 'Databasen kunde inte öppnas' });
    expect(s.prompts[1]!.detail).toMatch(/lista\.txt är inte en databas för Bostadsportföljen/);
    expect(labels(s.prompts[1]!)).toEqual(['Öppna gemensam databas…', 'Skapa ny…', 'Avsluta']);
    expect(s.remembered).toEqual([created]);
    expect(fs.readFileSync(text, 'utf8')).toBe('inte en databas');
  });

  it('a saved database that is gone is not recreated empty; a cancelled dialog returns to the message; Avsluta is the only exit', async () => {
    const gone = path.join(tempDir(), 'flyttad.sqlite');
    const s = scriptedStart({ answers: ['open', 'quit'], existing: [null] });
    expect(await openAtStart(gone, s.deps)).toBeNull();
    expect(s.prompts).toHaveLength(2);
    expect(s.prompts[0]!.detail).toMatch(/flyttad\.sqlite finns inte/);
    expect(s.prompts[1]).toBe(s.prompts[0]);
    expect(fs.existsSync(gone)).toBe(false);
    expect(s.remembered).toEqual([]);
  });

  it('an offline share offers "Försök igen", and opens once the share is back', async () => {
    const share = path.join(tempDir(), 'K');
    const file = path.join(share, 'bostad.sqlite');
    const s = scriptedStart({ answers: ['retry', 'retry'] });
    s.deps.ui.ask = async (prompt) => {
      s.prompts.push(prompt);
      if (s.prompts.length === 2) {
        // The share comes back between the two tries, with the team's database on it.
        fs.mkdirSync(share);
        const db = await openAndCheck(file, { create: true });
        if (db.ok) await db.database.close();
      }
      return 'retry';
    };
    const result = await openAtStart(file, s.deps);
    opened.push(result!.database);
    expect(s.prompts).toHaveLength(2);
    expect(labels(s.prompts[0]!)[0]).toBe('Försök igen');
    expect(s.prompts[0]!.detail).toMatch(/går inte att nå/);
    expect(s.remembered).toEqual([file]);
  });

  it('waits, with a message, while another computer migrates, then opens', async () => {
    const file = path.join(tempDir(), 'uppdateras.sqlite');
    const other = new sqlite3.Database(file);
    await new Promise<void>((resolve, reject) =>
      other.exec('CREATE TABLE gammal (id INTEGER); BEGIN IMMEDIATE; INSERT INTO gammal VALUES (1);', (e) =>
        e ? reject(e) : resolve(),
      ),
    );
    const s = scriptedStart({ answers: [] });
    s.deps.ui.wait = async (message) => {
      s.waits.push(message);
      if (s.waits.length === 2) await new Promise<void>((resolve) => other.exec('COMMIT;', () => resolve()));
    };
    const result = await openAtStart(file, s.deps);
    await new Promise<void>((resolve) => other.close(() => resolve()));
    opened.push(result!.database);
    expect(s.prompts).toEqual([]);
    expect(s.waits[0]).toMatch(/uppdateras just nu .* på en annan dator.*Försöker igen automatiskt \(1 av 5\)/s);
    expect(s.waits).toHaveLength(2);
    expect(MIGRATION_RETRIES).toBe(5);
  });

  it("a lock left by a killed upgrade is explained and released on the user's word, then the database opens", async () => {
    const file = path.join(tempDir(), 'avbruten.sqlite');
    const first = await openAndCheck(file, { create: true });
    if (!first.ok) throw new Error(first.message);
    await migrateDownTo(first.database.knex, knownMigrationNames().at(-1)!);
    await first.database.knex('knexMigrationsLock').update({ isLocked: 1 });
    await first.database.close();

    const s = scriptedStart({ answers: ['release-lock'] });
    const result = await openAtStart(file, s.deps);
    opened.push(result!.database);
    expect(s.prompts[0]!.detail).toMatch(/avbröts och lämnade den låst/);
    expect(labels(s.prompts[0]!)).toEqual([
      'Släpp låset och försök igen',
      'Öppna gemensam databas…',
      'Skapa ny…',
      'Avsluta',
    ]);
    expect(s.remembered).toEqual([file]);
  });

  it('uses BOSTAD_TODAY only outside an installed build', () => {
    expect(desktopToday({ BOSTAD_TODAY: '2026-11-29' }, false)).toBe('2026-11-29');
    expect(desktopToday({ BOSTAD_TODAY: '2026-11-29' }, true)).toBeUndefined();
  });
});
