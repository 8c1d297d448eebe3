import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishedExportFile } from '../../electron/features/exports/jobs';
import type { ExportColumn } from '../../shared/exports/schema';
import { unitColumnSpecs } from '../../shared/units/columns';
import { modulbostadInput } from '../fixtures/bestand';
import { csvCells, libreOfficeToCsv, waitForJob } from './exportHelpers';
import { bulkUnits } from '../../electron/demo/bestand';
import { Random } from '../../electron/demo/random';
import { openTestBackEnd, serviceContext, tempDir, type TestBackEnd, departmentIds } from './testBackEnd';

let t: TestBackEnd;
let ff: number;

const COLUMNS: ExportColumn[] = [
  unitColumnSpecs.objectNumber,
  unitColumnSpecs.kind,
  unitColumnSpecs.address,
  unitColumnSpecs.permitEndDate,
  unitColumnSpecs.permitDaysLeft,
  unitColumnSpecs.areaM2,
];

beforeEach(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  ff = (await departmentIds(t))['FF']!;
  const units: [string, string, string | null, string][] = [
    ['MOD-3', '=HYPERLINK("http://evil.example","klicka")', '2027-03-01', 'ledig'],
    ['MOD-1', '+46 Storgatan 1', '2027-01-15', 'ledig'],
    ['MOD-2', '@SUM(A1:A9)', null, 'ledig'],
    ['MOD-4', '-5 Källarvägen', '2028-01-01', 'uthyrd'],
    ['MOD-5', '<script>alert(1)</script> 7', '2027-05-05', 'ledig'],
  ];
  for (const [objectNumber, address, permitEndDate, status] of units) {
    await t.call(
      'units.create',
      modulbostadInput(ff, {
        objectNumber,
        address,
        permitEndDate,
        status: status as 'ledig',
        ...(objectNumber === 'MOD-5' ? { areaM2: 72 } : {}),
      }),
    );
  }
});
afterEach(async () => {
  await t.close();
});

const VIEW = {
  filters: { status: { filterType: 'set', values: ['ledig'] } },
  sort: [{ column: 'objectNumber', direction: 'desc' }],
};

