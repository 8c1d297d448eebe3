import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractInput, householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { leaseInput, leaseWorld, type LeaseWorld } from '../fixtures/leases';
import { modulbostadInput } from '../fixtures/bestand';
import { countRows, openTestBackEnd, type TestBackEnd } from './testBackEnd';

// Today is 2026-11-26. The contract fixture runs 2026-11-01 – 2028-10-31.
let t: TestBackEnd;
let world: LeaseWorld;
let unitId: number;
let householdId: number;
let ids: { unitId: number; householdId: number; referringDepartmentId: number };

beforeEach(async () => {
  t = await openTestBackEnd();
  world = await leaseWorld(t, 2);
  unitId = world.unitIds[0]!;
  householdId = (await t.call('households.create', householdInput(world.departmentId))).id;
  ids = { unitId, householdId, referringDepartmentId: world.departmentId };
});
afterEach(async () => {
  await t.close();
});

/** A lease of the unit; a notice by the city (registered today) gives it an end. */
async function lease(
  overrides: Parameters<typeof leaseInput>[1] = {},
  opts: { noticeDate?: string; units?: number[] } = {},
) {
  const created = await t.call('leases.create', leaseInput({ ...world, unitIds: opts.units ?? [unitId] }, overrides));
  if (!opts.noticeDate) return created;
  return t.call('leases.terminate', {
    id: created.id,
    version: created.version,
    noticeGivenBy: 'staden',
    noticeDate: opts.noticeDate,
    noticeReason: null,
    agreedEndDate: null,
  });
}

async function otherHousehold(): Promise<number> {
  return (
    await t.call(
      'households.create',
      householdInput(world.departmentId, {
        members: [member('Erik Berg', OTHER_ADULT, true)],
        householdSize: 1,
        childrenCount: 0,
      }),
    )
  ).id;
}

