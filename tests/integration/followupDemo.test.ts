/**
 * Uppföljning over the demo's three years: figures as of three dates agree
 * with counts made here from the raw rows, an approved report stays as it
 * was after later edits, and the workbook holds the screen's figures.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBestand } from '../../electron/demo/bestand';
import { seedFollowup } from '../../electron/demo/followup';
import { seedHouseholds } from '../../electron/demo/households';
import { seedLandAgreements } from '../../electron/demo/landAgreements';
import { seedLeases } from '../../electron/demo/leases';
import { seedOnward } from '../../electron/demo/onward';
import { Random } from '../../electron/demo/random';
import { finishedExportFile } from '../../electron/features/exports/jobs';
import { computeModel } from '../../electron/features/followup/service';
import type { FollowupModel } from '../../shared/followup/schema';
import { waitForJob } from './exportHelpers';
import { openTestBackEnd, serviceContext, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
beforeAll(async () => {
  t = await openTestBackEnd();
  const random = new Random();
  const bestand = await seedBestand(t.backEnd, random, 300);
  await seedLeases(t.backEnd, random, bestand);
  await seedHouseholds(t.backEnd, random, bestand);
  await seedOnward(t.backEnd, random, bestand);
  await seedLandAgreements(t.backEnd, random, bestand);
  await seedFollowup(t.backEnd, random);
}, 300_000);
afterAll(async () => {
  await t.close();
});

const ctx = () => serviceContext(t);

function values(model: FollowupModel, action: string, key: string): (number | null)[] {
  return model.actions.find((a) => a.action === action)!.figures.find((f) => f.key === key)!.values;
}

describe('figures as of three dates over the demo data', () => {
  for (const asOf of ['2024-12-31', '2025-09-01', '2026-11-26']) {
    it(`counts discharges, eviction outcomes and contracts in force as the raw rows say, as of ${asOf}`, async () => {
      const year = Number(asOf.slice(0, 4));
      const model = await computeModel(ctx(), year, asOf);
      const db = t.backEnd.database.knex;
      const discharges = (await db('discharges').whereNull('archivedAt').select('plannedDate', 'outcome')) as {
        plannedDate: string;
        outcome: string | null;
      }[];
      const contracts = (await db('municipalContracts').select('status', 'startDate', 'endedOn')) as {
        status: string;
        startDate: string;
        endedOn: string | null;
      }[];
      const risks = (await db('evictionRisks').select('outcome', 'outcomeDate', 'warningDate')) as {
        outcome: string | null;
        outcomeDate: string | null;
        warningDate: string;
      }[];
      expect(model.years).toEqual([year - 2, year - 1, year]);
      for (const [i, y] of model.years.entries()) {
        const last = y === year ? asOf : `${y}-12-31`;
        const inYear = (d: string | null) => d !== null && d >= `${y}-01-01` && d <= last;
        expect(values(model, '3:2', 'planned')[i]).toBe(discharges.filter((d) => inYear(d.plannedDate)).length);
        expect(values(model, '3:2', 'hemloshet')[i]).toBe(
          discharges.filter((d) => inYear(d.plannedDate) && d.outcome === 'hemloshet').length,
        );
        expect(values(model, '3:3', 'inForce')[i]).toBe(
          contracts.filter(
            (c) => c.status !== 'utkast' && c.startDate <= last && (c.endedOn === null || c.endedOn > last),
          ).length,
        );
        expect(values(model, '3:8', 'avvard')[i]).toBe(
          risks.filter((r) => r.outcome === 'avvard' && inYear(r.outcomeDate)).length,
        );
        expect(values(model, '3:8', 'open')[i]).toBe(
          risks.filter((r) => r.warningDate <= last && (r.outcomeDate === null || r.outcomeDate > last)).length,
        );
      }
      // Every chart has something to show on the demo data (its three years end today).
      if (asOf === '2026-11-26')
        for (const a of model.actions) {
          for (const c of a.charts)
            expect(
              c.series.some((s) => s.data.some((v) => (v ?? 0) > 0)),
              `${a.action} ${c.title}`,
            ).toBe(true);
        }
    });
  }

  it('grows Bostad Först over the three years of demo history', async () => {
    const model = await computeModel(ctx(), 2026, '2026-11-26');
    const units = values(model, '3:10', 'units') as number[];
    expect(units[0]).toBeLessThan(units[2]!);
    expect(values(model, '3:10', 'goal')).toEqual([10, 10, 10]);
  });
});

describe('an approved report is frozen', () => {
  it('keeps last year’s figures and comments after later registrations and edits, and refuses new comments', async () => {
    const before = await t.call('followup.view', { year: 2025 });
    expect(before.approved).not.toBeNull();
    const pdfBefore = await t.call('documents.render', { kind: 'steeringReport', ids: [2025] });
    const household = ((await t.backEnd.database.knex('households').first('id')) as { id: number }).id;
    await t.call('discharges.create', {
      householdId: household,
      plannedDate: '2025-06-10',
      fromKind: 'anstalt',
      institution: '',
      outcome: 'hemloshet',
      outcomeDate: '2025-06-10',
      notes: '',
    });
    // An edit of a record the report counted: a 2025 discharge that was housed becomes one to homelessness.
    const housed = (await t.backEnd.database
      .knex('discharges')
      .where('plannedDate', '>=', '2025-01-01')
      .where('plannedDate', '<=', '2025-12-31')
      .whereNot('outcome', 'hemloshet')
      .whereNotNull('outcome')
      .whereNull('archivedAt')
      .first('id')) as { id: number };
    const edited = await t.call('discharges.get', { id: housed.id });
    await t.call('discharges.update', {
      ...edited,
      institution: edited.institution ?? '',
      notes: edited.notes ?? '',
      outcome: 'hemloshet',
      outcomeDate: edited.outcomeDate ?? '2025-06-10',
    });
    // And the Bostad Först goal set in Inställningar afterwards.
    const goal = await t.call('settings.followup', {});
    await t.call('settings.setFollowup', { value: { bostadForstGoalPerYear: 25 }, version: goal.version });
    const live = await computeModel(ctx(), 2025, '2025-12-31');
    expect(values(live, '3:2', 'hemloshet')[2]).toBe(values(before, '3:2', 'hemloshet')[2]! + 2);
    expect(values(live, '3:10', 'goal')[2]).toBe(25);
    expect(values(before, '3:10', 'goal')[2]).toBe(10);
    const after = await t.call('followup.view', { year: 2025 });
    expect(after.actions).toEqual(before.actions);
    expect(after.boverket).toEqual(before.boverket);
    const pdfAfter = await t.call('documents.render', { kind: 'steeringReport', ids: [2025] });
    const strip = (h: string) => h.replace(/Utskrivet \d{4}-\d{2}-\d{2}/, '');
    expect(strip(pdfAfter.html)).toBe(strip(pdfBefore.html));
    const refused = await t.send('followup.saveComment', { year: 2025, action: '3:2', comment: 'Sent', version: 1 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/fastställd/);
    const again = await t.send('followup.approve', { year: 2025 });
    expect(again.ok).toBe(false);
    // The approved year's workbook holds the frozen figures too, not today's.
    const job = await waitForJob(t, await t.call('exports.followup', { year: 2025 }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(finishedExportFile(job.id).file);
    const sheet32 = workbook.worksheets.find((w) => w.name.startsWith('3.2'))!;
    const row = before.actions.find((a) => a.action === '3:2')!.figures.findIndex((f) => f.key === 'hemloshet') + 2;
    expect(sheet32.getRow(row).getCell(4).value).toBe(values(before, '3:2', 'hemloshet')[2]);
  });
});

describe('the workbook', () => {
  it('holds one sheet per action with the figures the screen shows, and Boverket’s table', async () => {
    const view = await t.call('followup.view', { year: 2026 });
    const job = await waitForJob(t, await t.call('exports.followup', { year: 2026 }));
    expect(job.status).toBe('done');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(finishedExportFile(job.id).file);
    expect(workbook.worksheets).toHaveLength(11);
    for (const [i, action] of view.actions.entries()) {
      const sheet = workbook.worksheets[i]!;
      expect(sheet.name.startsWith(action.action.replace(':', '.'))).toBe(true);
      action.figures.forEach((f, r) => {
        const row = sheet.getRow(r + 2);
        expect(row.getCell(1).value).toBe(f.label);
        f.values.forEach((v, c) => expect(row.getCell(c + 2).value ?? null).toBe(v));
      });
    }
    const bme = workbook.getWorksheet('Boverket BME')!;
    view.boverket.forEach((b, r) => expect(bme.getRow(r + 2).getCell(2).value).toBe(b.value));
  });
});
