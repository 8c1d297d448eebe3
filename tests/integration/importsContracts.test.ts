import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { modulbostadInput } from '../fixtures/bestand';
import { ELDER, householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { libreOfficeXlsx, runImport, xlsxBytes } from './importHelpers';
import { countRows, departmentIds, openTestBackEnd, tempDir, type TestBackEnd } from './testBackEnd';

// Today is 2026-11-26.
let t: TestBackEnd;
let contractList: Buffer;

const HEAD =
  'Kontraktsnr;Personnr;Objektnr;Adress;Förvaltning;Fr.o.m.;T.o.m.;Månadshyra;Skäl för avstående;Avstående;Ansökan skickad;Status';

// Made by LibreOffice from CSV: a title row, Swedish headings, 10-digit personnummer, a row found by address.
beforeAll(() => {
  contractList = libreOfficeXlsx(
    tempDir('bostad-lo-'),
    'kontrakt',
    [
      'Kommunala kontrakt 2026;;;;;;;;;;;',
      HEAD,
      'KK-2025-0012;851024-2392;MOD-0001;;SOF;2026-11-01;2028-10-31;6 500 kr;Genomgångsbostad inom Bostad Först;Ansökan inskickad;2026-10-20;Aktivt',
      ';881221-2382;;Vasatorpsvägen 14;;2026-09-01;2027-08-31;5 900 kr;Träningslägenhet;Ej ansökt;;Aktivt',
      ';500821-2226;MOD-0003;;VOF;2027-01-01;2028-12-31;4 000;;;;Utkast',
    ].join('\n'),
  );
}, 120_000);

beforeEach(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  const d = await departmentIds(t);
  for (const [n, objectNumber] of ['MOD-0001', 'MOD-0002', 'MOD-0003'].entries())
    await t.call('units.create', modulbostadInput(d['FF']!, { objectNumber, address: `Vasatorpsvägen ${12 + 2 * n}` }));
  await t.call('households.create', householdInput(d['SOF']!));
  await t.call(
    'households.create',
    householdInput(d['AMF']!, {
      members: [member('Erik Berg', OTHER_ADULT, true)],
      householdSize: 1,
      childrenCount: 0,
    }),
  );
  await t.call(
    'households.create',
    householdInput(d['VOF']!, { members: [member('Greta Äldre', ELDER, true)], householdSize: 1, childrenCount: 0 }),
  );
});
afterEach(async () => {
  await t.close();
});

async function contracts() {
  return (await t.backEnd.database
    .knex('municipalContracts')
    .join('units', 'units.id', 'municipalContracts.unitId')
    .orderBy('contractNumber')
    .select(
      'contractNumber',
      'units.objectNumber',
      'municipalContracts.status',
      'monthlyRent',
      'municipalContracts.version',
    )) as {
    contractNumber: string;
    objectNumber: string;
    status: string;
    monthlyRent: number;
    version: number;
  }[];
}

async function unitStatuses(): Promise<Record<string, string>> {
  const rows = await t.backEnd.database.knex('units').orderBy('objectNumber').select('objectNumber', 'status');
  return Object.fromEntries(rows.map((u) => [u.objectNumber, u.status]));
}

