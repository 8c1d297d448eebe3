/**
 * The 12:39 letter through dispatch: rendered from the records with the
 * landlord's name escaped, logged as sent, and then the contracts (or the
 * lease) say "hyresvärden underrättad" with the day, and Bevakning no
 * longer asks for it. Letter texts in Inställningar refuse unknown fields.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LETTER_TEXTS } from '../../shared/letters/templates';
import { landlordInput, modulbostadInput, OTHER_VALID_ORG_NUMBER } from '../fixtures/bestand';
import { contractInput, householdInput, OTHER_ADULT, member } from '../fixtures/households';
import { leaseInput, leaseWorld, type LeaseWorld } from '../fixtures/leases';
import { departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
let world: LeaseWorld;
let sof: number;

beforeEach(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  world = await leaseWorld(t, 3);
  sof = (await departmentIds(t))['SOF']!;
});
afterEach(() => t.close());

/** A housing lease over the world's units whose landlord has not been told of subletting. */
async function untoldLease() {
  return t.call(
    'leases.create',
    leaseInput(world, { premises: 'bostad', subletNotified: false, subletNotifiedDate: null, status: 'aktiv' }),
  );
}

async function contractOn(unitId: number, leaseId: number | null, identity?: string) {
  const household = await t.call(
    'households.create',
    householdInput(
      sof,
      identity ? { members: [member('Bo Berg', identity, true)], householdSize: 1, childrenCount: 0 } : {},
    ),
  );
  const draft = await t.call(
    'contracts.create',
    contractInput(
      { unitId, householdId: household.id, referringDepartmentId: sof },
      { leaseId, startDate: '2026-11-01' },
    ),
  );
  // Bevakning follows contracts in force.
  return t.call('contracts.activate', { id: draft.id, version: draft.version, acknowledgeWarnings: true });
}

async function watchKinds(kind: string): Promise<number[]> {
  const { items } = await t.call('watch.list', { kinds: [kind], horizonDays: 365 });
  return items.map((i) => i.entityId);
}

