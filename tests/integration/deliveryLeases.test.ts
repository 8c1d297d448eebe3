import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementInput, deliveryInput, developerInput } from '../fixtures/landAgreements';
import { leaseInput, leaseWorld, type LeaseWorld } from '../fixtures/leases';
import { countRows, openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
let world: LeaseWorld;
let agreementId: number;

beforeEach(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  world = await leaseWorld(t, 3);
  const developer = (await t.call('organisations.create', developerInput())).id;
  agreementId = (await t.call('landAgreements.create', agreementInput(developer))).id;
});
afterEach(async () => {
  await t.close();
});

describe('a delivered dwelling the city rents is linked to its lease', () => {
  it('stores the unit’s lease and lists it with its number and landlord; a delivery may have none', async () => {
    const lease = await t.call('leases.create', leaseInput({ ...world, unitIds: [world.unitIds[0]!] }));
    const rented = await t.call(
      'landDeliveries.create',
      deliveryInput(agreementId, world.unitIds[0]!, { leaseId: lease.id }),
    );
    expect(rented).toMatchObject({
      leaseId: lease.id,
      leaseNumber: 'HA-2026-0001',
      leaseLandlordName: 'Öresundshem AB',
    });
    await t.call('landDeliveries.create', deliveryInput(agreementId, world.unitIds[1]!));
    const listed = await t.call('landDeliveries.list', { landAgreementId: agreementId });
    expect(listed.map((d) => [d.unitObjectNumber, d.leaseNumber, d.leaseLandlordName])).toEqual([
      ['LGH-0001', 'HA-2026-0001', 'Öresundshem AB'],
      ['LGH-0002', null, null],
    ]);
    // Corrected later: the link can be removed, and the history says so.
    const cleared = await t.call('landDeliveries.update', {
      unitId: world.unitIds[0]!,
      leaseId: null,
      handedOverDate: '2026-09-01',
      notes: null,
      id: rented.id,
      version: rented.version,
    });
    expect(cleared).toMatchObject({ leaseId: null, leaseNumber: null, version: 2 });
    expect((await t.call('audit.forRecord', { entity: 'landDelivery', id: rented.id }))[0]!.changes['leaseId']).toEqual(
      [lease.id, null],
    );
  });

  it('refuses a lease that does not include the delivered unit, naming the field; nothing changes', async () => {
    const elsewhere = await t.call('leases.create', leaseInput({ ...world, unitIds: [world.unitIds[2]!] }));
    const result = await t.send(
      'landDeliveries.create',
      deliveryInput(agreementId, world.unitIds[0]!, { leaseId: elsewhere.id }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields?.['leaseId']).toBe(
      `Hyresavtal: ${elsewhere.leaseNumber} omfattar inte LGH-0001; välj ett av bostadens avtal eller inget.`,
    );
    expect(await countRows(t, 'landDeliveries')).toBe(0);
    expect((await t.call('landAgreements.get', { id: agreementId })).deliveredCount).toBe(0);
  });
});
