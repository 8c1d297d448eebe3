/**
 * Each follow-up figure over a small fixed history, including records that
 * change status in the middle of a year, and Bevakning's reminders.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computeModel } from '../../electron/features/followup/service';
import type { FollowupModel } from '../../shared/followup/schema';
import { modulbostadInput } from '../fixtures/bestand';
import { householdInput } from '../fixtures/households';
import { departmentIds, openTestBackEnd, serviceContext, tempDir, type TestBackEnd } from './testBackEnd';
import { dischargeInput } from '../fixtures/onward';

const open: TestBackEnd[] = [];
async function backEnd(today: string, dbPath?: string): Promise<TestBackEnd> {
  const t = await openTestBackEnd({ today, ...(dbPath ? { dbPath } : {}) });
  open.push(t);
  return t;
}
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});

const ctx = (t: TestBackEnd) => serviceContext(t);
const values = (m: FollowupModel, action: string, key: string) =>
  m.actions.find((a) => a.action === action)!.figures.find((f) => f.key === key)!.values;

async function household(t: TestBackEnd): Promise<number> {
  const d = await departmentIds(t);
  return (await t.call('households.create', householdInput(d['SOF']!))).id;
}

describe('figures over a small fixed history', () => {
  it('counts an eviction risk warned in one year and prevented in the next in each year by its own dates', async () => {
    const t = await backEnd('2026-11-26');
    const householdId = await household(t);
    const risk = await t.call('evictionRisks.create', {
      householdId,
      contractId: null,
      landlordId: null,
      cause: 'storning',
      warningDate: '2025-11-01',
      socialNoticeDate: '2025-11-03',
      departments: ['SOF', 'HBGHEM'],
      actions: 'Hembesök',
      outcome: null,
      outcomeDate: null,
      notes: null,
    });
    expect(risk.departments).toEqual(['SOF', 'HBGHEM']);
    await t.call('evictionRisks.update', { ...risk, outcome: 'avvard', outcomeDate: '2026-03-15' });
    const m = await computeModel(ctx(t), 2026, '2026-11-26');
    expect(values(m, '3:8', 'new')).toEqual([0, 1, 0]);
    expect(values(m, '3:8', 'cause_storning')).toEqual([0, 1, 0]);
    expect(values(m, '3:8', 'open')).toEqual([0, 1, 0]);
    expect(values(m, '3:8', 'avvard')).toEqual([0, 0, 1]);
    expect(values(m, '3:8', 'preventedShare')).toEqual([null, null, 100]);
    // As of a date before the outcome, the risk is still open in 2026.
    const march = await computeModel(ctx(t), 2026, '2026-03-01');
    expect(values(march, '3:8', 'open')).toEqual([0, 1, 1]);
    expect(values(march, '3:8', 'avvard')).toEqual([0, 0, 0]);
  });

  it('moves a discharge from open to homelessness when its outcome is recorded, and refuses an outcome without a date', async () => {
    const t = await backEnd('2026-11-26');
    const householdId = await household(t);
    const input = {
      householdId,
      plannedDate: '2026-05-01',
      fromKind: 'lvm' as const,
      institution: 'Najaden',
      outcome: null,
      outcomeDate: null,
      notes: null,
    };
    const d = await t.call('discharges.create', input);
    let m = await computeModel(ctx(t), 2026, '2026-11-26');
    expect(values(m, '3:2', 'open')).toEqual([0, 0, 1]);
    expect(values(m, '3:2', 'homelessShare')).toEqual([null, null, null]);
    const bad = await t.send('discharges.update', { ...d, outcome: 'hemloshet', outcomeDate: '' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message + JSON.stringify(bad.error.fields)).toMatch(/Datum för utfall/);
    await t.call('discharges.update', { ...d, outcome: 'hemloshet', outcomeDate: '2026-05-01' });
    m = await computeModel(ctx(t), 2026, '2026-11-26');
    expect(values(m, '3:2', 'open')).toEqual([0, 0, 0]);
    expect(values(m, '3:2', 'hemloshet')).toEqual([0, 0, 1]);
    expect(values(m, '3:2', 'homelessShare')).toEqual([null, null, 100]);
  });

  it('counts a unit in Bostad Först from the day its use changed, not before', async () => {
    const dbPath = path.join(tempDir(), 'history.sqlite');
    const march = await backEnd('2026-03-01', dbPath);
    const d = await departmentIds(march);
    const unit = await march.call('units.create', modulbostadInput(d['FF']!, { use: 'akutboende' }));
    await march.close();
    open.splice(0);
    const july = await backEnd('2026-07-01', dbPath);
    await july.call('units.update', {
      ...modulbostadInput(d['FF']!, { use: 'bostad_forst' }),
      id: unit.id,
      version: unit.version,
    });
    const may = await computeModel(ctx(july), 2026, '2026-05-01');
    expect(values(may, '3:10', 'units')).toEqual([0, 0, 0]);
    expect(values(may, '3:7', 'stock_modulbostad')).toEqual([0, 0, 1]);
    const now = await computeModel(ctx(july), 2026, '2026-07-01');
    expect(values(now, '3:10', 'units')).toEqual([0, 0, 1]);
    expect(values(now, '3:10', 'growth')).toEqual([0, 0, 1]);
    expect(values(now, '3:7', 'stock_modulbostad')).toEqual([0, 0, 1]);
  });
});

describe('Bevakning', () => {
  it('shows a discharge within 60 days with no housing, and not once housing is arranged', async () => {
    const t = await backEnd('2026-11-26');
    const householdId = await household(t);
    const d = await t.call('discharges.create', dischargeInput(householdId));
    let watch = await t.call('watch.list', { kinds: ['discharge.noHousing'], horizonDays: 30 });
    expect(watch.items.map((i) => i.entityId)).toEqual([d.id]);
    await t.call('discharges.update', { ...d, outcome: 'fore', outcomeDate: '2026-11-26' });
    watch = await t.call('watch.list', { kinds: ['discharge.noHousing'] });
    expect(watch.items).toEqual([]);
  });

  it('reminds FF in August that the September report is due, until it is approved', async () => {
    const july = await backEnd('2026-07-31');
    expect((await july.call('watch.list', { kinds: ['followup.reportDue'] })).items).toEqual([]);
    const august = await backEnd('2026-08-10', july.dbPath);
    const items = (await august.call('watch.list', { kinds: ['followup.reportDue'] })).items;
    expect(items).toHaveLength(1);
    expect(items[0]!.date).toBe('2026-09-01');
    await august.call('followup.approve', { year: 2026 });
    expect((await august.call('watch.list', { kinds: ['followup.reportDue'] })).items).toEqual([]);
    const audit = await august.backEnd.database.knex('auditLog').where({ entity: 'followupReport', action: 'approve' });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('testare');
  });

  it('reports a comment conflict instead of overwriting', async () => {
    const t = await backEnd('2026-11-26');
    const first = await t.call('followup.saveComment', { year: 2026, action: '3:10', comment: 'Först', version: 0 });
    expect(first.version).toBe(1);
    const stale = await t.send('followup.saveComment', { year: 2026, action: '3:10', comment: 'Sen', version: 0 });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    const comments = await t.call('followup.comments', { year: 2026 });
    expect(comments.map((c) => c.comment)).toEqual(['Först']);
    // The id the form reads the comment again by after such a conflict.
    expect(comments[0]?.id).toBe(first.id);
  });
});