describe('import of kommunala kontrakt', () => {
  it('reads a LibreOffice list, activates as the app does, finds a re-import unchanged, updates, and reverts', async () => {
    const run = await runImport(t, 'contracts', contractList, 'kontrakt.xlsx');
    expect(run.inspect.columns.map((c) => c.field)).toEqual([
      'contractNumber',
      'holderIdentity',
      'unit',
      'unitAddress',
      'referringDepartment',
      'startDate',
      'endDate',
      'monthlyRent',
      'waiverGround',
      'waiverStatus',
      'waiverApplicationDate',
      'status',
    ]);
    expect(run.preview.counts).toEqual({ new: 3, update: 0, unchanged: 0, refused: 0 });
    // Personnummer are masked in the preview, as in every list.
    expect(JSON.stringify(run.preview)).not.toContain('2392');
    expect(run.job.status).toBe('done');
    // The list's own number is kept and the series moves past it; the others are numbered from this year's series.
    expect(await contracts()).toEqual([
      { contractNumber: 'KK-2025-0012', objectNumber: 'MOD-0001', status: 'aktivt', monthlyRent: 650000, version: 1 },
      { contractNumber: 'KK-2026-0001', objectNumber: 'MOD-0002', status: 'aktivt', monthlyRent: 590000, version: 1 },
      { contractNumber: 'KK-2026-0002', objectNumber: 'MOD-0003', status: 'utkast', monthlyRent: 400000, version: 1 },
    ]);
    expect(await t.backEnd.database.knex('contractNumberSeries').orderBy('year').select('year', 'lastNumber')).toEqual([
      { year: 2025, lastNumber: 12 },
      { year: 2026, lastNumber: 2 },
    ]);
    expect(await unitStatuses()).toEqual({ 'MOD-0001': 'uthyrd', 'MOD-0002': 'uthyrd', 'MOD-0003': 'ledig' });
    // The referring department falls back to the household's (AMF for Erik Berg); the activation is in the phase history.
    const erik = (await t.call('contracts.list', { search: 'KK-2026-0001' })).rows[0]!;
    expect(erik).toMatchObject({ referringDepartmentCode: 'AMF', phase: 'uthyrning', holderName: 'Erik Berg' });
    expect(await t.call('contracts.phaseHistory', { id: erik.id })).toMatchObject([
      { fromPhase: null, toPhase: 'uthyrning', note: 'Kontraktet inläst som aktivt.' },
    ]);

    // The same list again: every row matched (numbers, or unit, household and start), nothing written.
    const again = await runImport(t, 'contracts', contractList, 'kontrakt.xlsx');
    expect(again.preview.counts).toEqual({ new: 0, update: 0, unchanged: 3, refused: 0 });

    // A second list, made by ExcelJS: a new rent, and the draft now in force.
    const second = await xlsxBytes([
      {
        name: 'Kontrakt',
        rows: [
          HEAD.split(';'),
          [
            'KK-2025-0012',
            '198510242392',
            'MOD-0001',
            null,
            'SOF',
            '2026-11-01',
            '2028-10-31',
            '6 700 kr',
            'Genomgångsbostad inom Bostad Först',
            'Ansökan inskickad',
            '2026-10-20',
            'Aktivt',
          ],
          [
            'KK-2026-0001',
            '881221-2382',
            'MOD-0002',
            null,
            'AMF',
            '2026-09-01',
            '2027-08-31',
            5900,
            'Träningslägenhet',
            'Ej ansökt',
            null,
            'Aktivt',
          ],
          [
            'KK-2026-0002',
            '500821-2226',
            'MOD-0003',
            null,
            'VOF',
            '2027-01-01',
            '2028-12-31',
            4000,
            'Stödboende med uppföljning av VOF',
            null,
            null,
            'Aktivt',
          ],
        ],
      },
    ]);
    const update = await runImport(t, 'contracts', second, 'kontrakt-2.xlsx');
    expect(update.preview.counts).toEqual({ new: 0, update: 2, unchanged: 1, refused: 0 });
    expect(update.job.status).toBe('done');
    expect((await contracts()).map((c) => [c.contractNumber, c.status, c.monthlyRent])).toEqual([
      ['KK-2025-0012', 'aktivt', 670000],
      ['KK-2026-0001', 'aktivt', 590000],
      ['KK-2026-0002', 'aktivt', 400000],
    ]);
    expect((await unitStatuses())['MOD-0003']).toBe('uthyrd');

    // Reverting the update: the old rent, the draft a draft again, its unit free again.
    await t.call('imports.revert', { id: update.job.batchId! });
    expect((await contracts()).map((c) => [c.contractNumber, c.status, c.monthlyRent])).toEqual([
      ['KK-2025-0012', 'aktivt', 650000],
      ['KK-2026-0001', 'aktivt', 590000],
      ['KK-2026-0002', 'utkast', 400000],
    ]);
    expect((await unitStatuses())['MOD-0003']).toBe('ledig');

    // Edited since: the first batch can no longer be reverted, and nothing changes.
    const [first] = await contracts();
    const stored = (await t.call('contracts.list', { search: 'KK-2025-0012' })).rows[0]!;
    await t.call('contracts.update', {
      unitId: stored.unitId,
      leaseId: stored.leaseId,
      householdId: stored.householdId,
      referringDepartmentId: stored.referringDepartmentId,
      startDate: stored.startDate,
      endDate: stored.endDate,
      monthlyRent: 660000,
      waiverGround: stored.waiverGround,
      waiverStatus: stored.waiverStatus,
      waiverApplicationDate: stored.waiverApplicationDate,
      waiverDecisionDate: null,
      waiverCaseNumber: null,
      landlordNotifiedDate: null,
      notes: null,
      id: stored.id,
      version: stored.version,
    });
    const refusedRevert = await t.send('imports.revert', { id: run.job.batchId! });
    expect(refusedRevert).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!refusedRevert.ok) expect(refusedRevert.error.message).toMatch(/Kontraktet KK-2025-0012 har ändrats av/);
    expect(await countRows(t, 'municipalContracts')).toBe(3);
    expect(first!.contractNumber).toBe('KK-2025-0012');
  });

  it('refuses the whole file for one bad row, and a warning is read in only when the row confirms it', async () => {
    const list = await xlsxBytes([
      {
        name: 'Kontrakt',
        rows: [
          [...HEAD.split(';'), 'Bekräfta varning'],
          [
            null,
            '851024-2392',
            'MOD-0001',
            null,
            'SOF',
            '2026-11-01',
            '2028-10-31',
            6500,
            'Genomgångsbostad',
            null,
            null,
            'Aktivt',
            null,
          ],
          // The same unit, overlapping: one contract per unit at a time.
          [
            null,
            '881221-2382',
            'MOD-0001',
            null,
            'AMF',
            '2027-06-01',
            '2028-05-31',
            5900,
            'Träning',
            null,
            null,
            'Aktivt',
            null,
          ],
          // In force without a stated ground for the waiver.
          [
            null,
            '500821-2226',
            'MOD-0003',
            null,
            'VOF',
            '2026-12-01',
            '2027-11-30',
            4000,
            null,
            null,
            null,
            'Aktivt',
            null,
          ],
          // Five years: the hyresnämnd normally approves a waiver only for four.
          [
            null,
            '881221-2382',
            'MOD-0002',
            null,
            'AMF',
            '2026-12-01',
            '2031-11-30',
            5900,
            'Träning',
            null,
            null,
            'Aktivt',
            null,
          ],
        ],
      },
    ]);
    const run = await runImport(t, 'contracts', list, 'fel.xlsx');
    expect(run.preview.counts).toEqual({ new: 1, update: 0, unchanged: 0, refused: 3 });
    const problems = run.preview.rows.map((r) => r.problems.map((p) => `${p.field}: ${p.message}`).join(' '));
    expect(problems[1]).toMatch(/^unit: Bostad: bostaden hyrs ut på raden 2 i filen under samma tid/);
    expect(problems[2]).toMatch(/^waiverGround: Skäl för avstående från besittningsskydd: måste anges/);
    expect(problems[3]).toMatch(/^acknowledgeWarnings: Bekräfta varning: Avtalstiden är längre än 4 år/);
    expect(run.job).toMatchObject({ status: 'failed' });
    expect(run.job.message).toMatch(/3 rader avvisades; ingenting lästes in/);
    expect(await countRows(t, 'municipalContracts')).toBe(0);
    expect(await countRows(t, 'importBatches')).toBe(0);
    expect(await unitStatuses()).toEqual({ 'MOD-0001': 'ledig', 'MOD-0002': 'ledig', 'MOD-0003': 'ledig' });

    // The long one confirmed in the preview, and only the approved rows read in.
    const fixed = await runImport(t, 'contracts', list, 'fel.xlsx', {
      mode: 'approved',
      fixes: { '5': { acknowledgeWarnings: 'Ja' } },
    });
    expect(fixed.preview.counts).toEqual({ new: 2, update: 0, unchanged: 0, refused: 2 });
    expect(fixed.job.status).toBe('done');
    const long = (await t.backEnd.database.knex('municipalContracts').where({ endDate: '2031-11-30' }).first())!;
    expect(JSON.parse(long.acknowledgedWarnings!)).toEqual([expect.stringMatching(/längre än 4 år/)]);
  });
});

