import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBestand } from '../../electron/demo/bestand';
import { seedHouseholds } from '../../electron/demo/households';
import { seedOnward, type OnwardSeedResult } from '../../electron/demo/onward';
import { Random } from '../../electron/demo/random';
import { openTestBackEnd, type TestBackEnd } from './testBackEnd';

// Seeded on the test back end's today, 2026-11-26.
let t: TestBackEnd;
let seeded: OnwardSeedResult;
beforeAll(async () => {
  t = await openTestBackEnd();
  const random = new Random();
  const bestand = await seedBestand(t.backEnd, random, 300);
  await seedHouseholds(t.backEnd, random, bestand);
  seeded = await seedOnward(t.backEnd, random, bestand);
}, 180_000);
afterAll(async () => {
  await t.close();
});

describe('demo data for getting households onward', () => {
  it('agrees five places with Helsingborgshem (demo) this year and last, never beyond them', async () => {
    const quotas = await t.call('quotas.list', {});
    const hbg = quotas.filter((q) => q.landlordName === 'Helsingborgshem (demo)');
    expect(hbg.map((q) => [q.year, q.places])).toEqual([
      [2026, 5],
      [2025, 5],
    ]);
    expect(hbg.every((q) => q.over === 0)).toBe(true);
    expect(hbg[0]!.used).toBeGreaterThanOrEqual(1);
  });

  it('moves households on through the real procedure: their contracts end with the move-on reason, one move is still planned', async () => {
    expect(seeded.moveOns).toBeGreaterThanOrEqual(5);
    const moves = await t.call('moveOns.list', { limit: 100 });
    expect(moves.total).toBe(seeded.moveOns);
    for (const m of moves.rows) {
      const c = await t.call('contracts.get', { id: m.contractId });
      expect(c.endReason).toBe('flytt_forstahandskontrakt');
      expect(c.status).toBe(m.status === 'genomford' ? 'avslutat' : 'uppsagt');
    }
    expect(moves.rows.filter((m) => m.status === 'planerad')).toHaveLength(1);
  });

  it('has about fifteen guarantees: some with claims, one ended, some for the grant list, none beyond its amount', async () => {
    const all = await t.call('guarantees.list', { limit: 100 });
    expect(all.total).toBe(seeded.guarantees);
    expect(seeded.guarantees).toBeGreaterThanOrEqual(13);
    expect(all.rows.some((g) => g.claimedTotal > 0)).toBe(true);
    expect(all.rows.filter((g) => g.status === 'upphord')).toHaveLength(1);
    expect(all.rows.every((g) => g.claimedTotal <= g.guaranteedAmount)).toBe(true);
    expect(all.rows.some((g) => !g.grantQualifies)).toBe(true);
    expect((await t.call('guarantees.grantList', {})).rows.length).toBeGreaterThan(0);
  });

  it('settles about ten newcomers, some of whose periods end within six months, and flags households ready to move on', async () => {
    expect(seeded.newcomers).toBe(10);
    expect((await t.call('newcomers.list', { endingSoon: true })).total).toBeGreaterThanOrEqual(4);
    expect(seeded.longContracts).toBeGreaterThanOrEqual(4);
    expect((await t.call('moveOns.candidates', {})).total).toBeGreaterThanOrEqual(seeded.longContracts);
    expect(seeded.ready).toBeGreaterThanOrEqual(2);
    expect((await t.call('moveOns.candidates', { readyOnly: true })).total).toBe(seeded.ready);
    const watch = await t.call('watch.list', {
      kinds: ['newcomer.establishmentEnds', 'guarantee.grantDeadline', 'guarantee.ends'],
    });
    expect(new Set(watch.items.map((i) => i.kind))).toEqual(
      new Set(['newcomer.establishmentEnds', 'guarantee.grantDeadline', 'guarantee.ends']),
    );
  });
});