describe('export the current view', () => {
  it('writes xlsx with exactly the filtered rows, in the sorted order and the chosen columns, typed', async () => {
    const job = await waitForJob(
      t,
      await t.call('exports.start', {
        source: 'units',
        title: 'Bostäder',
        format: 'xlsx',
        columns: COLUMNS,
        query: VIEW,
      }),
    );
    expect(job).toMatchObject({ status: 'done', rowsWritten: 4, totalRows: 4 });
    expect(job.fileName).toBe('Bostäder 2026-11-26.xlsx');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(finishedExportFile(job.id).file);
    const sheet = workbook.getWorksheet('Bostäder')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Objektnummer',
      'Typ',
      'Adress',
      'Bygglov t.o.m.',
      'Bygglov, dagar kvar',
      'Yta m²',
    ]);
    expect(sheet.rowCount).toBe(5);
    expect([2, 3, 4, 5].map((r) => sheet.getCell(r, 1).value)).toEqual(['MOD-5', 'MOD-3', 'MOD-2', 'MOD-1']);

    // Choice columns carry the Swedish label; dates are real date cells; numbers are numbers.
    expect(sheet.getCell(2, 2).value).toBe('Modulbostad');
    expect(sheet.getCell(3, 4).value).toEqual(new Date('2027-03-01T00:00:00Z'));
    expect(sheet.getCell(3, 4).numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell(3, 5).value).toBe(95);
    expect(sheet.getCell(3, 6).value).toBe(24.5);
    // Whole numbers without a trailing decimal comma ("72,"), decimals with theirs.
    expect(sheet.getCell(3, 6).numFmt).toBe('#,##0.0#');
    expect(sheet.getCell(2, 6).value).toBe(72);
    expect(sheet.getCell(2, 6).numFmt).toBe('#,##0');
    expect(sheet.getCell(4, 4).value).toBeNull();

    // Formula-like text comes out inert as a string cell, exactly as on screen (no apostrophe to see).
    expect(sheet.getCell(3, 3).value).toBe(`=HYPERLINK("http://evil.example","klicka")`);
    expect(sheet.getCell(3, 3).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell(3, 3).formula).toBeUndefined();
    expect(sheet.getCell(4, 3).value).toBe('@SUM(A1:A9)');
    expect(sheet.getCell(5, 3).value).toBe('+46 Storgatan 1');
    expect(sheet.getCell(2, 3).value).toBe('<script>alert(1)</script> 7');

    // Frozen header row and an autofilter over the header.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('says "Staden" as the owner of a city-owned unit, as the grid does', async () => {
    const job = await waitForJob(
      t,
      await t.call('exports.start', {
        source: 'units',
        title: 'Bostäder',
        format: 'xlsx',
        columns: [unitColumnSpecs.objectNumber, unitColumnSpecs.ownerName],
        query: VIEW,
      }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(finishedExportFile(job.id).file);
    const sheet = workbook.getWorksheet('Bostäder')!;
    expect([2, 3, 4, 5].map((r) => sheet.getCell(r, 2).value)).toEqual(['Staden', 'Staden', 'Staden', 'Staden']);
  });

  it('a real second client (LibreOffice) reads the same rows', async () => {
    const job = await waitForJob(
      t,
      await t.call('exports.start', {
        source: 'units',
        title: 'Bostäder',
        format: 'xlsx',
        columns: COLUMNS,
        query: VIEW,
      }),
    );
    const dir = tempDir('bostad-lo-');
    const xlsx = path.join(dir, 'bostader.xlsx');
    fs.copyFileSync(finishedExportFile(job.id).file, xlsx);
    const rows = libreOfficeToCsv(xlsx, dir).trim().split(/\r?\n/).map(csvCells);
    expect(rows[0]).toEqual(['Objektnummer', 'Typ', 'Adress', 'Bygglov t.o.m.', 'Bygglov, dagar kvar', 'Yta m²']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['MOD-5', 'MOD-3', 'MOD-2', 'MOD-1']);
    // The date is a date to LibreOffice (shown in the cell's yyyy-mm-dd format), the number a number.
    expect(rows[2]).toEqual([
      'MOD-3',
      'Modulbostad',
      `=HYPERLINK("http://evil.example","klicka")`,
      '2027-03-01',
      '95',
      '24.5',
    ]);
  }, 120_000);

  it('writes CSV the Swedish Excel way: BOM, semicolons, decimal comma, CRLF, inert formulas', async () => {
    const job = await waitForJob(
      t,
      await t.call('exports.start', {
        source: 'units',
        title: 'Bostäder',
        format: 'csv',
        columns: COLUMNS,
        query: VIEW,
      }),
    );
    const bytes = fs.readFileSync(finishedExportFile(job.id).file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Objektnummer;Typ;Adress;Bygglov t.o.m.;Bygglov, dagar kvar;Yta m²');
    expect(lines[2]).toBe(`MOD-3;Modulbostad;"'=HYPERLINK(""http://evil.example"",""klicka"")";2027-03-01;95;24,5`);
    expect(lines[3]).toBe("MOD-2;Modulbostad;'@SUM(A1:A9);;;24,5");
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('');
  });

  it('is audited, and refuses an unknown list with a Swedish message', async () => {
    await waitForJob(
      t,
      await t.call('exports.start', {
        source: 'units',
        title: 'Bostäder',
        format: 'csv',
        columns: COLUMNS,
        query: VIEW,
      }),
    );
    const audit = (await t.backEnd.database.knex('auditLog').where({ entity: 'export' })) as {
      actor: string;
      after: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ source: 'units', format: 'csv', includePersonalData: false });

    const bad = await t.send('exports.start', {
      source: 'hemligt',
      title: 'X',
      format: 'csv',
      columns: COLUMNS,
      query: {},
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.fields?.['source']).toMatch(/går inte att exportera/);
  });

  it('reads the rows on a connection of its own (the export worker), on either engine', async () => {
    // Every statement the app's own connection runs while the export runs:
    // the list's count is there, never the export's own reads (all the ids
    // in order, without a limit, and its chunks of rows, which select the row
    // id as export_row_id; on SQLite the driver runs those unseen by knex).
    const onApp: string[] = [];
    const record = (q: { sql: string }) => onApp.push(q.sql);
    t.backEnd.database.knex.on('query', record);
    try {
      const job = await waitForJob(
        t,
        await t.call('exports.start', {
          source: 'units',
          title: 'Bostäder',
          format: 'csv',
          columns: COLUMNS,
          query: VIEW,
        }),
      );
      expect(job.status).toBe('done');
      const lines = fs.readFileSync(finishedExportFile(job.id).file, 'utf8').split('\r\n').filter(Boolean);
      expect(lines).toHaveLength(5); // the header and the four ledig
    } finally {
      t.backEnd.database.knex.off('query', record);
    }
    expect(onApp.some((sql) => /count\(/i.test(sql))).toBe(true);
    const exportReads = onApp.filter(
      (sql) => /export_row_id/.test(sql) || (/order by/.test(sql) && !/limit/.test(sql)),
    );
    expect(exportReads).toEqual([]);
  });

  it('can be cancelled; the partial file is removed', async () => {
    await bulkUnits(t.backEnd, new Random(1), 20_000);
    const started = await t.call('exports.start', {
      source: 'units',
      title: 'Bostäder',
      format: 'xlsx',
      columns: COLUMNS,
      query: {},
    });
    await t.call('exports.cancel', { id: started.id });
    const job = await waitForJob(t, started);
    expect(job.status).toBe('cancelled');
    expect(() => finishedExportFile(job.id)).toThrow(/inte klar/);
  });
});

describe('the portfolio workbook', () => {
  it('has the register sheets present in this build and a Sammanfattning', async () => {
    const job = await waitForJob(t, await t.call('exports.portfolio', {}));
    expect(job.status).toBe('done');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(finishedExportFile(job.id).file);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toContain('Bostäder');
    expect(names.at(-1)).toBe('Sammanfattning');
    expect(workbook.getWorksheet('Bostäder')!.rowCount).toBe(6);
    const summary = workbook.getWorksheet('Sammanfattning')!;
    const rows = summary
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1, 3));
    expect(rows).toContainEqual(['Bostäder', 5]);
    expect(rows).toContainEqual(['Bostäder: Ledig', 4]);
  });
});

