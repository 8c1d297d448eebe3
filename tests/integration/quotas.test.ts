import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { landlordInput, modulbostadInput } from '../fixtures/bestand';
import { ADULT, CHILD, householdInput, member } from '../fixtures/households';
import { placementInput } from '../fixtures/onward';
import { TEST_PERSONNUMMER } from '../fixtures/testIdentityNumbers';
import { countRows, openTestBackEnd, type TestBackEnd, departmentIds } from './testBackEnd';

// The test back end's today is 2026-11-26; the next grant deadline is 2026-12-10.
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
  await t.call('units.create', modulbostadInput(ff));
  householdId = (await t.call('households.create', householdInput(sof))).id;
});
afterEach(async () => {
  await t.close();
});

/** Test numbers not used by the fixture household (Anna and her child). */
const FREE_NUMBERS = TEST_PERSONNUMMER.filter((n) => n !== ADULT && n !== CHILD);

/** A household of one, with the i-th free Skatteverket test number. */
async function soloHousehold(i: number): Promise<number> {
  const identity = FREE_NUMBERS[i]!;
  return (
    await t.call(
      'households.create',
      householdInput(sof, { members: [member(`Person ${i}`, identity, true)], householdSize: 1, childrenCount: 0 }),
    )
  ).id;
}

describe('quota placements (plan 3:5)', () => {
  it('refuses a placement with a condition left unconfirmed, naming it; nothing is written', async () => {
    await t.call('quotas.create', { landlordId, year: 2026, places: 5, notes: null });
    const result = await t.send('quotas.place', placementInput({ householdId, landlordId }, { noDisturbances: false }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields).toEqual({
      noDisturbances:
        'Inga störningar eller annan problematik: måste vara uppfyllt och bekräftat för en placering inom kvoten (plan 3:5).',
    });
    expect(await countRows(t, 'quotaPlacements')).toBe(0);
  });

  it('refuses a sixth placement in a quota of five without a written reason; with one it is placed and shown beyond the quota', async () => {
    await t.call('quotas.create', { landlordId, year: 2026, places: 5, notes: null });
    await t.call('quotas.create', { landlordId, year: 2025, places: 5, notes: null });
    // Last year's placement counts against last year's quota, not this one.
    await t.call('quotas.place', placementInput({ householdId, landlordId }, { placementDate: '2025-12-31' }));
    expect((await t.call('quotas.list', { year: 2025 }))[0]).toMatchObject({ used: 1, remaining: 4 });
    for (let i = 0; i < 5; i++) {
      await t.call(
        'quotas.place',
        placementInput({ householdId: await soloHousehold(i), landlordId }, { placementDate: `2026-0${i + 1}-15` }),
      );
    }
    expect((await t.call('quotas.list', { year: 2026 }))[0]).toMatchObject({
      used: 5,
      remaining: 0,
      full: true,
      over: 0,
    });

    const sixth = await soloHousehold(5);
    const refused = await t.send(
      'quotas.place',
      placementInput({ householdId: sixth, landlordId }, { placementDate: '2026-09-01' }),
    );
    expect(!refused.ok && refused.error.fields?.['beyondQuotaReason']).toBe(
      'Skäl för placering utöver kvoten: kvoten med Helsingborgshem för 2026 är fylld (5 av 5 platser); skriv varför hushållet ändå placeras.',
    );
    expect(await countRows(t, 'quotaPlacements')).toBe(6);

    const placed = await t.call(
      'quotas.place',
      placementInput(
        { householdId: sixth, landlordId },
        {
          placementDate: '2026-09-01',
          beyondQuotaReason: 'Barnfamilj som annars blir bostadslös; överenskommet med Helsingborgshem.',
        },
      ),
    );
    expect(placed).toMatchObject({
      beyondQuota: true,
      beyondQuotaReason: 'Barnfamilj som annars blir bostadslös; överenskommet med Helsingborgshem.',
    });
    expect((await t.call('quotas.list', { year: 2026 }))[0]).toMatchObject({ used: 6, over: 1 });
    const watch = await t.call('watch.list', { kinds: ['quota.exceeded'] });
    expect(watch.items).toMatchObject([
      { kind: 'quota.exceeded', title: 'Helsingborgshem 2026: 6 av 5 platser', date: '2026-09-01' },
    ]);
  });

  it('a placement with no quota agreed for the year needs a reason too; one quota per landlord and year', async () => {
    const none = await t.send('quotas.place', placementInput({ householdId, landlordId }));
    expect(!none.ok && none.error.fields?.['beyondQuotaReason']).toMatch(
      /det finns ingen kvot med Helsingborgshem för 2026/,
    );
    await t.call('quotas.create', { landlordId, year: 2026, places: 5, notes: null });
    const twice = await t.send('quotas.create', { landlordId, year: 2026, places: 6, notes: null });
    expect(!twice.ok && twice.error.fields?.['year']).toMatch(
      /^År: det finns redan en kvot med Helsingborgshem för 2026/,
    );
  });
});
