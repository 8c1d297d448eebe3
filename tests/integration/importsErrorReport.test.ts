/**
 * The refused rows as a workbook to fix in Excel and read in again, and
 * the column choice remembered per user and heading set.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishedExportFile } from '../../electron/features/exports/jobs';
import { storeUpload } from '../../electron/features/imports/uploads';
import { AP_FUND_ORGANISATION_NUMBERS } from '../fixtures/organisationNumbers';
import { runImport, xlsxBytes } from './importHelpers';
import { countRows, openTestBackEnd, type TestBackEnd } from './testBackEnd';

const [a, b, c] = AP_FUND_ORGANISATION_NUMBERS;
let t: TestBackEnd;
beforeEach(async () => {
  t = await openTestBackEnd();
});
afterEach(async () => {
  await t.close();
});

describe('the error report', () => {
  it('holds the refused rows with their reasons, is fixed in a spreadsheet, and reads in', async () => {
    const list = await xlsxBytes([
      {
        name: 'Hyresvärdar',
        rows: [
          ['Hyresvärdar 2026'],
          ['Namn', 'Org.nr', 'Kontaktperson'],
          ['Första AP-fonden', a!.shortFormat, 'Anna'],
          ['Andra AP-fonden', '556000-0000', 'Bertil'],
          ['Tredje AP-fonden', c!.shortFormat, null],
        ],
      },
    ]);
    const run = await runImport(t, 'organisations', list, 'hyresvardar.xlsx', { mode: 'approved' });
    expect(run.preview.counts).toEqual({ new: 2, update: 0, unchanged: 0, refused: 1 });
    expect(run.job.status).toBe('done');
    expect(await countRows(t, 'organisations')).toBe(2);

    const { uploadId } = storeUpload(list, 'hyresvardar.xlsx');
    const report = await t.call('imports.errorReport', {
      uploadId,
      register: 'organisations',
      sheet: run.inspect.sheet,
      headerRow: run.inspect.headerRow,
      mapping: run.inspect.columns.map((col) => col.field),
      createMissing: false,
      fixes: {},
    });
    expect(report.status).toBe('done');
    const { file, fileName } = finishedExportFile(report.id);
    expect(fileName).toBe('Avvisade rader Hyresvärdar.xlsx');

    // Read back by ExcelJS, as Excel would open it: the row's number in the file, its cells and the reason.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('Avvisade rader')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Rad', 'Namn', 'Organisationsnummer', 'Kontaktperson', 'Skäl']);
    expect(sheet.rowCount).toBe(2);
    const [rowNumber, name, orgNumber, contact, reason] = values(2);
    expect([rowNumber, name, orgNumber, contact]).toEqual([4, 'Andra AP-fonden', '556000-0000', 'Bertil']);
    expect(String(reason)).toMatch(/^Organisationsnummer/);

    // Fixed in the spreadsheet and read in: the report's own headings map themselves, Rad and Skäl are left out.
    sheet.getCell('C2').value = b!.shortFormat;
    const fixed = Buffer.from(await book.xlsx.writeBuffer());
    const again = await runImport(t, 'organisations', fixed, fileName);
    expect(again.inspect.columns.map((col) => [col.heading, col.field])).toEqual([
      ['Rad', null],
      ['Namn', 'name'],
      ['Organisationsnummer', 'orgNumber'],
      ['Kontaktperson', 'contactPerson'],
      ['Skäl', null],
    ]);
    expect(again.preview.counts).toEqual({ new: 1, update: 0, unchanged: 0, refused: 0 });
    expect(again.job.status).toBe('done');
    const orgs = await t.call('organisations.list', { search: 'Andra' });
    expect(orgs.rows.map((o) => [o.orgNumber, o.contactPerson])).toEqual([[b!.separatedFormat, 'Bertil']]);
  });
});

describe('the column choice', () => {
  it('is remembered for the user who made it and that heading set, not for another user or other headings', async () => {
    const list = (headings: string[]) =>
      xlsxBytes([{ name: 'Blad1', rows: [headings, ['Första AP-fonden', a!.shortFormat, 'Anna']] }]);
    const odd = await list(['Motpart', 'Org.nr', 'Att kontakta']);
    // The guesses leave "Motpart" and "Att kontakta" out; this user maps them and writes the import.
    const run = await runImport(t, 'organisations', odd, 'a.xlsx', {
      mapping: () => ['name', 'orgNumber', 'contactPerson'],
    });
    expect(run.inspect.remembered).toBe(false);
    expect(run.inspect.columns.map((col) => col.field)).toEqual([null, 'orgNumber', null]);
    expect(run.job.status).toBe('done');

    const inspect = async (bytes: Buffer) => {
      const { uploadId } = storeUpload(bytes, 'b.xlsx');
      return t.call('imports.inspect', { uploadId, register: 'organisations' });
    };
    const next = await inspect(await list(['Motpart', 'Org.nr', 'Att kontakta']));
    expect(next.remembered).toBe(true);
    expect(next.columns.map((col) => col.field)).toEqual(['name', 'orgNumber', 'contactPerson']);
    // Another heading set is guessed afresh.
    const other = await inspect(await list(['Motpart', 'Org.nr', 'Telefon']));
    expect(other.remembered).toBe(false);
    expect(other.columns.map((col) => col.field)).toEqual([null, 'orgNumber', 'phone']);

    // Another user of the same database gets the guesses.
    const dbPath = t.dbPath;
    await t.close();
    t = await openTestBackEnd({ dbPath, login: 'kollega' });
    const theirs = await inspect(await list(['Motpart', 'Org.nr', 'Att kontakta']));
    expect(theirs.remembered).toBe(false);
    expect(theirs.columns.map((col) => col.field)).toEqual([null, 'orgNumber', null]);
  });
});