describe('the portfolio workbook over the demo registers', () => {
  it('has every register sheet; personnummer only when asked for, and that export is audited', async () => {
    const { seedBestand } = await import('../../electron/demo/bestand');
    const { seedLeases } = await import('../../electron/demo/leases');
    const { seedHouseholds } = await import('../../electron/demo/households');
    const { seedLandAgreements } = await import('../../electron/demo/landAgreements');
    const random = new Random(3);
    const bestand = await seedBestand(t.backEnd, random, 150);
    await seedLeases(t.backEnd, random, bestand);
    await seedHouseholds(t.backEnd, random, bestand);
    await seedLandAgreements(t.backEnd, random, bestand);

    const read = async (includePersonalData: boolean) => {
      const job = await waitForJob(t, await t.call('exports.portfolio', { includePersonalData }));
      expect(job.status).toBe('done');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(finishedExportFile(job.id).file);
      return workbook;
    };

    const plain = await read(false);
    expect(plain.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Hyresavtal', 'Bostäder', 'Kommunala kontrakt', 'Markanvisningar', 'Sammanfattning']),
    );
    const contracts = plain.getWorksheet('Kommunala kontrakt')!;
    const plainHeaders = (contracts.getRow(1).values as unknown[]).slice(1);
    expect(plainHeaders).not.toContain('Personnummer');
    expect(contracts.rowCount).toBeGreaterThan(10);
    const leases = plain.getWorksheet('Hyresavtal')!;
    const leaseHeaders = (leases.getRow(1).values as unknown[]).slice(1);
    const rentColumn = leaseHeaders.indexOf('Årshyra i dag') + 1;
    const rents = [2, 3, 4].map((r) => leases.getCell(r, rentColumn));
    expect(rents.some((c) => typeof c.value === 'number' && c.value > 1000)).toBe(true);
    expect(rents[0]!.numFmt).toBe('#,##0.00 "kr"');

    const personal = await read(true);
    const withNumbers = personal.getWorksheet('Kommunala kontrakt')!;
    const headers = (withNumbers.getRow(1).values as unknown[]).slice(1);
    const numberColumn = headers.indexOf('Personnummer') + 1;
    expect(numberColumn).toBeGreaterThan(0);
    expect(String(withNumbers.getCell(2, numberColumn).value)).toMatch(/^\d{8}-\d{4}$/);

    const audits = (
      (await t.backEnd.database.knex('auditLog').where({ entity: 'export' }).orderBy('id')) as { after: string }[]
    ).map((a) => JSON.parse(a.after) as { includePersonalData: boolean });
    expect(audits.map((a) => a.includePersonalData)).toEqual([false, true]);
  }, 120_000);
});

describe('every register exports its view', () => {
  it('each export source writes as many rows as its list holds', async () => {
    const { seedBestand } = await import('../../electron/demo/bestand');
    const { seedLeases } = await import('../../electron/demo/leases');
    const { seedHouseholds } = await import('../../electron/demo/households');
    const { seedOnward } = await import('../../electron/demo/onward');
    const { seedLandAgreements } = await import('../../electron/demo/landAgreements');
    const { seedFollowup } = await import('../../electron/demo/followup');
    const { exportSources } = await import('../../electron/features/exports/sources');
    const random = new Random(5);
    const bestand = await seedBestand(t.backEnd, random, 120);
    await seedLeases(t.backEnd, random, bestand);
    await seedHouseholds(t.backEnd, random, bestand);
    await seedOnward(t.backEnd, random, bestand);
    await seedLandAgreements(t.backEnd, random, bestand);
    // Discharges and eviction risks (Uppföljning's registers) come with the follow-up's history.
    await seedFollowup(t.backEnd, random);
    const ctx = serviceContext(t);

    for (const [name, source] of Object.entries(exportSources)) {
      const listed = await source.list(ctx, source.parse({}));
      const job = await waitForJob(
        t,
        await t.call('exports.start', {
          source: name,
          title: source.title,
          format: 'csv',
          columns: [{ id: 'id', header: 'Id', type: 'number' }],
          query: {},
        }),
      );
      expect({ name, status: job.status, rows: job.rowsWritten }).toEqual({ name, status: 'done', rows: listed.total });
      expect(listed.total, name).toBeGreaterThan(0);
    }
  }, 120_000);
});
