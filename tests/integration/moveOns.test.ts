import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { landlordInput, modulbostadInput, OTHER_VALID_ORG_NUMBER } from '../fixtures/bestand';
import { contractInput, householdInput } from '../fixtures/households';
import { moveOnInput } from '../fixtures/onward';
import { countRows, openTestBackEnd, type TestBackEnd, departmentIds } from './testBackEnd';

// The test back end's today is 2026-11-26; the next grant deadline is 2026-12-10.
let t: TestBackEnd;
let ff: number;
let sof: number;
let landlordId: number;
let unitId: number;
let householdId: number;

beforeEach(async () => {
  t = await openTestBackEnd();
  const departments = await departmentIds(t);
  ff = departments['FF']!;
  sof = departments['SOF']!;
  landlordId = (await t.call('organisations.create', landlordInput({ name: 'Helsingborgshem' }))).id;
  unitId = (await t.call('units.create', modulbostadInput(ff))).id;
  householdId = (await t.call('households.create', householdInput(sof))).id;
});
afterEach(async () => {
  await t.close();
});

async function activeContract(
  forUnit = unitId,
  forHousehold = householdId,
  overrides: Parameters<typeof contractInput>[1] = {},
) {
  const draft = await t.call(
    'contracts.create',
    contractInput(
      { unitId: forUnit, householdId: forHousehold, referringDepartmentId: sof },
      { startDate: '2024-09-01', endDate: '2027-08-31', ...overrides },
    ),
  );
  return t.call('contracts.activate', { id: draft.id, version: draft.version });
}

/** Everything a move-on writes, counted straight from the database. */
async function footprint() {
  return {
    moveOns: await countRows(t, 'moveOns'),
    guarantees: await countRows(t, 'rentGuarantees'),
    placements: await countRows(t, 'quotaPlacements'),
    audit: await countRows(t, 'auditLog'),
    unit: (await t.call('units.get', { id: unitId })).status,
  };
}

