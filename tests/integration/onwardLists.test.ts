import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishedExportFile } from '../../electron/features/exports/jobs';
import { landlordInput, modulbostadInput } from '../fixtures/bestand';
import { ADULT, contractInput, householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { guaranteeInput, newcomerInput } from '../fixtures/onward';
import { waitForJob } from './exportHelpers';
import { openTestBackEnd, type TestBackEnd, departmentIds } from './testBackEnd';

// Today is 2026-11-26.
let t: TestBackEnd;
let ff: number;
let sof: number;
let landlordId: number;
let householdId: number;

beforeEach(async () => {
  t = await openTestBackEnd();
  const departments = await departmentIds(t);
  ff = departments['FF']!;
  sof = departments['SOF']!;
  landlordId = (await t.call('organisations.create', landlordInput({ name: 'Helsingborgshem' }))).id;
  householdId = (await t.call('households.create', householdInput(sof))).id;
});
afterEach(async () => {
  await t.close();
});

describe('settings: onward', () => {
  it('defaults to a two-year establishment period and 24 months before a move-on candidate; refuses zero, naming the field', async () => {
    expect(await t.call('settings.onward', {})).toMatchObject({
      value: { establishmentMonths: 24, moveOnCandidateMonths: 24 },
      version: 0,
    });
    const bad = await t.send('settings.setOnward', {
      value: { establishmentMonths: 0, moveOnCandidateMonths: 24 },
      version: 0,
    });
    expect(!bad.ok && bad.error.fields?.['value.establishmentMonths']).toBe('Etableringstid (månader): minst 1.');
    const saved = await t.call('settings.setOnward', {
      value: { establishmentMonths: 36, moveOnCandidateMonths: 18 },
      version: 0,
    });
    expect(saved).toMatchObject({ value: { establishmentMonths: 36, moveOnCandidateMonths: 18 }, version: 1 });
    const stale = await t.send('settings.setOnward', {
      value: { establishmentMonths: 24, moveOnCandidateMonths: 24 },
      version: 0,
    });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
  });
});

describe('newcomers', () => {
  it('works out the end of the establishment period from the setting, and lists those ending within six months', async () => {
    const soon = await t.call(
      'newcomers.create',
      newcomerInput(householdId, { assignmentDate: '2024-10-01', settlementDate: '2025-01-31' }),
    );
    expect(soon).toMatchObject({ establishmentEnd: '2027-01-31', daysLeft: 66, endingSoon: true });
    const other = (
      await t.call(
        'households.create',
        householdInput(sof, { members: [member('Erik Berg', OTHER_ADULT, true)], householdSize: 1, childrenCount: 0 }),
      )
    ).id;
    await t.call(
      'newcomers.create',
      newcomerInput(other, { assignmentDate: '2026-01-10', settlementDate: '2026-02-01' }),
    );

    const ending = await t.call('newcomers.list', { endingSoon: true });
    expect(ending.rows.map((r) => r.holderName)).toEqual(['Anna Andersson']);
    expect(ending.total).toBe(1);
    expect((await t.call('newcomers.list', {})).total).toBe(2);
    const watch = await t.call('watch.list', { kinds: ['newcomer.establishmentEnds'] });
    expect(watch.items).toMatchObject([{ date: '2027-01-31', title: 'Anna Andersson (19851024-****)' }]);

    // SOU 2025:35: three years. The end moves with the setting; nothing stored changes.
    await t.call('settings.setOnward', { value: { establishmentMonths: 36, moveOnCandidateMonths: 24 }, version: 0 });
    expect(await t.call('newcomers.get', { id: soon.id })).toMatchObject({
      establishmentEnd: '2028-01-31',
      endingSoon: false,
    });
    expect((await t.call('newcomers.list', { endingSoon: true })).total).toBe(0);
  });

  it('refuses a settlement before the assignment and a second record for a household, naming the field', async () => {
    const before = await t.send(
      'newcomers.create',
      newcomerInput(householdId, { assignmentDate: '2025-03-01', settlementDate: '2025-02-01' }),
    );
    expect(!before.ok && before.error.fields?.['settlementDate']).toBe(
      'Bosättningsdatum: kan inte vara före anvisningsdatum.',
    );
    await t.call('newcomers.create', newcomerInput(householdId));
    const twice = await t.send('newcomers.create', newcomerInput(householdId));
    expect(!twice.ok && twice.error.fields?.['householdId']).toMatch(
      /^Hushåll: hushållets bosättning är redan registrerad/,
    );
  });
});

describe('move-on candidates', () => {
  it("lists households on a contract longer than the setting, with FF's flag and note", async () => {
    const unitA = (await t.call('units.create', modulbostadInput(ff))).id;
    const unitB = (await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-0002' }))).id;
    const long = await t.call(
      'contracts.create',
      contractInput(
        { unitId: unitA, householdId, referringDepartmentId: sof },
        { startDate: '2024-09-01', endDate: '2027-08-31' },
      ),
    );
    await t.call('contracts.activate', { id: long.id, version: long.version });
    const other = (
      await t.call(
        'households.create',
        householdInput(sof, { members: [member('Erik Berg', OTHER_ADULT, true)], householdSize: 1, childrenCount: 0 }),
      )
    ).id;
    const recent = await t.call(
      'contracts.create',
      contractInput(
        { unitId: unitB, householdId: other, referringDepartmentId: sof },
        { startDate: '2025-06-01', endDate: '2027-05-31' },
      ),
    );
    await t.call('contracts.activate', { id: recent.id, version: recent.version });

    const list = await t.call('moveOns.candidates', {});
    expect(list.rows).toMatchObject([
      { holderName: 'Anna Andersson', monthsOnContract: 26, ready: false, readinessVersion: 0, plannedMoveDate: null },
    ]);
    expect((await t.call('moveOns.candidates', { minMonths: 12 })).total).toBe(2);

    const readiness = await t.call('moveOns.setReadiness', {
      householdId,
      version: 0,
      ready: true,
      note: 'Har sökt hos Helsingborgshem.',
    });
    expect(readiness).toMatchObject({ ready: true, version: 1 });
    const stale = await t.send('moveOns.setReadiness', { householdId, version: 0, ready: false, note: null });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
    expect((await t.call('moveOns.candidates', { readyOnly: true, minMonths: 0 })).rows).toMatchObject([
      { holderName: 'Anna Andersson', ready: true, readyNote: 'Har sökt hos Helsingborgshem.' },
    ]);
  });
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
