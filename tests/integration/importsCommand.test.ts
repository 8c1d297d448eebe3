/**
 * `npm run import`: the command's work run against a test database (the
 * process around it only opens the database and sets the exit code), with
 * what it prints read back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImportCommand } from '../../electron/cli/importCommand';
import { AP_FUND_ORGANISATION_NUMBERS } from '../fixtures/organisationNumbers';
import { countRows, openTestBackEnd, type TestBackEnd } from './testBackEnd';

const [a, b] = AP_FUND_ORGANISATION_NUMBERS;
let t: TestBackEnd;
beforeEach(async () => {
  t = await openTestBackEnd();
});
afterEach(async () => {
  await t.close();
});

async function command(args: string[]): Promise<{ code: number; log: string[]; error: string[] }> {
  const log: string[] = [];
  const error: string[] = [];
  const code = await runImportCommand(t.backEnd, args, { log: (l) => log.push(l), error: (l) => error.push(l) });
  return { code, log, error };
}

/** A Windows-1252 CSV with a heading the guesses do not know ("Motpart"). */
function landlordCsv(rows: string[]): string {
  const file = path.join(t.dir, `hyresvardar-${rows.length}.csv`);
  fs.writeFileSync(file, Buffer.from(['Motpart;Org.nr;Kontaktperson', ...rows].join('\r\n'), 'latin1'));
  return file;
}

describe('npm run import', () => {
  it('checks with --dry-run and writes nothing, takes a mapping file, then writes and prints the batch', async () => {
    const file = landlordCsv([
      `Första AP-fonden;${a!.shortFormat};Åsa Öberg`,
      `Andra AP-fonden;${b!.separatedFormat};`,
    ]);
    const mappingFile = path.join(t.dir, 'm.json');
    fs.writeFileSync(mappingFile, JSON.stringify({ Motpart: 'name' }));

    // Without the mapping the name column is not read: the command says which field needs a column.
    const unmapped = await command(['--register', 'organisations', '--file', file, '--dry-run']);
    expect(unmapped.code).toBe(1);
    expect(unmapped.log).toContain('  Motpart → (läses inte in)');
    expect(unmapped.error).toEqual(['Kolumnval: välj en kolumn för Namn.']);

    const dry = await command(['--register', 'organisations', '--file', file, '--mapping', mappingFile, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.log[0]).toBe(
      `Hyresvärdar och byggaktörer från ${path.basename(file)}, blad ${dry.log[0]!.split('blad ')[1]!.split(',')[0]}, rubriker på rad 1, 2 rader`,
    );
    expect(dry.log).toContain('  Motpart → Namn');
    expect(dry.log).toContain('Ny: 2  Uppdateras: 0  Oförändrad: 0  Avvisas: 0');
    expect(dry.log).toContain('Provkörning: ingenting lästes in.');
    expect(await countRows(t, 'organisations')).toBe(0);

    const run = await command(['--register', 'organisations', '--file', file, '--mapping', mappingFile]);
    expect(run.code).toBe(0);
    const batch = (await t.backEnd.database.knex('importBatches').first()) as { id: number; fileName: string };
    expect(batch.fileName).toBe(path.basename(file));
    expect(run.log.at(-1)).toBe(`Inläsning ${batch.id} klar: 2 nya, 0 uppdaterade.`);
    const orgs = await t.call('organisations.list', {});
    expect(orgs.rows.map((o) => [o.name, o.orgNumber, o.contactPerson])).toEqual([
      ['Andra AP-fonden', b!.separatedFormat, null],
      ['Första AP-fonden', a!.separatedFormat, 'Åsa Öberg'],
    ]);

    const again = await command(['--register', 'organisations', '--file', file, '--mapping', mappingFile]);
    expect(again.log).toContain('Ny: 0  Uppdateras: 0  Oförändrad: 2  Avvisas: 0');
  });

  it('refuses the whole file for one bad row, unless --approved, and explains a wrong command line', async () => {
    const file = landlordCsv([`Första AP-fonden;${a!.shortFormat};`, 'Trasig AB;556000-0000;']);
    const mappingFile = path.join(t.dir, 'm.json');
    fs.writeFileSync(mappingFile, JSON.stringify({ Motpart: 'name' }));

    const all = await command(['--register', 'organisations', '--file', file, '--mapping', mappingFile]);
    expect(all.code).toBe(1);
    expect(all.log).toContain('Ny: 1  Uppdateras: 0  Oförändrad: 0  Avvisas: 1');
    expect(all.log.some((l) => l.startsWith('  Rad 3 (Avvisas): Organisationsnummer'))).toBe(true);
    expect(all.error.join(' ')).toMatch(/avvisad/i);
    expect(await countRows(t, 'organisations')).toBe(0);

    const approved = await command([
      '--register',
      'organisations',
      '--file',
      file,
      '--mapping',
      mappingFile,
      '--approved',
    ]);
    expect(approved.code).toBe(0);
    expect(approved.log.at(-1)).toMatch(/^Inläsning \d+ klar: 1 nya, 0 uppdaterade\.$/);
    expect(await countRows(t, 'organisations')).toBe(1);

    const wrong = await command(['--register', 'hyror', '--file', file]);
    expect(wrong.code).toBe(2);
    expect(wrong.error[0]).toMatch(/^Ange --register \(organisations, units, leases/);
    const missing = await command(['--register', 'units', '--file', path.join(t.dir, 'finns-inte.xlsx')]);
    expect(missing.code).toBe(1);
    expect(missing.error).toHaveLength(1);
  });
});
