/**
 * The 12:39 letter through dispatch: rendered from the records with the
 * landlord's name escaped, logged as sent, and then the contracts (or the
 * lease) say "hyresvärden underrättad" with the day, and Bevakning no
 * longer asks for it. Letter texts in Inställningar refuse unknown fields.
 * The notice's receipt registers the notice; the application to the
 * hyresnämnd marks the waiver applied for, and its decision goes on the
 * contract.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContractInput } from '../../shared/contracts/schema';
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

  it('refuses a lease a colleague saved after it was read, as a conflict, changing nothing', async () => {
    const lease = await untoldLease();
    await t.call('leases.update', {
      ...leaseInput(world, { premises: 'bostad', subletNotified: false, subletNotifiedDate: null, status: 'aktiv' }),
      notes: 'Kollegans',
      id: lease.id,
      version: lease.version,
    });
    const stale = await t.send('letters.logSent', {
      kind: 'sublet1239',
      owner: 'lease',
      records: [{ id: lease.id, version: lease.version }],
      sentOn: '2026-11-20',
      method: 'post',
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok)
      expect([stale.error.code, stale.error.message]).toEqual([
        'CONFLICT',
        expect.stringMatching(/^Hyresavtalet har ändrats av /),
      ]);
    const after = await t.call('leases.get', { id: lease.id });
    expect([after.subletNotified, after.notes]).toEqual([false, 'Kollegans']);
    expect(await t.call('letters.forRecord', { owner: 'lease', id: lease.id })).toEqual([]);
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

describe('Ansökan till hyresnämnden (12:45 a)', () => {
  /** A contract whose waiver has not been applied for; in force unless `draft` (a draft may lack its ground). */
  async function unappliedContract(overrides: Partial<ContractInput> = {}, draft = false, other = false) {
    const household = await t.call(
      'households.create',
      householdInput(
        sof,
        other ? { members: [member('Bo Berg', OTHER_ADULT, true)], householdSize: 1, childrenCount: 0 } : {},
      ),
    );
    const created = await t.call(
      'contracts.create',
      contractInput(
        { unitId: world.unitIds[other ? 1 : 0]!, householdId: household.id, referringDepartmentId: sof },
        { waiverStatus: 'ej_ansokt', waiverApplicationDate: null, ...overrides },
      ),
    );
    if (draft) return created;
    return t.call('contracts.activate', { id: created.id, version: created.version, acknowledgeWarnings: true });
  }

  async function waiverItem(id: number) {
    const { items } = await t.call('watch.list', { kinds: ['contract.waiverPending'], horizonDays: 365 });
    return items.find((i) => i.entityId === id)?.detail ?? null;
  }

  it('prints parties, unit, period and ground; logging it sends the application; the decision updates the contract', async () => {
    const contract = await unappliedContract();
    expect(await waiverItem(contract.id)).toMatch(/ingen ansökan/);

    const doc = await t.call('documents.render', { kind: 'waiverApplicationLetter', ids: [contract.id] });
    expect(doc.html).toContain('Till hyresnämnden');
    expect(doc.html).toContain(`Kontrakt: ${contract.contractNumber}`);
    expect(doc.html).toContain('Hyresgäst: Anna Andersson');
    expect(doc.html).toContain('LGH-0001, Drottninggatan 1');
    expect(doc.html).toContain('2026-11-01 – 2028-10-31');
    expect(doc.html).toContain('genomgångsbostad inom Bostad Först');
    // The form asks for the tenant's personnummer: printed whole, and the print is audited.
    expect(doc.html).toContain('19851024-2392');
    expect(doc.html).toContain('Uppgifter till hyresnämnden');
    expect(doc.html).not.toMatch(/\{[a-zåäö]+\}/);
    const prints = (await t.backEnd.database
      .knex('auditLog')
      .where({ entity: 'document', action: 'print' })
      .select('after')) as { after: string }[];
    expect(prints.map((p) => JSON.parse(p.after) as unknown)).toContainEqual({
      kind: 'waiverApplicationLetter',
      ids: [contract.id],
    });

    const sent = await t.call('letters.logSent', {
      kind: 'waiverApplication',
      owner: 'contract',
      records: [{ id: contract.id, version: contract.version }],
      sentOn: '2026-11-10',
      method: 'post',
    });
    expect([sent.kind, sent.recipientOrganisationId, sent.recordIds]).toEqual([
      'waiverApplication',
      null,
      [contract.id],
    ]);
    const applied = await t.call('contracts.get', { id: contract.id });
    expect([applied.waiverStatus, applied.waiverApplicationDate]).toEqual(['ansokan_inskickad', '2026-11-10']);
    expect(await waiverItem(contract.id)).toMatch(/inget beslut från hyresnämnden/);

    const decision = await t.call('letters.registerDecision', {
      id: applied.id,
      version: applied.version,
      decisionDate: '2026-11-24',
      caseNumber: 'Ä 4711-26',
      approved: true,
    });
    expect(decision).toMatchObject({ waiverStatus: 'godkand', waiverDecisionDate: '2026-11-24' });
    const decided = await t.call('contracts.get', { id: contract.id });
    expect([decided.waiverStatus, decided.waiverDecisionDate, decided.waiverCaseNumber]).toEqual([
      'godkand',
      '2026-11-24',
      'Ä 4711-26',
    ]);
    expect(await waiverItem(contract.id)).toBeNull();
    const history = await t.call('audit.forRecord', { entity: 'contract', id: contract.id });
    expect(history[0]).toMatchObject({
      action: 'hn-decision',
      changes: { waiverStatus: ['ansokan_inskickad', 'godkand'] },
    });
    // The printed contract now names the decision.
    const printed = await t.call('documents.render', { kind: 'contract', ids: [contract.id] });
    expect(printed.html).toContain('Hyresnämnden godkände överenskommelsen');
    expect(printed.html).toContain('Ä 4711-26');
    // Decided: no second application, no second decision.
    expect((await t.send('documents.render', { kind: 'waiverApplicationLetter', ids: [contract.id] })).ok).toBe(false);
  });

  it('a refusal is registered as avslaget and warns that the household has security of tenure', async () => {
    const contract = await unappliedContract({
      waiverStatus: 'ansokan_inskickad',
      waiverApplicationDate: '2026-10-20',
    });
    await t.call('letters.registerDecision', {
      id: contract.id,
      version: contract.version,
      decisionDate: '2026-11-02',
      caseNumber: 'Ä 99-26',
      approved: false,
    });
    const decided = await t.call('contracts.get', { id: contract.id });
    expect([decided.waiverStatus, decided.waiverCaseNumber]).toEqual(['avslagen', 'Ä 99-26']);
    expect(await waiverItem(contract.id)).toBeNull();
  });

  it('refuses logging the application on a contract a colleague saved after it was read, as a conflict, changing nothing', async () => {
    const contract = await unappliedContract();
    await t.call('contracts.update', {
      ...contractInput(
        { unitId: contract.unitId, householdId: contract.householdId, referringDepartmentId: sof },
        { waiverStatus: 'ej_ansokt', waiverApplicationDate: null, notes: 'Kollegans' },
      ),
      acknowledgeWarnings: true,
      id: contract.id,
      version: contract.version,
    });
    const stale = await t.send('letters.logSent', {
      kind: 'waiverApplication',
      owner: 'contract',
      records: [{ id: contract.id, version: contract.version }],
      sentOn: '2026-11-10',
      method: 'post',
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok)
      expect([stale.error.code, stale.error.message]).toEqual([
        'CONFLICT',
        expect.stringMatching(/^Kontraktet har ändrats av /),
      ]);
    const after = await t.call('contracts.get', { id: contract.id });
    expect([after.waiverStatus, after.waiverApplicationDate, after.notes]).toEqual(['ej_ansokt', null, 'Kollegans']);
    expect(await t.call('letters.forRecord', { owner: 'contract', id: contract.id })).toEqual([]);
  });

  it('refuses an application without a ground, a decision before the application or in the future, and a stale contract, changing nothing', async () => {
    const withoutGround = await unappliedContract({ waiverGround: null }, true);
    const refused = await t.send('documents.render', { kind: 'waiverApplicationLetter', ids: [withoutGround.id] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/fyll i skäl för avstående/);
    const notSent = await t.send('letters.logSent', {
      kind: 'waiverApplication',
      owner: 'contract',
      records: [{ id: withoutGround.id, version: withoutGround.version }],
      sentOn: '2026-11-10',
      method: 'post',
    });
    expect(notSent.ok).toBe(false);
    expect((await t.call('contracts.get', { id: withoutGround.id })).waiverStatus).toBe('ej_ansokt');
    expect(await t.call('letters.forRecord', { owner: 'contract', id: withoutGround.id })).toEqual([]);

    const applied = await unappliedContract(
      { waiverStatus: 'ansokan_inskickad', waiverApplicationDate: '2026-10-20' },
      false,
      true,
    );
    const decide = (over: Record<string, unknown>) =>
      t.send('letters.registerDecision', {
        id: applied.id,
        version: applied.version,
        decisionDate: '2026-11-02',
        caseNumber: 'Ä 1-26',
        approved: true,
        ...over,
      });
    const early = await decide({ decisionDate: '2026-10-19' });
    expect(early.ok).toBe(false);
    if (!early.ok)
      expect(early.error.message).toMatch(/Hyresnämndens beslutsdatum: kan inte vara före ansökan \(2026-10-20\)/);
    const future = await decide({ decisionDate: '2026-12-01' });
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.error.message).toMatch(/kan inte vara senare än i dag/);
    const noCase = await decide({ caseNumber: '  ' });
    expect(noCase.ok).toBe(false);
    if (!noCase.ok) expect(noCase.error.message).toMatch(/Hyresnämndens ärendenummer/);
    const stale = await decide({ version: applied.version + 1 });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    const unchanged = await t.call('contracts.get', { id: applied.id });
    expect([unchanged.version, unchanged.waiverStatus, unchanged.waiverDecisionDate]).toEqual([
      applied.version,
      'ansokan_inskickad',
      null,
    ]);
  });
});