describe('move-on: one transaction', () => {
  it('ends the contract (flytt till förstahandskontrakt, phase avslut), frees the unit, counts the quota and creates a qualifying guarantee', async () => {
    await t.call('quotas.create', { landlordId, year: 2026, places: 5, notes: null });
    const contract = await activeContract();
    expect((await t.call('units.get', { id: unitId })).status).toBe('uthyrd');

    const moved = await t.call('moveOns.register', moveOnInput(contract, landlordId));
    expect(moved).toMatchObject({
      status: 'genomford',
      moveDate: '2026-11-20',
      landlordName: 'Helsingborgshem',
      contractNumber: contract.contractNumber,
    });

    expect(await t.call('contracts.get', { id: contract.id })).toMatchObject({
      status: 'avslutat',
      endedOn: '2026-11-20',
      endReason: 'flytt_forstahandskontrakt',
      phase: 'avslut',
    });
    expect((await t.call('units.get', { id: unitId })).status).toBe('ledig');
    const [quota] = await t.call('quotas.list', { year: 2026 });
    expect(quota).toMatchObject({ places: 5, used: 1, remaining: 4, over: 0, full: false });

    const guarantee = await t.call('guarantees.get', { id: moved.guaranteeId! });
    expect(guarantee).toMatchObject({
      status: 'aktiv',
      householdId,
      landlordId,
      leaseAddress: 'Drottninggatan 12, lgh 1102',
      startDate: '2026-11-20',
      withinQuota: true,
      placementId: moved.placementId,
      coveredMonths: 6,
      grantQualifies: true,
      grantReasons: [],
    });
    const grants = await t.call('guarantees.grantList', {});
    expect(grants.deadline).toBe('2026-12-10');
    expect(grants.rows.map((r) => r.id)).toEqual([guarantee.id]);
    expect(grants.rows[0]).toMatchObject({
      holderName: 'Anna Andersson',
      holderIdentityMasked: '19851024-****',
      monthlyRent: 700000,
      guaranteedAmount: 4200000,
    });
  });

  it('a refusal late in the move (quota full, no reason) leaves the contract, the unit and every table as they were', async () => {
    await t.call('quotas.create', { landlordId, year: 2026, places: 0, notes: null });
    const contract = await activeContract();
    const before = await footprint();
    const result = await t.send('moveOns.register', moveOnInput(contract, landlordId));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields?.['beyondQuotaReason']).toBe(
      'Skäl för placering utöver kvoten: kvoten med Helsingborgshem för 2026 är fylld (0 av 0 platser); skriv varför hushållet ändå placeras.',
    );
    expect(await footprint()).toEqual(before);
    expect(await t.call('contracts.get', { id: contract.id })).toMatchObject({
      status: 'aktivt',
      version: contract.version,
      endedOn: null,
    });
  });

  it('refuses a guarantee to an organisation that is no landlord, and a stale contract; nothing changes', async () => {
    const developer = (
      await t.call(
        'organisations.create',
        landlordInput({ name: 'Byggbolaget', orgNumber: OTHER_VALID_ORG_NUMBER, isLandlord: false, isDeveloper: true }),
      )
    ).id;
    const contract = await activeContract();
    const before = await footprint();
    const notLandlord = await t.send('moveOns.register', moveOnInput(contract, developer, { countInQuota: false }));
    expect(!notLandlord.ok && notLandlord.error.fields?.['landlordId']).toBe(
      'Ny hyresvärd: Byggbolaget är inte registrerad som hyresvärd.',
    );
    const stale = await t.send(
      'moveOns.register',
      moveOnInput({ ...contract, version: contract.version - 1 }, landlordId, { countInQuota: false }),
    );
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
    expect(await footprint()).toEqual(before);
  });

  it("asks for the guarantee's amount and each unconfirmed condition, naming the fields", async () => {
    const contract = await activeContract();
    const result = await t.send(
      'moveOns.register',
      moveOnInput(contract, landlordId, { guaranteedAmount: null, ffVouches: false }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields).toMatchObject({
      guaranteedAmount: 'Garantibelopp: ange garantins belopp.',
      ffVouches:
        'FF går i god för hyresgästen: måste vara uppfyllt och bekräftat för en placering inom kvoten (plan 3:5).',
    });
  });

  it('a moving day to come gives notice now, ending on that day; the move is done once the day has come', async () => {
    const contract = await activeContract();
    const moved = await t.call(
      'moveOns.register',
      moveOnInput(contract, landlordId, { moveDate: '2026-12-31', withGuarantee: false, countInQuota: false }),
    );
    expect(moved.status).toBe('planerad');
    expect(await t.call('contracts.get', { id: contract.id })).toMatchObject({
      status: 'uppsagt',
      noticeDate: '2026-11-26',
      terminationDate: '2026-12-31',
      endReason: 'flytt_forstahandskontrakt',
    });
    expect((await t.call('units.get', { id: unitId })).status).toBe('uthyrd');
    const throughput = await t.call('moveOns.throughput', {});
    expect(throughput).toEqual([{ year: 2026, withGuarantee: 0, withoutGuarantee: 1, inQuota: 0, planned: 1 }]);

    const { dbPath } = t;
    await t.close();
    // Opening on a later day runs the daily job, which carries the move out.
    t = await openTestBackEnd({ dbPath, today: '2027-01-02' });
    const run = (await t.backEnd.database.knex('dailyJobs').where({ day: '2027-01-02' }).first('summary')) as {
      summary: string;
    };
    expect(JSON.parse(run.summary)).toMatchObject({ moveOnsCompleted: 1 });
    expect(await t.call('contracts.get', { id: contract.id })).toMatchObject({
      status: 'avslutat',
      endedOn: '2026-12-31',
      phase: 'avslut',
    });
    expect((await t.call('units.get', { id: unitId })).status).toBe('ledig');
    expect((await t.call('moveOns.forHousehold', { householdId }))[0]).toMatchObject({ status: 'genomford' });
    expect(await t.backEnd.runDailyJob()).toBeNull();
  });

  it('refuses a second move-on from the same contract and a move from an ended one', async () => {
    const contract = await activeContract();
    await t.call('moveOns.register', moveOnInput(contract, landlordId, { withGuarantee: false, countInQuota: false }));
    const ended = await t.call('contracts.get', { id: contract.id });
    const again = await t.send(
      'moveOns.register',
      moveOnInput(ended, landlordId, { withGuarantee: false, countInQuota: false }),
    );
    expect(!again.ok && again.error.fields?.['contractId']).toMatch(/^Kommunalt kontrakt: KK-2026-0001 är avslutat/);
  });
});
