import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishedExportFile } from '../../electron/features/exports/jobs';
import { landlordInput } from '../fixtures/bestand';
import { ADULT, householdInput } from '../fixtures/households';
import { guaranteeInput } from '../fixtures/onward';
import { waitForJob } from './exportHelpers';
import { openTestBackEnd, type TestBackEnd, departmentIds } from './testBackEnd';

// Today is 2026-11-26.
let t: TestBackEnd;
let sof: number;
let landlordId: number;
let householdId: number;

beforeEach(async () => {
  t = await openTestBackEnd();
  const departments = await departmentIds(t);
  sof = departments['SOF']!;
  landlordId = (await t.call('organisations.create', landlordInput({ name: 'Helsingborgshem' }))).id;
  householdId = (await t.call('households.create', householdInput(sof))).id;
});
afterEach(async () => {
  await t.close();
});

describe('guarantees in exports', () => {
  it('the Hyresgarantier sheet holds household names and never a whole personnummer', async () => {
    await t.call('guarantees.create', guaranteeInput({ householdId, landlordId }));
    const job = await waitForJob(t, await t.call('exports.portfolio', {}));
    expect(job.status).toBe('done');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(finishedExportFile(job.id).file);
    const sheet = workbook.getWorksheet('Hyresgarantier')!;
    const text = JSON.stringify(sheet.getSheetValues());
    expect(text).toContain('Anna Andersson');
    expect(text).toContain('Södergatan 3');
    expect(text).not.toContain(ADULT);
    expect(text).not.toContain(ADULT.slice(0, 8));
    const summary = JSON.stringify(workbook.getWorksheet('Sammanfattning')!.getSheetValues());
    expect(summary).toContain('Hyresgarantier som gäller');
  });

  it("exports the grid's view through the guarantees source", async () => {
    await t.call('guarantees.create', guaranteeInput({ householdId, landlordId }));
    const job = await waitForJob(
      t,
      await t.call('exports.start', {
        source: 'guarantees',
        title: 'Hyresgarantier',
        format: 'csv',
        query: { status: 'aktiv' },
        columns: [
          { id: 'holderName', header: 'Hushåll', type: 'text' },
          { id: 'guaranteedAmount', header: 'Garantibelopp', type: 'money' },
        ],
      }),
    );
    expect(job).toMatchObject({ status: 'done', rowsWritten: 1 });
  });
});
