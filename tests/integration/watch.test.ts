import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modulbostadInput } from '../fixtures/bestand';
import { contractInput, householdInput } from '../fixtures/households';
import { openTestBackEnd, type TestBackEnd, departmentIds } from './testBackEnd';

let t: TestBackEnd;
let ff: number;
beforeEach(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  ff = (await departmentIds(t))['FF']!;
});
afterEach(async () => {
  await t.close();
});

describe('Bevakning (watch list)', () => {
  it('lists building permits ending within the horizon, overdue first, and counts them', async () => {
    await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-1', permitEndDate: '2027-03-01' }));
    await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-2', permitEndDate: '2026-11-01' }));
    await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-3', permitEndDate: '2027-12-31' }));
    await t.call(
      'units.create',
      modulbostadInput(ff, { objectNumber: 'MOD-4', permitEndDate: '2026-12-01', status: 'avvecklad' }),
    );

    const { items, counts } = await t.call('watch.list', {});
    expect(items.map((i) => [i.title.split(',')[0], i.daysLeft])).toEqual([
      ['MOD-2', -25],
      ['MOD-1', 95],
    ]);
    expect(items[0]!.route).toMatch(/^bostader\/\d+$/);
    expect(items[0]!.detail).toMatch(/gick ut 2026-11-01/);
    expect(counts).toEqual([{ kind: 'unit.permitEnds', total: 2, overdue: 1 }]);

    const wide = await t.call('watch.list', { horizonDays: 400 });
    expect(wide.items.map((i) => i.title.split(',')[0])).toEqual(['MOD-2', 'MOD-1', 'MOD-3']);
  });

  it('gives the first items by date up to the limit, and counts all of them exactly; limit 0 gives the counts only', async () => {
    for (const [n, date] of [
      [1, '2027-02-01'],
      [2, '2026-10-01'],
      [3, '2027-01-01'],
      [4, '2026-12-01'],
      [5, '2026-11-30'],
    ] as const) {
      await t.call('units.create', modulbostadInput(ff, { objectNumber: `MOD-${n}`, permitEndDate: date }));
    }
    const first = await t.call('watch.list', { limit: 2 });
    expect(first.items.map((i) => i.title.split(',')[0])).toEqual(['MOD-2', 'MOD-5']);
    expect(first.total).toBe(5);
    expect(first.counts).toEqual([{ kind: 'unit.permitEnds', total: 5, overdue: 1 }]);

    const countsOnly = await t.call('watch.list', { limit: 0 });
    expect(countsOnly).toEqual({ items: [], counts: [{ kind: 'unit.permitEnds', total: 5, overdue: 1 }], total: 5 });
    // Another kind asked for: nothing listed, the counts of every kind still there.
    expect(await t.call('watch.list', { kinds: ['lease.ends'] })).toEqual({
      items: [],
      counts: first.counts,
      total: 0,
    });

    // The first items are the soonest across kinds: a contract ending on 2026-11-28 comes between two permits.
    const sof = (await departmentIds(t))['SOF']!;
    const unitId = (await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-9', permitEndDate: null })))
      .id;
    const householdId = (await t.call('households.create', householdInput(sof))).id;
    const draft = await t.call(
      'contracts.create',
      contractInput(
        { unitId, householdId, referringDepartmentId: sof },
        {
          startDate: '2026-06-01',
          endDate: '2026-11-28',
          waiverStatus: 'godkand',
          waiverApplicationDate: '2026-05-01',
          waiverDecisionDate: '2026-05-20',
          waiverCaseNumber: '12-26',
        },
      ),
    );
    await t.call('contracts.activate', { id: draft.id, version: draft.version });
    const mixed = await t.call('watch.list', { limit: 3 });
    expect(mixed.items.map((i) => [i.kind, i.date])).toEqual([
      ['unit.permitEnds', '2026-10-01'],
      ['contract.ending', '2026-11-28'],
      ['unit.permitEnds', '2026-11-30'],
    ]);
    expect(mixed.total).toBe(6);
  });

  it('refuses a horizon outside 1–3650 days with a Swedish message', async () => {
    const result = await t.send('watch.list', { horizonDays: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.['horizonDays']).toMatch(/^Horisont \(dagar\): minst 1/);
  });
});
