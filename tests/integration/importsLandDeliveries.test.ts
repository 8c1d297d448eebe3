import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { modulbostadInput } from '../fixtures/bestand';
import { AP_FUND_ORGANISATION_NUMBERS } from '../fixtures/organisationNumbers';
import { libreOfficeXlsx, runImport, xlsxBytes } from './importHelpers';
import { countRows, departmentIds, openTestBackEnd, tempDir, type TestBackEnd } from './testBackEnd';

// Today is 2026-11-26.
const [a] = AP_FUND_ORGANISATION_NUMBERS;
let t: TestBackEnd;
let deliveryList: Buffer;

const HEAD = ['Markanvisning', 'Objektnr', 'Adress', 'Överlämnad', 'Kommentar'];

// Made by LibreOffice from CSV: one agreement by designation, one by project name, one unit by address.
beforeAll(() => {
  deliveryList = libreOfficeXlsx(
    tempDir('bostad-lo-'),
    'leveranser',
    [
      'Leveranser 10 %;;;;',
      HEAD.join(';'),
      'Drottninghög 1:5;MOD-0001;;2025-03-01;Första lägenheten',
      'Norra;;Vasatorpsvägen 14;1/6 2025;',
      'Drottninghög 1:5;MOD-0003;;2024-01-01;Före avtalet',
    ].join('\n'),
  );
}, 120_000);

beforeEach(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  const d = await departmentIds(t);
  for (const [n, objectNumber] of ['MOD-0001', 'MOD-0002', 'MOD-0003'].entries())
    await t.call('units.create', modulbostadInput(d['FF']!, { objectNumber, address: `Vasatorpsvägen ${12 + 2 * n}` }));
  const orgs = await xlsxBytes([
    {
      name: 'Org',
      rows: [
        ['Namn', 'Org.nr', 'Byggaktör'],
        ['Bygg AB', a!.shortFormat, 'Ja'],
      ],
    },
  ]);
  expect((await runImport(t, 'organisations', orgs, 'org.xlsx')).job.status).toBe('done');
  const agreements = await xlsxBytes([
    {
      name: 'Markanvisningar',
      rows: [
        ['Fastighetsbeteckning', 'Projekt', 'Byggaktör', 'Avtalstyp', 'Undertecknat', 'Antal bostäder'],
        ['Drottninghög 1:5', 'Etapp 3', 'Bygg AB', 'Markanvisningsavtal', '2024-05-01', 85],
        ['Planteringen 2:1', 'Norra', 'Bygg AB', 'Marköverlåtelseavtal', '2025-02-01', 40],
      ],
    },
  ]);
  expect((await runImport(t, 'landAgreements', agreements, 'mark.xlsx')).job.status).toBe('done');
});
afterEach(async () => {
  await t.close();
});

async function delivered(): Promise<Record<string, number>> {
  const rows = await t.backEnd.database
    .knex('landAgreements')
    .orderBy('projectName')
    .select('projectName', 'deliveredCount');
  return Object.fromEntries(rows.map((r) => [r.projectName, Number(r.deliveredCount)]));
}

async function deliveries() {
  return (await t.backEnd.database
    .knex('landDeliveries')
    .join('units', 'units.id', 'landDeliveries.unitId')
    .orderBy('units.objectNumber')
    .select('units.objectNumber', 'landDeliveries.handedOverDate', 'landDeliveries.notes')) as {
    objectNumber: string;
    handedOverDate: string;
    notes: string | null;
  }[];
}

