import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AP_FUND_ORGANISATION_NUMBERS } from '../fixtures/organisationNumbers';
import { runImport, xlsxBytes } from './importHelpers';
import { countRows, openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
beforeEach(async () => {
  t = await openTestBackEnd();
});
afterEach(async () => {
  await t.close();
});

const [a, b, c] = AP_FUND_ORGANISATION_NUMBERS;

function landlordList(rows: (string | null)[][]) {
  return xlsxBytes([
    {
      name: 'Hyresvärdar',
      rows: [['Hyresvärdar 2026'], [], ['Namn', 'Org.nr', 'Kontaktperson', 'Telefon'], ...rows],
    },
  ]);
}

describe('import of hyresvärdar: new, unchanged, update, refused', () => {
  it('creates, then finds the same file unchanged, then updates through a second file', async () => {
    const first = await landlordList([
      ['Första AP-fonden', a!.shortFormat, 'Anna', '042-10 00 00'],
      ['Andra AP-fonden', b!.separatedFormat, null, null],
    ]);
    const run = await runImport(t, 'organisations', first, 'hyresvardar.xlsx');
    expect(run.inspect.headerRow).toBe(2);
    expect(run.inspect.columns.map((col) => col.field)).toEqual(['name', 'orgNumber', 'contactPerson', 'phone']);
    expect(run.preview.counts).toEqual({ new: 2, update: 0, unchanged: 0, refused: 0 });
    expect(run.job).toMatchObject({ status: 'done', counts: { new: 2 } });
    const orgs = await t.call('organisations.list', {});
    expect(orgs.rows.map((o) => [o.name, o.orgNumber, o.isLandlord])).toEqual([
      ['Andra AP-fonden', b!.separatedFormat, true],
      ['Första AP-fonden', a!.separatedFormat, true],
    ]);
    const audit = (await t.backEnd.database.knex('auditLog').where({ entity: 'organisation' })) as {
      importBatchId: number;
      action: string;
    }[];
    expect(audit.map((r) => [r.action, r.importBatchId])).toEqual([
      ['create', run.job.batchId],
      ['create', run.job.batchId],
    ]);

    const again = await runImport(t, 'organisations', first, 'hyresvardar.xlsx');
    expect(again.preview.counts).toEqual({ new: 0, update: 0, unchanged: 2, refused: 0 });
    expect(again.inspect.remembered).toBe(true);

    const second = await landlordList([
      ['Första AP-fonden', a!.separatedFormat, 'Bertil', '042-10 00 00'],
      ['Tredje AP-fonden', c!.shortFormat, null, null],
    ]);
    const update = await runImport(t, 'organisations', second, 'hyresvardar-2.xlsx');
    expect(update.preview.counts).toEqual({ new: 1, update: 1, unchanged: 0, refused: 0 });
    const first1 = (await t.call('organisations.list', { search: 'Första' })).rows[0]!;
    expect(first1).toMatchObject({ contactPerson: 'Bertil', version: 2 });
  });

  it('refuses a file with one bad row and writes nothing', async () => {
    const file = await landlordList([
      ['Första AP-fonden', a!.shortFormat, null, null],
      ['Felaktiga AB', '857209-0607', null, null],
      ['Dubbletten', a!.separatedFormat, null, null],
    ]);
    const before = await countRows(t, 'auditLog');
    const run = await runImport(t, 'organisations', file, 'fel.xlsx');
    expect(run.preview.counts).toEqual({ new: 1, update: 0, unchanged: 0, refused: 2 });
    expect(run.preview.rows[1]!.problems[0]).toEqual({
      field: 'orgNumber',
      message: 'Organisationsnummer: kontrollsiffran stämmer inte.',
    });
    expect(run.preview.rows[2]!.problems[0]!.message).toMatch(/finns redan på rad 4 i filen/);
    expect(run.job.status).toBe('failed');
    expect(run.job.message).toMatch(/^2 rader avvisades; ingenting lästes in/);
    expect(await countRows(t, 'organisations')).toBe(0);
    expect(await countRows(t, 'importBatches')).toBe(0);
    expect(await countRows(t, 'auditLog')).toBe(before);

    const approved = await runImport(t, 'organisations', file, 'fel.xlsx', { mode: 'approved' });
    expect(approved.job.status).toBe('done');
    expect(await countRows(t, 'organisations')).toBe(1);
  });
});
