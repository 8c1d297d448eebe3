/**
 * The discharge (3:2) and eviction-risk (3:8) grids export their view
 * through the export machinery: read narrowly (only the sheet's columns, a
 * chunk of ids at a time), cell for cell and in the order the list gives,
 * under the grid's scope, sort and quick search; and the job's xlsx holds
 * exactly those rows.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedListQuery } from '../../shared/core/listQuery';
import type { ExportColumn } from '../../shared/exports/schema';
import { dischargeFromLabels, dischargeOutcomeLabels } from '../../shared/discharges/schema';
import { evictionCauseLabels, evictionOutcomeLabels } from '../../shared/evictionRisks/schema';
import type { ServiceContext } from '../../electron/core/context';
import { bulkHouseholdsAndContracts, bulkLeases } from '../../electron/cli/benchSeed';
import { insertChunked } from '../../electron/demo/bestand';
import { Random } from '../../electron/demo/random';
import { csvText } from '../../electron/features/exports/cells';
import { finishedExportFile } from '../../electron/features/exports/jobs';
import { planNarrowRead, READ_CHUNK, readNarrow } from '../../electron/features/exports/narrowRead';
import { exportSources } from '../../electron/features/exports/sources';
import { waitForJob } from './exportHelpers';
import { openTestBackEnd, serviceContext, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
let ctx: ServiceContext;
const COUNT = READ_CHUNK + 23;

beforeAll(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  // A few leases first: their landlords are the risks' landlords.
  await bulkLeases(t.backEnd, new Random(20), 5);
  await bulkHouseholdsAndContracts(t.backEnd, new Random(21), COUNT);
  const db = t.backEnd.database.knex;
  const now = t.backEnd.clock.now();
  const meta = { version: 1, createdAt: now, createdBy: 'testare', updatedAt: now, updatedBy: 'testare' };
  const households = (await db('households').select('id')).map((h) => h.id);
  const contracts = await db('municipalContracts').select('id', 'householdId');
  const landlord = (await db('organisations').where('isLandlord', true).first('id'))!.id;
  const random = new Random(22);
  const day = (i: number) => `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  await insertChunked(
    db,
    'discharges',
    households.map((householdId, i) => {
      const known = i % 3 !== 0;
      return {
        householdId,
        plannedDate: day(i),
        fromKind: random.pick(['anstalt', 'hvb', 'lvm', 'sjukhus', 'annat']),
        institution: i % 4 === 0 ? null : `Anstalt ${i % 7}`,
        outcome: known ? random.pick(['fore', 'efter', 'hemloshet']) : null,
        outcomeDate: known ? day(i) : null,
        ...meta,
      };
    }),
  );
  await insertChunked(
    db,
    'evictionRisks',
    contracts.map((c, i) => {
      const decided = i % 4 !== 0;
      return {
        householdId: c.householdId,
        contractId: i % 2 === 0 ? c.id : null,
        landlordId: i % 3 === 0 ? landlord : null,
        cause: random.pick(['storning', 'hyresskuld']),
        warningDate: day(i),
        departments: 'SOF',
        outcome: decided ? random.pick(['avvard', 'avhyst', 'flyttat_sjalv']) : null,
        outcomeDate: decided ? day(i + 1) : null,
        ...meta,
      };
    }),
  );
  ctx = serviceContext(t, db);
}, 180_000);
afterAll(async () => {
  await t.close();
});

const dischargeColumns: ExportColumn[] = [
  { id: 'holderName', header: 'Hushåll', type: 'text' },
  { id: 'holderIdentityMasked', header: 'Personnummer', type: 'text' },
  { id: 'plannedDate', header: 'Planerat utskrivningsdatum', type: 'date' },
  { id: 'fromKind', header: 'Skrivs ut från', type: 'choice', labels: dischargeFromLabels },
  { id: 'institution', header: 'Institution', type: 'text' },
  { id: 'outcome', header: 'Utfall', type: 'choice', labels: dischargeOutcomeLabels },
  { id: 'outcomeDate', header: 'Utfallets datum', type: 'date' },
];
const riskColumns: ExportColumn[] = [
  { id: 'holderName', header: 'Hushåll', type: 'text' },
  { id: 'cause', header: 'Orsak', type: 'choice', labels: evictionCauseLabels },
  { id: 'warningDate', header: 'Varning', type: 'date' },
  { id: 'contractNumber', header: 'Kontrakt', type: 'text' },
  { id: 'landlordName', header: 'Hyresvärd', type: 'text' },
  { id: 'outcome', header: 'Utfall', type: 'choice', labels: evictionOutcomeLabels },
  { id: 'outcomeDate', header: 'Utfallets datum', type: 'date' },
];

async function listedCells(source: string, query: ParsedListQuery, columns: ExportColumn[]): Promise<string[][]> {
  const { rows } = await exportSources[source]!.list(ctx, { ...query, offset: 0, limit: 5000, withTotal: false });
  return rows.map((row) => columns.map((c) => csvText(c, row[c.id])));
}

async function narrowCells(source: string, query: ParsedListQuery, columns: ExportColumn[]): Promise<string[][]> {
  const plan = await planNarrowRead(ctx, exportSources[source]!.narrow!, query, columns);
  expect(plan, `${source} reads narrowly`).not.toBeNull();
  const cells: string[][] = [];
  for await (const chunk of readNarrow(ctx, plan!)) {
    for (const row of chunk) cells.push(columns.map((c) => csvText(c, row[c.id])));
  }
  return cells;
}

describe('discharge and eviction-risk exports', () => {
  const views: [string, string, Record<string, unknown>, ExportColumn[]][] = [
    ['discharges', 'default order', {}, dischargeColumns],
    [
      'discharges',
      'open only, by institution',
      { openOnly: true, sort: [{ column: 'institution', direction: 'asc' }] },
      dischargeColumns,
    ],
    ['discharges', 'quick search', { search: 'a' }, dischargeColumns],
    ['evictionRisks', 'default order', {}, riskColumns],
    [
      'evictionRisks',
      'open only, by warning date ascending',
      { openOnly: true, sort: [{ column: 'warningDate', direction: 'asc' }] },
      riskColumns,
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

  it('writes the open discharges to xlsx, with Swedish labels for the choices', async () => {
    const job = await waitForJob(
      t,
      await t.call('exports.start', {
        source: 'discharges',
        title: 'Utskrivningar',
        format: 'xlsx',
        columns: dischargeColumns,
        query: { openOnly: true },
      }),
    );
    const open = await t.backEnd.database.knex('discharges').whereNull('outcome').count({ n: '*' }).first();
    expect(job).toMatchObject({ status: 'done', rowsWritten: Number(open!.n) });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(finishedExportFile(job.id).file);
    const sheet = workbook.getWorksheet('Utskrivningar')!;
    expect(sheet.getRow(1).getCell(4).value).toBe('Skrivs ut från');
    expect(sheet.rowCount).toBe(Number(open!.n) + 1);
    const fromLabels = new Set(Object.values(dischargeFromLabels));
    for (let r = 2; r <= sheet.rowCount; r++) {
      expect(fromLabels.has(String(sheet.getRow(r).getCell(4).value))).toBe(true);
      expect(sheet.getRow(r).getCell(6).value ?? null).toBeNull();
    }
  }, 120_000);
});