describe('a kommunalt kontrakt sits on its unit’s lease', () => {
  it('is linked to the lease covering its period when saved, and shows its number, landlord and end', async () => {
    const l = await lease();
    const draft = await t.call('contracts.create', contractInput(ids));
    expect(draft).toMatchObject({
      leaseId: l.id,
      leaseNumber: 'HA-2026-0001',
      leaseLandlordName: 'Öresundshem AB',
      leaseStartDate: '2025-01-01',
      leaseEndsOn: null,
      leaseSubletNotifiedDate: '2025-01-02',
      unitIsRented: true,
      acknowledgedWarnings: [],
    });
    const listed = (await t.call('contracts.list', { sort: [{ column: 'leaseNumber', direction: 'asc' }] })).rows[0]!;
    expect(listed).toMatchObject({
      contractNumber: draft.contractNumber,
      leaseNumber: 'HA-2026-0001',
      leaseLandlordName: 'Öresundshem AB',
    });
    const history = await t.call('audit.forRecord', { entity: 'contract', id: draft.id });
    expect(history[0]!.changes['leaseId']).toEqual([null, l.id]);
  });

  it('of several leases takes the one covering the period by default, and keeps the user’s choice among the unit’s leases', async () => {
    // The old lease ended (notice given by the city), the new one runs from the day after.
    const old = await lease(
      { startDate: '2024-01-01', endDate: '2026-12-31', extensionMonths: 12, signedDate: '2023-12-01' },
      { noticeDate: '2026-01-15' },
    );
    expect(old.endsOn).toBe('2026-12-31');
    const renewed = await lease({ startDate: '2027-01-01', endDate: '2029-12-31', signedDate: '2026-11-20' });
    const spanning = await t.call('contracts.create', { ...contractInput(ids), acknowledgeWarnings: true });
    expect(spanning.leaseId).toBe(renewed.id);
    const inOld = await t.call(
      'contracts.create',
      contractInput(
        { ...ids, householdId: await otherHousehold() },
        { startDate: '2026-06-01', endDate: '2026-12-31' },
      ),
    );
    expect(inOld.leaseId).toBe(old.id);

    const chosen = await t.call('contracts.update', {
      ...contractInput(ids),
      leaseId: old.id,
      acknowledgeWarnings: true,
      id: spanning.id,
      version: spanning.version,
    });
    expect(chosen).toMatchObject({ leaseId: old.id, leaseNumber: old.leaseNumber, leaseEndsOn: '2026-12-31' });
    expect(chosen.acknowledgedWarnings).toEqual([
      `Kontraktet löper till 2028-10-31, efter att hyresavtal ${old.leaseNumber} upphör 2026-12-31; staden kan inte hyra ut bostaden längre än den själv hyr den.`,
    ]);
  });

  it('refuses a lease that does not include the unit, naming the field, and changes nothing', async () => {
    await lease();
    const elsewhere = await lease({}, { units: [world.unitIds[1]!] });
    const audits = await countRows(t, 'auditLog');
    const result = await t.send('contracts.create', contractInput(ids, { leaseId: elsewhere.id }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields?.['leaseId']).toBe(
      `Hyresavtal: ${elsewhere.leaseNumber} omfattar inte bostaden; välj ett av bostadens avtal eller låt fältet vara tomt. Bostadens avtal: HA-2026-0001 (från 2025-01-01, löper på).`,
    );
    expect(await countRows(t, 'municipalContracts')).toBe(0);
    expect(await countRows(t, 'auditLog')).toBe(audits);
  });

  it('warns when the contract starts before the lease: refused until confirmed, then saved with the warning', async () => {
    const later = await lease({ startDate: '2027-01-01', endDate: '2029-12-31', signedDate: '2026-11-20' });
    const warned = await t.send('contracts.create', contractInput(ids));
    expect(warned.ok).toBe(false);
    if (warned.ok) return;
    expect(warned.error.fields?.['acknowledgeWarnings']).toBe(
      `Bekräfta varning: Kontraktet börjar 2026-11-01, före hyresavtal ${later.leaseNumber} som börjar 2027-01-01. Kryssa i ”Bekräfta varning” och spara igen om det är avsiktligt.`,
    );
    expect(await countRows(t, 'municipalContracts')).toBe(0);

    const saved = await t.call('contracts.create', { ...contractInput(ids), acknowledgeWarnings: true });
    expect(saved).toMatchObject({
      leaseId: later.id,
      acknowledgedWarnings: [expect.stringMatching(/^Kontraktet börjar 2026-11-01, före hyresavtal/)],
    });
    // Confirmed once: activating asks no more.
    expect((await t.call('contracts.activate', { id: saved.id, version: saved.version })).status).toBe('aktivt');
  });

  it('warns when the contract runs past the lease’s end, and again at activation when the lease is given notice after the save', async () => {
    const l = await lease();
    const draft = await t.call('contracts.create', contractInput(ids));
    expect(draft.acknowledgedWarnings).toEqual([]);
    // The landlord's notice arrives: the lease now ends before the contract does.
    await t.call('leases.terminate', {
      id: l.id,
      version: l.version,
      noticeGivenBy: 'hyresvarden',
      noticeDate: '2026-11-20',
      noticeReason: 'Rivning',
      agreedEndDate: null,
    });
    const ends = (await t.call('leases.get', { id: l.id })).endsOn!;
    expect(ends < '2028-10-31').toBe(true);

    const refused = await t.send('contracts.activate', { id: draft.id, version: draft.version });
    expect(!refused.ok && refused.error.fields?.['acknowledgeWarnings']).toBe(
      `Bekräfta varning: Kontraktet löper till 2028-10-31, efter att hyresavtal ${l.leaseNumber} upphör ${ends}; staden kan inte hyra ut bostaden längre än den själv hyr den. Kryssa i ”Bekräfta varning” och spara igen om det är avsiktligt.`,
    );
    expect((await t.call('contracts.get', { id: draft.id })).status).toBe('utkast');
    expect((await t.call('units.get', { id: unitId })).status).toBe('ledig');

    const active = await t.call('contracts.activate', {
      id: draft.id,
      version: draft.version,
      acknowledgeWarnings: true,
    });
    expect(active).toMatchObject({
      status: 'aktivt',
      leaseEndsOn: ends,
      acknowledgedWarnings: [expect.stringMatching(/efter att hyresavtal/)],
    });
    // Shortened to the lease's end, the warning is gone.
    const fitted = await t.call('contracts.update', {
      ...contractInput(ids),
      endDate: ends,
      id: active.id,
      version: active.version,
    });
    expect(fitted.acknowledgedWarnings).toEqual([]);
  });

  it('a draft saved before its lease was registered sits on it once activated', async () => {
    const draft = await t.call('contracts.create', contractInput(ids));
    expect(draft.leaseId).toBeNull();
    const l = await lease();
    const active = await t.call('contracts.activate', { id: draft.id, version: draft.version });
    expect(active).toMatchObject({ leaseId: l.id, leaseNumber: l.leaseNumber });
  });

  it('a unit without a lease works as before: no lease, no warning, no notice owed to a landlord when the city owns it', async () => {
    const own = await t.call('units.create', modulbostadInput(world.ff));
    const c = await t.call('contracts.create', contractInput({ ...ids, unitId: own.id }));
    expect(c).toMatchObject({
      leaseId: null,
      leaseNumber: null,
      leaseLandlordName: null,
      leaseEndsOn: null,
      unitIsRented: false,
      acknowledgedWarnings: [],
    });
    const active = await t.call('contracts.activate', { id: c.id, version: c.version });
    expect(active.status).toBe('aktivt');
    expect((await t.call('contracts.list', { landlordNotTold: true })).rows).toEqual([]);
  });
});

describe('the landlord told of the sublet (12 kap. 39 § JB): on the lease or on the contract', () => {
  async function active(forIds: typeof ids, overrides: Parameters<typeof contractInput>[1] = {}) {
    const draft = await t.call('contracts.create', contractInput(forIds, overrides));
    return t.call('contracts.activate', { id: draft.id, version: draft.version });
  }

  it('a contract on a lease whose landlord was told for the whole lease owes no notice of its own; on a lease without it, it does', async () => {
    await lease({ subletNotified: true, subletNotifiedDate: '2025-01-02' });
    const notToldLease = await lease(
      { subletNotified: false, subletNotifiedDate: null },
      { units: [world.unitIds[1]!] },
    );
    const onTold = await active(ids);
    const onNotTold = await active({ ...ids, unitId: world.unitIds[1]!, householdId: await otherHousehold() });
    expect(onTold).toMatchObject({ landlordNotifiedDate: null, leaseSubletNotifiedDate: '2025-01-02' });
    expect(onNotTold).toMatchObject({ leaseId: notToldLease.id, leaseSubletNotifiedDate: null });

    const listed = async () =>
      (await t.call('contracts.list', { landlordNotTold: true })).rows.map((r) => r.contractNumber);
    expect(await listed()).toEqual([onNotTold.contractNumber]);
    expect((await t.call('contracts.list', { landlordNotTold: true, limit: 1 })).total).toBe(1);
    expect((await t.call('contracts.summary', {})).landlordNotTold).toBe(1);
    const watched = (await t.call('watch.list', { kinds: ['contract.landlordNotTold'] })).items.map((i) => i.entityId);
    expect(watched).toEqual([onNotTold.id]);

    // Told on the contract itself: no longer owed.
    await t.call('contracts.update', {
      ...contractInput({ ...ids, unitId: world.unitIds[1]!, householdId: onNotTold.householdId }),
      landlordNotifiedDate: '2026-11-25',
      id: onNotTold.id,
      version: onNotTold.version,
    });
    expect(await listed()).toEqual([]);
    expect((await t.call('contracts.summary', {})).landlordNotTold).toBe(0);
  });
});
