/**
 * The registers of discharges and eviction risks as lists: their quick
 * search is the list's own (ListSpec.search over the household's search
 * text, dashes part words), and "only open ones" narrows rows and count alike.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';
import { dischargeInput } from '../fixtures/onward';

const open: TestBackEnd[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});

async function twoHouseholds(t: TestBackEnd): Promise<{ anna: number; bertil: number }> {
  const d = await departmentIds(t);
  const anna = (await t.call('households.create', householdInput(d['SOF']!))).id;
  const bertil = (
    await t.call(
      'households.create',
      householdInput(d['SOF']!, {
        members: [member('Bertil Berg', OTHER_ADULT, true)],
        householdSize: 1,
        childrenCount: 0,
      }),
    )
  ).id;
  return { anna, bertil };
}

const list = { withTotal: true };

describe('the discharges list', () => {
  it('finds by the holder’s name or masked birth date and counts only the open ones when asked', async () => {
    const t = await openTestBackEnd({ today: '2026-11-26' });
    open.push(t);
    const { anna, bertil } = await twoHouseholds(t);
    const discharge = (householdId: number, outcome: 'fore' | null) =>
      dischargeInput(householdId, outcome ? { outcome, outcomeDate: '2026-11-20' } : {});
    await t.call('discharges.create', discharge(anna, null));
    await t.call('discharges.create', discharge(bertil, 'fore'));

    const byName = await t.call('discharges.list', { ...list, search: 'bertil BERG', openOnly: false });
    expect(byName.rows.map((r) => r.holderName)).toEqual(['Bertil Berg']);
    expect(byName.total).toBe(1);
    // The birth date as the list masks it, dashes and stars included.
    const byBirth = await t.call('discharges.list', { ...list, search: '19851024-****', openOnly: false });
    expect(byBirth.rows.map((r) => r.holderName)).toEqual(['Anna Andersson']);
    const openOnes = await t.call('discharges.list', { ...list, search: '', openOnly: true });
    expect(openOnes.rows.map((r) => r.holderName)).toEqual(['Anna Andersson']);
    expect(openOnes.total).toBe(1);
    const openBertil = await t.call('discharges.list', { ...list, search: 'Bertil', openOnly: true });
    expect(openBertil).toEqual({ rows: [], total: 0 });
  });
});

describe('the eviction risks list', () => {
  it('finds by the holder’s name and counts only the open ones when asked', async () => {
    const t = await openTestBackEnd({ today: '2026-11-26' });
    open.push(t);
    const { anna, bertil } = await twoHouseholds(t);
    const risk = (householdId: number, outcome: 'avvard' | null) => ({
      householdId,
      contractId: null,
      landlordId: null,
      cause: 'storning' as const,
      warningDate: '2026-11-01',
      socialNoticeDate: null,
      departments: ['SOF' as const],
      actions: null,
      outcome,
      outcomeDate: outcome ? '2026-11-20' : null,
      notes: null,
    });
    await t.call('evictionRisks.create', risk(anna, 'avvard'));
    await t.call('evictionRisks.create', risk(bertil, null));

    const byName = await t.call('evictionRisks.list', { ...list, search: 'anna', openOnly: false });
    expect(byName.rows.map((r) => r.holderName)).toEqual(['Anna Andersson']);
    expect(byName.total).toBe(1);
    const openOnes = await t.call('evictionRisks.list', { ...list, search: '', openOnly: true });
    expect(openOnes.rows.map((r) => r.holderName)).toEqual(['Bertil Berg']);
    expect(openOnes.total).toBe(1);
    const all = await t.call('evictionRisks.list', { ...list, search: '', openOnly: false });
    expect(all.total).toBe(2);
  });
});