describe('the 12:39 letter', () => {
  it('covers several contracts of one landlord, and logging it sets the date and clears Bevakning', async () => {
    const lease = await untoldLease();
    const first = await contractOn(world.unitIds[0]!, lease.id);
    const second = await contractOn(world.unitIds[1]!, lease.id, OTHER_ADULT);
    expect((await watchKinds('contract.landlordNotTold')).sort()).toEqual([first.id, second.id].sort());

    const doc = await t.call('documents.render', { kind: 'subletLetterContracts', ids: [first.id, second.id] });
    expect(doc.html).toContain('Öresundshem AB');
    expect(doc.html).toContain('LGH-0001, Drottninggatan 1');
    expect(doc.html).toContain('LGH-0002, Drottninggatan 2');
    expect(doc.html).toContain(lease.leaseNumber);
    expect(doc.html).toContain(`${first.contractNumber}, ${second.contractNumber}`);
    expect(doc.html).not.toMatch(/\{[a-zåäö]+\}/);

    const sent = await t.call('letters.logSent', {
      kind: 'sublet1239',
      owner: 'contract',
      records: [first, second].map((c) => ({ id: c.id, version: c.version })),
      sentOn: '2026-11-25',
      method: 'rekommenderat',
    });
    expect(sent.recordIds.sort()).toEqual([first.id, second.id].sort());
    expect(sent.sentByName).toBeTruthy();
    for (const c of [first, second]) {
      expect((await t.call('contracts.get', { id: c.id })).landlordNotifiedDate).toBe('2026-11-25');
      const logged = await t.call('letters.forRecord', { owner: 'contract', id: c.id });
      expect(logged.map((l) => [l.kind, l.method, l.sentOn])).toEqual([['sublet1239', 'rekommenderat', '2026-11-25']]);
    }
    expect(await watchKinds('contract.landlordNotTold')).toEqual([]);
  });

  it('from a lease: logging it sets "hyresvärden underrättad" on the lease and clears its item', async () => {
    const lease = await untoldLease();
    expect(await watchKinds('lease.subletNotice')).toEqual([lease.id]);
    const doc = await t.call('documents.render', { kind: 'subletLetterLease', ids: [lease.id] });
    expect(doc.html).toContain('LGH-0003, Drottninggatan 3');
    await t.call('letters.logSent', {
      kind: 'sublet1239',
      owner: 'lease',
      records: [{ id: lease.id, version: lease.version }],
      sentOn: '2026-11-20',
      method: 'post',
    });
    const after = await t.call('leases.get', { id: lease.id });
    expect([after.subletNotified, after.subletNotifiedDate]).toEqual([true, '2026-11-20']);
    expect(await watchKinds('lease.subletNotice')).toEqual([]);
  });

  it('refuses contracts of two landlords, and a stale contract, changing nothing', async () => {
    const lease = await untoldLease();
    const first = await contractOn(world.unitIds[0]!, lease.id);
    const other = await t.call(
      'organisations.create',
      landlordInput({ name: 'Annan Värd AB', orgNumber: OTHER_VALID_ORG_NUMBER }),
    );
    const unit = await t.call(
      'units.create',
      modulbostadInput(world.ff, {
        objectNumber: 'LGH-0900',
        kind: 'lagenhet',
        site: null,
        permitEndDate: null,
        ownerType: 'hyresvard',
        ownerOrganisationId: other.id,
      }),
    );
    const second = await contractOn(unit.id, null, OTHER_ADULT);
    const mixed = await t.send('letters.logSent', {
      kind: 'sublet1239',
      owner: 'contract',
      records: [first, second].map((c) => ({ id: c.id, version: c.version })),
      sentOn: '2026-11-25',
      method: 'post',
    });
    expect(mixed.ok).toBe(false);
    if (!mixed.ok) expect(mixed.error.message).toMatch(/olika hyresvärdar/);
    const rendered = await t.send('documents.render', { kind: 'subletLetterContracts', ids: [first.id, second.id] });
    expect(rendered.ok).toBe(false);

    const stale = await t.send('letters.logSent', {
      kind: 'sublet1239',
      owner: 'contract',
      records: [{ id: first.id, version: first.version + 1 }],
      sentOn: '2026-11-25',
      method: 'post',
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    expect((await t.call('contracts.get', { id: first.id })).landlordNotifiedDate).toBeNull();
    expect(await t.call('letters.forRecord', { owner: 'contract', id: first.id })).toEqual([]);
  });

  it('escapes the records in the letter and uses the text saved in Inställningar', async () => {
    const lease = await untoldLease();
    const stored = await t.call('settings.letterTexts', {});
    const refused = await t.send('settings.setLetterTexts', {
      value: { ...stored.value, sublet1239: 'Till {hyresvärd}, gäller {hyresgästens_namn}.' },
      version: stored.version,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/okänt fält \{hyresgästens_namn\}/);
    expect((await t.call('settings.letterTexts', {})).version).toBe(stored.version);

    await t.call('settings.setLetterTexts', {
      value: { ...DEFAULT_LETTER_TEXTS, sublet1239: 'Hej {hyresvärd}!\n\nObjekt: {objekt}' },
      version: stored.version,
    });
    await t.call('organisations.update', {
      ...landlordInput({ name: '<b>Värd & Son</b> AB' }),
      id: world.landlordId,
      version: (await t.call('organisations.get', { id: world.landlordId })).version,
    });
    const doc = await t.call('documents.render', { kind: 'subletLetterLease', ids: [lease.id] });
    expect(doc.html).toContain('Hej &lt;b&gt;Värd &amp; Son&lt;/b&gt; AB!');
    expect(doc.html).not.toContain('<b>Värd');
    expect(doc.html).toContain('Objekt: LGH-0001, Drottninggatan 1<br />LGH-0002, Drottninggatan 2');
  });
});

describe('Uppsägning av hyresavtal', () => {
  it('prints the end date, its rule and a mottagningsbevis; the receipt registers the notice with its date', async () => {
    // A lokal lease, 9 months' notice, fixed to 2027-12-31 with a three-year extension.
    const lease = await t.call('leases.create', leaseInput(world));
    const doc = await t.call('documents.render', { kind: 'leaseNoticeLetter', ids: [lease.id] });
    expect(doc.html).toContain(`Uppsägning av hyresavtal ${lease.leaseNumber} (er referens Kontrakt 4711)`);
    expect(doc.html).toContain('LGH-0001, Drottninggatan 1');
    expect(doc.html).toContain('Avtalet upphör 2027-12-31');
    expect(doc.html).toContain('Mottagningsbevis');
    expect(doc.html).not.toMatch(/\{[a-zåäö]+\}/);

    const receipt = await t.call('letters.registerReceipt', {
      id: lease.id,
      version: lease.version,
      sentOn: '2026-11-20',
      method: 'rekommenderat',
      receivedOn: '2026-11-24',
    });
    expect([receipt.kind, receipt.sentOn, receipt.receivedOn]).toEqual(['leaseNotice', '2026-11-20', '2026-11-24']);
    const after = await t.call('leases.get', { id: lease.id });
    expect([after.status, after.noticeGivenBy, after.noticeDate, after.endsOn]).toEqual([
      'uppsagd',
      'staden',
      '2026-11-24',
      '2027-12-31',
    ]);
    expect(await t.call('letters.forRecord', { owner: 'lease', id: lease.id })).toHaveLength(1);
  });

  it('refuses a receipt dated before the letter was sent, changing nothing', async () => {
    const lease = await t.call('leases.create', leaseInput(world));
    const refused = await t.send('letters.registerReceipt', {
      id: lease.id,
      version: lease.version,
      sentOn: '2026-11-20',
      method: 'post',
      receivedOn: '2026-11-19',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/Mottaget enligt mottagningsbevis: kan inte vara före/);
    expect((await t.call('leases.get', { id: lease.id })).status).toBe('aktiv');
    expect(await t.call('letters.forRecord', { owner: 'lease', id: lease.id })).toEqual([]);
  });
});