describe('reverting an import', () => {
  it('is refused, naming them, while records registered since rest on what it created', async () => {
    const d = await departmentIds(t);
    const units = await xlsxBytes([
      {
        name: 'Bostäder',
        rows: [
          ['Objektnr', 'Typ', 'Användning', 'Adress', 'Förvaltning'],
          ['MOD-0101', 'Modulbostad', 'Akutboende', 'Väla 1', 'FF'],
          ['MOD-0102', 'Modulbostad', 'Akutboende', 'Väla 2', 'FF'],
        ],
      },
    ]);
    const run = await runImport(t, 'units', units, 'bostader.xlsx');
    expect(run.job.status).toBe('done');
    const unit = (await t.backEnd.database.knex('units').where({ objectNumber: 'MOD-0101' }).first('id'))!;
    const household = (await t.backEnd.database
      .knex('households')
      .where({ holderName: 'Anna Andersson' })
      .first('id'))!;
    const draft = await t.call('contracts.create', {
      unitId: unit.id,
      householdId: household.id,
      referringDepartmentId: d['SOF']!,
      startDate: '2026-12-01',
      endDate: '2027-11-30',
      monthlyRent: 500000,
      waiverGround: 'Akutboende',
      waiverStatus: 'ej_ansokt',
      waiverApplicationDate: null,
      waiverDecisionDate: null,
      waiverCaseNumber: null,
      landlordNotifiedDate: null,
      notes: null,
    });
    const audits = await countRows(t, 'auditLog');
    const refusal = await t.send('imports.revert', { id: run.job.batchId! });
    expect(refusal).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!refusal.ok)
      expect(refusal.error.message).toBe(
        `Inläsning ${run.job.batchId} kan inte ångras: bostaden MOD-0101 används av kommunalt kontrakt ${draft.contractNumber}, som inte kom med inläsningen. Ta bort eller ändra den posten först. Ingenting ändrades.`,
      );
    expect(await countRows(t, 'units')).toBe(5);
    expect(await countRows(t, 'auditLog')).toBe(audits);
  });

  it('keeps every value of a record it takes out, with its members, in the audit row that names the batch', async () => {
    const list = await xlsxBytes([
      {
        name: 'Hushåll',
        rows: [
          ['Namn', 'Personnr', 'Medsökande', 'Medsökandes personnummer', 'Målgrupp', 'Förvaltning'],
          ['Sam Samordning', '220891-2390', 'Vera Samordning', null, 'Nyanlända', 'AMF'],
        ],
      },
    ]);
    const run = await runImport(t, 'households', list, 'hushall.xlsx', {
      mapping: (m) => m.map((f) => (f === 'coName' || f === 'coIdentity' ? null : f)),
    });
    expect(run.job.status).toBe('done');
    const created = (await t.backEnd.database.knex('households').where({ holderName: 'Sam Samordning' }).first())!;
    await t.call('imports.revert', { id: run.job.batchId! });
    expect(await t.backEnd.database.knex('households').where({ id: created.id }).first()).toBeUndefined();
    const audit = (await t.backEnd.database
      .knex('auditLog')
      .where({ entity: 'household', entityId: created.id, action: 'import-revert' })
      .first())!;
    expect(audit.importBatchId).toBe(run.job.batchId);
    const before = JSON.parse(audit.before!) as Record<string, unknown>;
    expect(before).toMatchObject({
      ...created,
      members: [expect.objectContaining({ name: 'Sam Samordning', isHolder: true })],
    });
  });
});
