import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { cancelImport, importFinished, startImport } from '../../electron/features/imports/service';
import { storeUpload } from '../../electron/features/imports/uploads';
import { AP_FUND_ORGANISATION_NUMBERS } from '../fixtures/organisationNumbers';
import { libreOfficeXlsx, runImport, xlsxBytes } from './importHelpers';
import { countRows, openTestBackEnd, serviceContext, tempDir, type TestBackEnd } from './testBackEnd';

const [a, b] = AP_FUND_ORGANISATION_NUMBERS;
let t: TestBackEnd;
let leaseList: Buffer;
let unitList: Buffer;

// Made once by LibreOffice from CSV: a title row, Swedish headings, a bad row and a Summa row.
beforeAll(() => {
  const dir = tempDir('bostad-lo-');
  leaseList = libreOfficeXlsx(
    dir,
    'hyresavtal',
    [
      'Hyresavtal FF 2026;;;;;;;;;',
      ';;;;;;;;;',
      'Avtalsnr;Hyresvärd;Org.nr;Objektnr;Förvaltning;Fr.o.m.;T.o.m.;Uppsägningstid;Förlängning;Årshyra',
      `HA-2024-0001;Första AP-fonden;${a!.separatedFormat};LGH-1;SOF;2024-01-01;2026-12-31;9 mån;3 år;125 000 kr`,
      `HA-2024-0002;Andra AP-fonden;${b!.shortFormat};LGH-2;AMF;2025-03-01;;3 mån;;96000`,
      `HA-2024-0003;Första AP-fonden;${a!.separatedFormat};LGH-3;SOF;31/2 2025;;3 mån;;1 250 000:-`,
      'Summa;;;;;;;;;=SUM(J4:J6)',
    ].join('\n'),
  );
  unitList = libreOfficeXlsx(
    dir,
    'bostader',
    [
      'Objektnr;Typ;Användning;Adress;Förvaltning;Hyresvärd',
      `LGH-1;Lägenhet;Bostad först;Storgatan 1;SOF;${a!.separatedFormat}`,
      `LGH-2;Lägenhet;Jourlägenhet;Storgatan 2;AMF;Andra AP-fonden`,
      `LGH-3;Lägenhet;Bostadssocial;Storgatan 3;SOF;${a!.shortFormat}`,
    ].join('\n'),
  );
}, 120_000);

beforeEach(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
});
afterEach(async () => {
  await t.close();
});
afterAll(() => undefined);

async function landlords(): Promise<void> {
  const orgs = await xlsxBytes([
    {
      name: 'Blad1',
      rows: [
        ['Namn', 'Org.nr'],
        ['Första AP-fonden', a!.shortFormat],
        ['Andra AP-fonden', b!.shortFormat],
      ],
    },
  ]);
  expect((await runImport(t, 'organisations', orgs, 'v.xlsx')).job.status).toBe('done');
}

