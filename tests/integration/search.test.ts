/**
 * The global search through dispatch: every register found by its own
 * words, prefixes and Swedish letters, the index in step with create,
 * update, archive and a rolled-back write, and a whole personnummer
 * finding its household with the look-up audited.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../shared/search/schema';
import { landlordInput, modulbostadInput } from '../fixtures/bestand';
import { ADULT, contractInput, householdInput } from '../fixtures/households';
import { leaseInput, leaseWorld, type LeaseWorld } from '../fixtures/leases';
import { departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';
import { onPostgres } from './testEngine';

let t: TestBackEnd;
let world: LeaseWorld;

beforeEach(async () => {
  t = await openTestBackEnd();
  world = await leaseWorld(t, 3);
});
afterEach(() => t.close());

const search = (text: string) => t.call('search.global', { text });

function titles(result: SearchResult, register: string): string[] {
  return result.groups.find((g) => g.register === register)?.hits.map((h) => h.title) ?? [];
}

describe('global search', () => {
  it('finds an address by the prefix of its street and its number', async () => {
    await t.call(
      'units.create',
      modulbostadInput(world.ff, { objectNumber: 'LGH-0112', address: 'Drottninggatan 120' }),
    );
    const result = await search('drottningg 12');
    expect(titles(result, 'units')).toEqual(['LGH-0112 Drottninggatan 120']);
    expect(titles(await search('Drottninggatan 1'), 'units').length).toBeGreaterThan(0);
    expect(titles(await search('drottningg 12'), 'units')).not.toContain('LGH-0001 Drottninggatan 1');
  });

  it('keeps å, ä and ö apart from a and o', async () => {
    await t.call('units.create', modulbostadInput(world.ff, { objectNumber: 'MOD-0100', address: 'Ärtvägen 3' }));
    await t.call('units.create', modulbostadInput(world.ff, { objectNumber: 'MOD-0101', address: 'Artvägen 4' }));
    expect(titles(await search('ärtv'), 'units')).toEqual(['MOD-0100 Ärtvägen 3']);
    expect(titles(await search('ÄRTVÄGEN'), 'units')).toEqual(['MOD-0100 Ärtvägen 3']);
    expect(titles(await search('artv'), 'units')).toEqual(['MOD-0101 Artvägen 4']);
  });

  it('finds each register by its own words', async () => {
    const lease = await t.call('leases.create', leaseInput(world, { landlordReference: 'Ref Solrosen 77' }));
    const ids = await departmentIds(t);
    const household = await t.call('households.create', householdInput(ids['SOF']!));
    const contract = await t.call(
      'contracts.create',
      contractInput({ unitId: world.unitIds[1]!, householdId: household.id, referringDepartmentId: ids['SOF']! }),
    );

    expect(titles(await search(lease.leaseNumber), 'leases')).toEqual([`${lease.leaseNumber} (Ref Solrosen 77)`]);
    expect(titles(await search('solrosen'), 'leases')).toHaveLength(1);
    expect(titles(await search('öresundsh'), 'organisations')).toEqual(['Öresundshem AB']);
    expect(titles(await search('556677-8899'), 'organisations')).toEqual(['Öresundshem AB']);
    expect(titles(await search('5566778899'), 'organisations')).toEqual(['Öresundshem AB']);
    expect(titles(await search(contract.contractNumber), 'contracts')).toEqual([contract.contractNumber]);
    // A contract is found by its unit's address.
    expect(titles(await search('drottninggatan 2'), 'contracts')).toEqual([contract.contractNumber]);
    expect(titles(await search('anna andersson'), 'households')).toEqual(['Anna Andersson']);
  });

  it('finds a household by a whole personnummer, never by its last digits, and audits the look-up', async () => {
    const ids = await departmentIds(t);
    const household = await t.call('households.create', householdInput(ids['SOF']!));
    const result = await search(ADULT);
    expect(result.byIdentityNumber).toBe(true);
    expect(result.groups[0]!.hits.map((h) => h.id)).toEqual([household.id]);
    expect(result.groups[0]!.hits[0]!.detail).not.toContain(ADULT.slice(8));
    expect((await search(ADULT.slice(8))).groups).toEqual([]);
    const audit = await t.backEnd.database
      .knex('auditLog')
      .where({ entity: 'household', action: 'search-identity' })
      .select('actor', 'after');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(String(audit[0]!.after))).toEqual({ householdIds: [household.id] });
  });

  it('keeps the index in step after create, update, archive and restore, archived last and marked', async () => {
    const unit = await t.call(
      'units.create',
      modulbostadInput(world.ff, { objectNumber: 'MOD-0200', address: 'Kullagatan 5' }),
    );
    await t.call('units.create', modulbostadInput(world.ff, { objectNumber: 'MOD-0201', address: 'Kullagatan 6' }));
    expect(titles(await search('kullag'), 'units')).toEqual(['MOD-0200 Kullagatan 5', 'MOD-0201 Kullagatan 6']);

    const moved = await t.call('units.update', {
      ...modulbostadInput(world.ff, { objectNumber: 'MOD-0200', address: 'Stortorget 9' }),
      id: unit.id,
      version: unit.version,
    });
    expect(titles(await search('kullag'), 'units')).toEqual(['MOD-0201 Kullagatan 6']);
    expect(titles(await search('stortorget 9'), 'units')).toEqual(['MOD-0200 Stortorget 9']);

    await t.call('units.archive', { id: moved.id, version: moved.version });
    await t.call('units.create', modulbostadInput(world.ff, { objectNumber: 'MOD-0202', address: 'Stortorget 90' }));
    const afterArchive = (await search('stortorget 9')).groups.find((g) => g.register === 'units')!;
    expect(afterArchive.hits.map((h) => [h.title, h.archived])).toEqual([
      ['MOD-0202 Stortorget 90', false],
      ['MOD-0200 Stortorget 9', true],
    ]);
  });

  it('leaves the index as it was when a write is rolled back', async () => {
    const knex = t.backEnd.database.knex;
    await expect(
      knex.transaction(async (trx) => {
        await trx('units').insert({
          ...modulbostadInput(world.ff, { objectNumber: 'MOD-0300', address: 'Rollbacksgatan 1' }),
          searchText: 'mod-0300 rollbacksgatan 1',
          version: 1,
          createdAt: 'x',
          createdBy: 'x',
          updatedAt: 'x',
          updatedBy: 'x',
        });
        // Inside the transaction the index has the record already: it is written with it.
        const inside = onPostgres
          ? (
              (await trx.raw(
                `select record_id from search_entries where register = 'units' and body like '%rollbacksg%'`,
              )) as {
                rows: unknown[];
              }
            ).rows
          : ((await trx.raw(`select rowid from search_units where search_units match '"rollbacksg"*'`)) as unknown[]);
        expect(inside).toHaveLength(1);
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    expect((await search('rollbacksg')).groups).toEqual([]);

    // A write refused by dispatch (a stale version) leaves the old words found.
    const unit = await t.call(
      'units.create',
      modulbostadInput(world.ff, { objectNumber: 'MOD-0301', address: 'Fågelgatan 2' }),
    );
    const refused = await t.send('units.update', {
      ...modulbostadInput(world.ff, { objectNumber: 'MOD-0301', address: 'Annangatan 2' }),
      id: unit.id,
      version: unit.version + 5,
    });
    expect(refused.ok).toBe(false);
    expect(titles(await search('fågelg'), 'units')).toEqual(['MOD-0301 Fågelgatan 2']);
    expect((await search('annang')).groups).toEqual([]);
  });

  it('shows a few per register and says there are more', async () => {
    const landlords = [];
    for (let i = 0; i < 10; i++) {
      landlords.push(
        await t.call(
          'organisations.create',
          landlordInput({ name: `Bostadsbolaget ${i} AB`, orgNumber: ORG_NUMBERS[i]!, email: null }),
        ),
      );
    }
    const group = (await search('bostadsbol')).groups.find((g) => g.register === 'organisations')!;
    expect(group.hits).toHaveLength(8);
    expect(group.more).toBe(true);
  });
});

/** Ten organisationsnummer with correct check digits. */
const ORG_NUMBERS = Array.from({ length: 10 }, (_, i) => {
  const body = `55601234${i}`;
  return `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`;
});

function luhnDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < nine.length; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