describe('import of deliveries under land agreements', () => {
  it('reads a LibreOffice list, refuses the whole file for a bad row, counts, updates and reverts', async () => {
    const all = await runImport(t, 'landDeliveries', deliveryList, 'leveranser.xlsx');
    expect(all.inspect.columns.map((c) => c.field)).toEqual([
      'agreement',
      'unit',
      'unitAddress',
      'handedOverDate',
      'notes',
    ]);
    expect(all.preview.counts).toEqual({ new: 2, update: 0, unchanged: 0, refused: 1 });
    expect(all.preview.rows[2]!.problems.map((p) => p.message)).toEqual([
      'Överlämnad: 2024-01-01 är före avtalet undertecknades (2024-05-01); en leverans räknas från avtalets datum.',
    ]);
    expect(all.job.status).toBe('failed');
    expect(await countRows(t, 'landDeliveries')).toBe(0);

    const run = await runImport(t, 'landDeliveries', deliveryList, 'leveranser.xlsx', { mode: 'approved' });
    expect(run.job.status).toBe('done');
    expect(await deliveries()).toEqual([
      { objectNumber: 'MOD-0001', handedOverDate: '2025-03-01', notes: 'Första lägenheten' },
      { objectNumber: 'MOD-0002', handedOverDate: '2025-06-01', notes: null },
    ]);
    expect(await delivered()).toEqual({ 'Etapp 3': 1, Norra: 1 });

    // The same rows again (ExcelJS this time) are unchanged; a corrected date is an update; a unit counted
    // under another agreement is refused.
    const second = (date: string) =>
      xlsxBytes([
        {
          name: 'Leveranser',
          rows: [
            HEAD,
            ['Drottninghög 1:5', 'MOD-0001', null, date, 'Första lägenheten'],
            ['Planteringen 2:1', 'MOD-0002', null, new Date(Date.UTC(2025, 5, 1)), null],
            ['Etapp 3', 'MOD-0002', null, '2025-07-01', null],
          ],
        },
      ]);
    const same = await runImport(t, 'landDeliveries', await second('2025-03-01'), 'l2.xlsx', { mode: 'approved' });
    expect(same.preview.counts).toEqual({ new: 0, update: 0, unchanged: 2, refused: 1 });
    expect(same.preview.rows[2]!.problems.map((p) => p.message)).toEqual([
      'Bostad: MOD-0002 finns redan på rad 3 i filen; en post får bara förekomma en gång.',
      'Bostad: MOD-0002 är redan lämnad 2025-06-01 i Norra; en bostad räknas bara en gång.',
    ]);
    const update = await runImport(t, 'landDeliveries', await second('2025-04-01'), 'l3.xlsx', { mode: 'approved' });
    expect(update.preview.counts).toEqual({ new: 0, update: 1, unchanged: 1, refused: 1 });
    expect((await deliveries())[0]!.handedOverDate).toBe('2025-04-01');

    await t.call('imports.revert', { id: update.job.batchId! });
    expect((await deliveries())[0]!.handedOverDate).toBe('2025-03-01');

    // Edited in the app since: the first batch stays.
    const edited = (await t.call('landDeliveries.list', { landAgreementId: (await agreementId('Norra'))! }))[0]!;
    await t.call('landDeliveries.update', {
      unitId: edited.unitId,
      leaseId: null,
      handedOverDate: '2025-06-02',
      notes: 'Rättat datum',
      id: edited.id,
      version: edited.version,
    });
    expect(await t.send('imports.revert', { id: run.job.batchId! })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await countRows(t, 'landDeliveries')).toBe(2);
  });

  it('a revert takes the deliveries out, counts again, and keeps each one in the audit', async () => {
    const run = await runImport(t, 'landDeliveries', deliveryList, 'leveranser.xlsx', { mode: 'approved' });
    expect(await delivered()).toEqual({ 'Etapp 3': 1, Norra: 1 });
    await t.call('imports.revert', { id: run.job.batchId! });
    expect(await countRows(t, 'landDeliveries')).toBe(0);
    expect(await delivered()).toEqual({ 'Etapp 3': 0, Norra: 0 });
    const audits = await t.backEnd.database
      .knex('auditLog')
      .where({ entity: 'landDelivery', action: 'import-revert', importBatchId: run.job.batchId! })
      .select('before');
    expect(audits.map((r) => (JSON.parse(r.before!) as { handedOverDate: string }).handedOverDate).sort()).toEqual([
      '2025-03-01',
      '2025-06-01',
    ]);
  });
});

async function agreementId(projectName: string): Promise<number | undefined> {
  return (await t.backEnd.database.knex('landAgreements').where({ projectName }).first('id'))?.id;
}