describe('import of a lease list made by LibreOffice', () => {
  it('imports units, refuses the lease list for its bad row, then takes it once the row is fixed', async () => {
    await landlords();
    const units = await runImport(t, 'units', unitList, 'bostader.xlsx');
    expect(units.preview.counts).toEqual({ new: 3, update: 0, unchanged: 0, refused: 0 });
    expect(units.job.status).toBe('done');

    const bad = await runImport(t, 'leases', leaseList, 'hyresavtal.xlsx');
    expect(bad.inspect.headerRow).toBe(2);
    expect(bad.inspect.dataRows).toBe(3);
    expect(bad.preview.counts).toEqual({ new: 2, update: 0, unchanged: 0, refused: 1 });
    const refused = bad.preview.rows.find((r) => r.outcome === 'refused')!;
    expect(refused.rowNumber).toBe(6);
    expect(refused.problems).toEqual([{ field: 'startDate', message: 'Startdatum: datumet 2025-02-31 finns inte.' }]);
    expect(bad.job.status).toBe('failed');
    expect(await countRows(t, 'leases')).toBe(0);

    const fixed = await runImport(t, 'leases', leaseList, 'hyresavtal.xlsx', {
      fixes: { '6': { startDate: '2025-02-28' } },
    });
    expect(fixed.preview.counts).toEqual({ new: 3, update: 0, unchanged: 0, refused: 0 });
    expect(fixed.job.status).toBe('done');
    const leases = await t.call('leases.list', { sort: [{ column: 'leaseNumber', direction: 'asc' }] });
    expect(
      leases.rows.map((l) => [l.leaseNumber, l.landlordName, l.unitSummary, l.rentPerYearOre, l.nextNoticeDate]),
    ).toEqual([
      // Fixed term to 2026-12-31, 9 months' notice: the deadline was 2026-03-31 and is missed, so it extends 3 years.
      ['HA-2024-0001', 'Första AP-fonden', 'LGH-1', 12_500_000, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)],
      // Tills vidare: notice can be given any day, so no next deadline.
      ['HA-2024-0002', 'Andra AP-fonden', 'LGH-2', 9_600_000, null],
      ['HA-2024-0003', 'Första AP-fonden', 'LGH-3', 125_000_000, null],
    ]);
    const first = await t.call('leases.get', { id: leases.rows[0]!.id });
    expect(first).toMatchObject({ termType: 'tidsbestamd', noticeMonthsTenant: 9, extensionMonths: 36 });

    // The same file again: everything unchanged.
    const again = await runImport(t, 'leases', leaseList, 'hyresavtal.xlsx', {
      fixes: { '6': { startDate: '2025-02-28' } },
    });
    expect(again.preview.counts).toEqual({ new: 0, update: 0, unchanged: 3, refused: 0 });

    // Revert the lease batch: the leases go, the audit says so and names the batch.
    const batch = await t.call('imports.revert', { id: fixed.job.batchId! });
    expect(batch.revertedBy).toBe('testare');
    expect(await countRows(t, 'leases')).toBe(0);
    expect(await countRows(t, 'leaseUnits')).toBe(0);
    const reverts = await t.backEnd.database
      .knex('auditLog')
      .where({ action: 'import-revert', importBatchId: fixed.job.batchId });
    expect(reverts).toHaveLength(3);
    const second = await t.send('imports.revert', { id: fixed.job.batchId! });
    expect(second).toMatchObject({ ok: false, error: { message: expect.stringMatching(/redan ångrad/) } });
  }, 60_000);

  it('creates unknown landlords and units when asked, and refuses to revert after a record was edited', async () => {
    const run = await runImport(t, 'leases', leaseList, 'hyresavtal.xlsx', {
      createMissing: true,
      mode: 'approved',
    });
    expect(run.preview.counts).toEqual({ new: 2, update: 0, unchanged: 0, refused: 1 });
    expect(run.preview.rows[0]!.creates).toEqual([
      `Ny hyresvärd: Första AP-fonden (${a!.separatedFormat})`,
      'Ny bostad: LGH-1',
    ]);
    expect(run.job.status).toBe('done');
    expect(await countRows(t, 'organisations')).toBe(2);
    expect(await countRows(t, 'units')).toBe(2);
    const batches = await t.call('imports.batches', {});
    expect(batches[0]).toMatchObject({
      register: 'leases',
      fileName: 'hyresavtal.xlsx',
      createdCount: 2,
      refusedCount: 1,
      fileSize: leaseList.length,
    });
    expect(batches[0]!.fileSha256).toMatch(/^[0-9a-f]{64}$/);

    const unit = (await t.call('units.list', { search: 'LGH-1' })).rows[0]!;
    const {
      responsibleDepartmentCode: _c,
      ownerName: _o,
      permitDaysLeft: _p,
      leaseEndsOn: _l,
      createdAt: _ca,
      createdBy: _cb,
      updatedAt: _ua,
      updatedBy: _ub,
      archivedAt: _aa,
      ...editable
    } = unit;
    await t.call('units.update', { ...editable, notes: 'Ändrad efter inläsningen' } as never);
    const refusedRevert = await t.send('imports.revert', { id: run.job.batchId! });
    expect(refusedRevert).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!refusedRevert.ok)
      expect(refusedRevert.error.message).toMatch(
        /Bostaden LGH-1 har ändrats av .* efter inläsningen\. Ingenting ändrades\./,
      );
    expect(await countRows(t, 'leases')).toBe(2);
  }, 60_000);

  it('finds the landlord by name and the unit by address when the list has no numbers, and says which it cannot find', async () => {
    await landlords();
    await runImport(t, 'units', unitList, 'bostader.xlsx');
    // A second unit at Storgatan 3 makes that address ambiguous.
    const more = await xlsxBytes([
      {
        name: 'Blad1',
        rows: [
          ['Objektnr', 'Typ', 'Användning', 'Adress', 'Förvaltning', 'Hyresvärd'],
          ['LGH-4', 'Lägenhet', 'Bostadssocial', 'Storgatan 3', 'SOF', a!.shortFormat],
        ],
      },
    ]);
    expect((await runImport(t, 'units', more, 'fler.xlsx')).job.status).toBe('done');
    const list = await xlsxBytes([
      {
        name: 'Avtal',
        rows: [
          ['Avtalsnr', 'Hyresvärd', 'Adress', 'Förvaltning', 'Fr.o.m.', 'Uppsägningstid', 'Årshyra'],
          ['HA-1', 'andra ap-fonden', 'storgatan 2', 'AMF', '2025-03-01', '3 mån', '96 000'],
          ['HA-2', 'Första AP-fonden', 'Storgatan 3', 'SOF', '2025-03-01', '3 mån', '96 000'],
          ['HA-3', 'Femte AP-fonden', 'Storgatan 9', 'SOF', '2025-03-01', '3 mån', '96 000'],
        ],
      },
    ]);
    const run = await runImport(t, 'leases', list, 'avtal.xlsx', { mode: 'approved' });
    expect(run.inspect.columns.map((c) => c.field)).toEqual([
      'leaseNumber',
      'landlord',
      'unitAddress',
      'department',
      'startDate',
      'noticeMonthsTenant',
      'rentPerYearOre',
    ]);
    expect(run.preview.rows.map((r) => [r.outcome, r.problems.map((p) => [p.field, p.message])])).toEqual([
      ['new', []],
      ['refused', [['unitAddress', 'Bostäder: flera bostäder har adressen Storgatan 3; ange objektnummer.']]],
      [
        'refused',
        [
          [
            'landlord',
            'Hyresvärd: "Femte AP-fonden" finns inte bland hyresvärdarna. Lägg till den, eller välj att skapa saknade hyresvärdar.',
          ],
          ['unitAddress', 'Bostäder: ingen bostad har adressen Storgatan 9; ange objektnummer.'],
        ],
      ],
    ]);
    expect(run.job.status).toBe('done');
    const lease = (await t.call('leases.list', { search: 'HA-1' })).rows[0]!;
    expect([lease.landlordName, lease.unitSummary]).toEqual(['Andra AP-fonden', 'LGH-2']);
  });

  it('a cancelled import leaves nothing behind', async () => {
    await landlords();
    await runImport(t, 'units', unitList, 'bostader.xlsx');
    const { uploadId } = storeUpload(leaseList, 'hyresavtal.xlsx');
    const inspect = await t.call('imports.inspect', { uploadId, register: 'leases' });
    const ctx = serviceContext(t);
    // Cancelled in the same tick it starts: everything it then plans and writes must roll back.
    const started = startImport(ctx, {
      uploadId,
      register: 'leases',
      sheet: inspect.sheet,
      headerRow: inspect.headerRow,
      mapping: inspect.columns.map((c) => c.field),
      mode: 'approved',
      createMissing: false,
      fixes: {},
    });
    cancelImport(started.id);
    const job = await importFinished(started.id);
    expect(job.status).toBe('cancelled');
    expect(job.message).toBe('Inläsningen avbröts. Ingenting lästes in.');
    expect(await countRows(t, 'leases')).toBe(0);
    expect(await countRows(t, 'importBatches')).toBe(2); // the landlords and the units, not the leases
  });
});

describe('bad files change nothing', () => {
  it.each([
    ['not a spreadsheet', Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]), /är inte ett kalkylblad/],
    [
      'an encrypted workbook',
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(600),
        Buffer.from('EncryptionInfo', 'utf16le'),
      ]),
      /lösenordsskyddad/,
    ],
    [
      'an old xls',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
      /\.xls/,
    ],
    ['an empty file', Buffer.alloc(0), /tom/],
  ])('%s', async (_name, bytes, message) => {
    const { uploadId } = storeUpload(bytes, 'lista.xlsx');
    const result = await t.send('imports.inspect', { uploadId, register: 'leases' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.message).toMatch(message);
  });
});
