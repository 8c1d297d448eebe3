/**
 * The narrow export read (only the sheet's columns, a chunk of ids at a
 * time) must give exactly what the list itself gives, cell for cell and in
 * the same order, under the filters and sorts a user sets; and the lean
 * xlsx writer's files must open in ExcelJS and LibreOffice with typed cells.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedListQuery } from '../../shared/core/listQuery';
import type { ExportColumn } from '../../shared/exports/schema';
import { leasePortfolioColumns } from '../../shared/leases/columns';
import { unitPortfolioColumns } from '../../shared/units/columns';
import type { ServiceContext } from '../../electron/core/context';
import { csvText } from '../../electron/features/exports/cells';
import { planNarrowRead, READ_CHUNK, readNarrow } from '../../electron/features/exports/narrowRead';
import { exportSources } from '../../electron/features/exports/sources';
import { leanXlsxBook } from '../../electron/features/exports/xlsxWriter';
import { bulkHouseholdsAndContracts, bulkLeases } from '../../electron/cli/benchSeed';
import { contractPortfolioColumns } from '../../shared/contracts/columns';
import { guaranteeColumnSpecs, guaranteePortfolioColumns } from '../../shared/guarantees/columns';
import { guaranteeInput } from '../fixtures/onward';
import { Random } from '../../electron/demo/random';
import { csvCells, hasLibreOffice, libreOfficeToCsv } from './exportHelpers';
import { openTestBackEnd, serviceContext, tempDir, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
let ctx: ServiceContext;

beforeAll(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  // More rows than one read chunk, so the order must hold across chunks.
  await bulkLeases(t.backEnd, new Random(11), READ_CHUNK * 2 + 37);
  await bulkHouseholdsAndContracts(t.backEnd, new Random(12), READ_CHUNK + 11);
  // Guarantees of every kind the sheet shows: open or ended, with and without an end, qualifying for the grant or not.
  const households = (await t.backEnd.database.knex('households').select('id').limit(6)).map((h) => h.id);
  const landlords = (await t.backEnd.database.knex('organisations').select('id').limit(2)).map((o) => o.id);
  const variants = [
    {},
    { endDate: null, leaseReference: 'K-17' },
    { monthlyRent: 750000, guaranteedAmount: 1500000, startDate: '2025-01-01', endDate: '2026-12-31' },
    { firstHandLease: false, grantAppliedOn: '2026-03-10' },
    { canPayWithoutForsorjningsstod: false, leaseAddress: 'Drottninggatan 1' },
    { monthlyRent: 500000, guaranteedAmount: 6000000, startDate: '2024-06-01', endDate: '2027-05-31' },
  ];
  for (const [i, overrides] of variants.entries()) {
    await t.call(
      'guarantees.create',
      guaranteeInput({ householdId: households[i]!, landlordId: landlords[i % 2]! }, overrides),
    );
  }
  ctx = serviceContext(t);
}, 120_000);
afterAll(async () => {
  await t.close();
});

async function listedCells(source: string, query: ParsedListQuery, columns: ExportColumn[]): Promise<string[][]> {
  const s = exportSources[source]!;
  const all: Record<string, unknown>[] = [];
  for (let offset = 0; ; offset += 1000) {
    const { rows } = await s.list(ctx, { ...query, offset, limit: 1000, withTotal: false });
    all.push(...rows);
    if (rows.length < 1000) break;
  }
  return all.map((row) => columns.map((c) => csvText(c, row[c.id])));
}

async function narrowCells(source: string, query: ParsedListQuery, columns: ExportColumn[]): Promise<string[][]> {
  const s = exportSources[source]!;
  const plan = await planNarrowRead(ctx, s.narrow!, query, columns);
  expect(plan, `${source} reads narrowly`).not.toBeNull();
  const cells: string[][] = [];
  for await (const chunk of readNarrow(ctx, plan!)) {
    for (const row of chunk) cells.push(columns.map((c) => csvText(c, row[c.id])));
  }
  return cells;
}

describe('the narrow export read', () => {
  const views: [string, string, Record<string, unknown>, ExportColumn[]][] = [
    ['leases', 'default order', {}, leasePortfolioColumns],
    [
      'leases',
      'by landlord name desc, active only',
      {
        sort: [{ column: 'landlordName', direction: 'desc' }],
        filters: { status: { filterType: 'set', values: ['aktiv'] } },
      },
      leasePortfolioColumns,
    ],
    [
      'leases',
      'deadline within a year, days left',
      { deadlineWithinDays: 365 },
      [...leasePortfolioColumns, { id: 'daysLeft', header: 'Dagar kvar', type: 'daysLeft' }],
    ],
    ['units', 'default order', {}, unitPortfolioColumns],
    ['contracts', 'default order', {}, contractPortfolioColumns.filter((c) => c.id !== 'holderIdentityNumber')],
    [
      'contracts',
      'quick search, by holder, days left',
      { search: 'a', sort: [{ column: 'holderName', direction: 'asc' }] },
      [
        ...contractPortfolioColumns.filter((c) => c.id !== 'holderIdentityNumber'),
        { id: 'daysLeft', header: 'Dagar kvar', type: 'daysLeft' },
        { id: 'leaseNumber', header: 'Hyresavtal', type: 'text' },
      ],
    ],
    ['guarantees', 'default order', {}, guaranteePortfolioColumns],
    [
      'guarantees',
      'by landlord, with days left and the masked personnummer',
      { sort: [{ column: 'landlordName', direction: 'asc' }] },
      [...guaranteePortfolioColumns, guaranteeColumnSpecs.daysLeft, guaranteeColumnSpecs.holderIdentityMasked],
    ],
    [
      'units',
      'by address, quick search',
      { sort: [{ column: 'address', direction: 'asc' }], search: 'lgh' },
      unitPortfolioColumns,
    ],
  ];
  for (const [source, label, query, columns] of views) {
    it(`${source}, ${label}: the same cells in the same order as the list`, async () => {
      const parsed = exportSources[source]!.parse(query);
      const [listed, narrow] = [await listedCells(source, parsed, columns), await narrowCells(source, parsed, columns)];
      expect(narrow.length).toBeGreaterThan(0);
      expect(narrow).toEqual(listed);
    });
  }

  it('falls back to paging the list for a column it cannot read narrowly', async () => {
    const s = exportSources['leases']!;
    const plan = await planNarrowRead(ctx, s.narrow!, s.parse({}), [{ id: 'noSuchColumn', header: 'X', type: 'text' }]);
    expect(plan).toBeNull();
  });
});

describe('the lean xlsx writer', () => {
  const columns: ExportColumn[] = [
    { id: 'text', header: 'Text & <tecken>', type: 'text' },
    { id: 'money', header: 'Belopp', type: 'money' },
    { id: 'date', header: 'Datum', type: 'date' },
    { id: 'flag', header: 'Ja/nej', type: 'flag' },
    { id: 'n', header: 'Antal', type: 'number' },
  ];
  const rows = [
    { text: '  Storgatan 1 & 2 <b>  ', money: 1234550, date: '2027-03-01', flag: 1, n: 3 },
    { text: 'ctrl\u0001tecken\u0008bort', money: null, date: null, flag: 0, n: 2.5 },
    { text: '=1+1', money: -500, date: 'inte ett datum', flag: true, n: null },
  ];

  it('writes typed cells, a bold frozen header with an autofilter, and text exactly (escaped, controls dropped)', async () => {
    const dir = tempDir('bostad-lean-');
    const file = path.join(dir, 'lean.xlsx');
    const book = leanXlsxBook(file);
    const sheet = book.addSheet('Blad: med [otillåtna] tecken och ett mycket långt namn', columns);
    for (const row of rows) sheet.addRow(row);
    await sheet.finish();
    const second = book.addSheet('Andra', columns.slice(0, 1));
    second.addRow({ text: 'två' });
    await second.finish();
    await book.close();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Blad- med -otillåtna- tecken oc', 'Andra']);
    const ws = workbook.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.header));
    expect(ws.getCell(1, 1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getCell(2, 1).value).toBe('  Storgatan 1 & 2 <b>  ');
    expect(ws.getCell(2, 2).value).toBe(12345.5);
    expect(ws.getCell(2, 2).numFmt).toBe('#,##0.00 "kr"');
    expect(ws.getCell(2, 3).value).toEqual(new Date('2027-03-01T00:00:00Z'));
    expect(ws.getCell(2, 3).numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell(2, 4).value).toBe('Ja');
    expect(ws.getCell(3, 1).value).toBe('ctrlteckenbort');
    expect(ws.getCell(3, 2).value).toBeNull();
    expect(ws.getCell(3, 4).value).toBe('Nej');
    expect(ws.getCell(3, 5).value).toBe(2.5);
    // A string cell is never a formula: the text exactly as on screen, no apostrophe to see.
    expect(ws.getCell(4, 1).value).toBe('=1+1');
    expect(ws.getCell(4, 1).formula).toBeUndefined();
    expect(ws.getCell(4, 1).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(4, 3).value).toBe('inte ett datum');
    expect(workbook.worksheets[1]!.getCell(2, 1).value).toBe('två');

    if (!hasLibreOffice()) {
      console.warn('LibreOffice (soffice) is not installed: the second reader is not checked here.');
      return;
    }
    const lines = libreOfficeToCsv(file, dir).trim().split(/\r?\n/).map(csvCells);
    expect(lines[0]).toEqual(columns.map((c) => c.header));
    // LibreOffice shows the cells as formatted: the kr format and the date format hold.
    expect(lines[1]).toEqual(['  Storgatan 1 & 2 <b>  ', '12,345.50 kr', '2027-03-01', 'Ja', '3']);
    expect(lines[3]!.slice(0, 3)).toEqual(['=1+1', '-5.00 kr', 'inte ett datum']);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
