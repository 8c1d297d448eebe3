import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { landlordInput, modulbostadInput } from '../fixtures/bestand';
import { householdInput } from '../fixtures/households';
import { guaranteeInput, placementInput } from '../fixtures/onward';
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

describe('rent guarantees', () => {
  it('shows each reason a guarantee does not qualify for the grant, and leaves it out of the grant list', async () => {
    const g = await t.call(
      'guarantees.create',
      guaranteeInput({ householdId, landlordId }, { guaranteedAmount: 1200000, canPayWithoutForsorjningsstod: null }),
    );
    expect(g.grantQualifies).toBe(false);
    expect(g.grantReasons).toEqual([
      'Garantin omfattar 2 månadshyror; den måste omfatta minst sex månadshyror.',
      'Det saknas en bedömning av om hushållet kan betala hyran utan försörjningsstöd.',
    ]);
    expect((await t.call('guarantees.grantList', {})).rows).toEqual([]);
  });

  it('a claim makes it ianspråktagen and adds up; more than what is left of the guarantee is refused', async () => {
    const g = await t.call('guarantees.create', guaranteeInput({ householdId, landlordId }));
    const claimed = await t.call('guarantees.addClaim', {
      id: g.id,
      version: g.version,
      claimDate: '2026-11-02',
      amount: 600000,
      note: 'Hyra för oktober.',
    });
    expect(claimed).toMatchObject({
      status: 'ianspraktagen',
      claimedTotal: 600000,
      claims: [{ claimDate: '2026-11-02', amount: 600000, note: 'Hyra för oktober.', createdBy: 'testare' }],
    });
    const tooMuch = await t.send('guarantees.addClaim', {
      id: g.id,
      version: claimed.version,
      claimDate: '2026-11-20',
      amount: 3000001,
      note: null,
    });
    expect(!tooMuch.ok && tooMuch.error.fields?.['amount']).toBe(
      'Utbetalt belopp: överstiger det som återstår av garantin (30 000 kr av 36 000 kr).',
    );
    expect(await countRows(t, 'guaranteeClaims')).toBe(1);
  });

  it('a stale edit is refused with who saved first', async () => {
    const g = await t.call('guarantees.create', guaranteeInput({ householdId, landlordId }));
    await t.call('guarantees.update', {
      ...guaranteeInput({ householdId, landlordId }),
      leaseReference: 'A-1',
      id: g.id,
      version: g.version,
    });
    const stale = await t.send('guarantees.update', {
      ...guaranteeInput({ householdId, landlordId }),
      leaseReference: 'B-2',
      id: g.id,
      version: g.version,
    });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
    expect((await t.call('guarantees.get', { id: g.id })).leaseReference).toBe('A-1');
  });

  it('"inom kvot" needs the household\'s placement with the landlord', async () => {
    const refused = await t.send(
      'guarantees.create',
      guaranteeInput({ householdId, landlordId }, { withinQuota: true }),
    );
    expect(!refused.ok && refused.error.fields?.['withinQuota']).toMatch(
      /^Inom kvot: hushållet har ingen kvotplacering hos hyresvärden/,
    );
    await t.call('quotas.create', { landlordId, year: 2026, places: 5, notes: null });
    const placement = await t.call('quotas.place', placementInput({ householdId, landlordId }));
    const g = await t.call('guarantees.create', guaranteeInput({ householdId, landlordId }, { withinQuota: true }));
    expect(g).toMatchObject({ withinQuota: true, placementId: placement.id });
  });

  it('marks guarantees as applied for, after which the grant list no longer holds them; Bevakning shows the deadline until then', async () => {
    const g = await t.call('guarantees.create', guaranteeInput({ householdId, landlordId }));
    const watch = await t.call('watch.list', { kinds: ['guarantee.grantDeadline'] });
    expect(watch.items).toMatchObject([{ date: '2026-12-10', daysLeft: 14, route: 'garantier/bidrag' }]);
    await t.call('guarantees.markGrantApplied', {
      guarantees: [{ id: g.id, version: g.version }],
      appliedOn: '2026-11-26',
    });
    expect((await t.call('guarantees.grantList', {})).rows).toEqual([]);
    expect((await t.call('watch.list', { kinds: ['guarantee.grantDeadline'] })).items).toEqual([]);
  });

  it('lists guarantees ending within the horizon in Bevakning', async () => {
    await t.call(
      'guarantees.create',
      guaranteeInput({ householdId, landlordId }, { startDate: '2024-12-01', endDate: '2026-12-31' }),
    );
    const watch = await t.call('watch.list', { kinds: ['guarantee.ends'] });
    expect(watch.items).toMatchObject([
      { kind: 'guarantee.ends', date: '2026-12-31', title: 'Anna Andersson (19851024-****), Södergatan 3' },
    ]);
  });

  it('counts every guarantee ending in Bevakning exactly, beyond the 5 000 a list once stopped at', async () => {
    const g = await t.call(
      'guarantees.create',
      guaranteeInput({ householdId, landlordId }, { startDate: '2024-12-01', endDate: '2026-12-31' }),
    );
    // Copies of the row straight into the table: 5 200 through dispatch would take minutes.
    const knex = t.backEnd.database.knex;
    const { id: _id, ...row } = (await knex('rentGuarantees').where({ id: g.id }).first())!;
    for (let i = 0; i < 52; i += 1) await knex('rentGuarantees').insert(Array.from({ length: 100 }, () => row));
    const watch = await t.call('watch.list', { kinds: ['guarantee.ends'], limit: 3 });
    expect(watch.counts).toContainEqual({ kind: 'guarantee.ends', total: 5201, overdue: 0 });
    expect(watch.total).toBe(5201);
    expect(watch.items).toHaveLength(3);
  });

  it('counts, lists and marks every guarantee to apply the grant for, beyond the 5 000 its read once stopped at', async () => {
    const g = await t.call('guarantees.create', guaranteeInput({ householdId, landlordId }));
    expect(g.grantQualifies).toBe(true);
    // Copies of the row straight into the table: 5 200 through dispatch would take minutes.
    const knex = t.backEnd.database.knex;
    const { id: _id, ...row } = (await knex('rentGuarantees').where({ id: g.id }).first())!;
    for (let i = 0; i < 52; i += 1) await knex('rentGuarantees').insert(Array.from({ length: 100 }, () => row));
    const watch = await t.call('watch.list', { kinds: ['guarantee.grantDeadline'] });
    expect(watch.items).toHaveLength(1);
    expect(watch.items[0]?.detail).toMatch(/^5 201 hyresgarantier uppfyller villkoren/);
    const rows = (await t.call('guarantees.grantList', {})).rows;
    expect(rows).toHaveLength(5201);
    // Bidragsansökan sends the whole list in one call: all of it is marked (the call once stopped at 500).
    const guarantees = rows.map(({ id, version }) => ({ id, version }));
    expect(await t.call('guarantees.markGrantApplied', { appliedOn: '2026-11-30', guarantees })).toEqual({
      marked: 5201,
    });
    expect((await t.call('guarantees.grantList', {})).rows).toHaveLength(0);
  });
});
