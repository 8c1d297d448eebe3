import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endContract } from '../../electron/features/contracts/lifecycle';
import type { ServiceContext } from '../../electron/core/context';
import { landlordInput, modulbostadInput } from '../fixtures/bestand';
import { ADULT, contractInput, householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { countRows, openTestBackEnd, serviceContext, type TestBackEnd, departmentIds } from './testBackEnd';
import { onPostgres } from './testEngine';

// The test back end's today is 2026-11-26.
let t: TestBackEnd;
let ff: number;
let sof: number;
let unitId: number;
let householdId: number;
let ids: { unitId: number; householdId: number; referringDepartmentId: number };

beforeEach(async () => {
  t = await openTestBackEnd();
  const departments = await departmentIds(t);
  ff = departments['FF']!;
  sof = departments['SOF']!;
  unitId = (await t.call('units.create', modulbostadInput(ff))).id;
  householdId = (await t.call('households.create', householdInput(sof))).id;
  ids = { unitId, householdId, referringDepartmentId: sof };
});
afterEach(async () => {
  await t.close();
});

const unitStatus = async (id = unitId) => (await t.call('units.get', { id })).status;

async function activeContract(overrides: Parameters<typeof contractInput>[1] = {}, forIds = ids) {
  const draft = await t.call('contracts.create', contractInput(forIds, overrides));
  return t.call('contracts.activate', { id: draft.id, version: draft.version });
}

async function otherHousehold(): Promise<number> {
  return (
    await t.call(
      'households.create',
      householdInput(sof, { members: [member('Erik Berg', OTHER_ADULT, true)], householdSize: 1, childrenCount: 0 }),
    )
  ).id;
}

describe('contracts: register and activate', () => {
  it('a new contract is a draft numbered KK-2026-0001 in phase uthyrning; the unit stays ledig until activation', async () => {
    const draft = await t.call('contracts.create', contractInput(ids));
    expect(draft).toMatchObject({
      contractNumber: 'KK-2026-0001',
      status: 'utkast',
      phase: 'uthyrning',
      responsibleDepartment: 'FF',
      endsOn: '2028-10-31',
      unitObjectNumber: 'MOD-0001',
      holderName: 'Anna Andersson',
      holderIdentityMasked: '19851024-****',
      referringDepartmentCode: 'SOF',
      monthlyRent: 650000,
    });
    expect(await unitStatus()).toBe('ledig');
    const active = await t.call('contracts.activate', { id: draft.id, version: draft.version });
    expect(active).toMatchObject({ status: 'aktivt', phase: 'uthyrning', version: 2 });
    expect(await unitStatus()).toBe('uthyrd');
    const unitHistory = await t.call('audit.forRecord', { entity: 'unit', id: unitId });
    expect(unitHistory[0]).toMatchObject({ action: 'let', actor: 'testare', changes: { status: ['ledig', 'uthyrd'] } });
    const moves = await t.call('contracts.phaseHistory', { id: draft.id });
    expect(moves).toMatchObject([
      { fromPhase: null, toPhase: 'uthyrning', responsibleDepartment: 'FF', movedBy: 'testare' },
    ]);
  });

  it('refuses a waiver without an end date (at any save) or without a ground (at activation), and changes nothing', async () => {
    const noEnd = await t.send('contracts.create', { ...contractInput(ids), endDate: '' });
    expect(noEnd.ok).toBe(false);
    if (!noEnd.ok) expect(noEnd.error.fields?.['endDate']).toMatch(/^Slutdatum: måste fyllas i/);
    expect(await countRows(t, 'municipalContracts')).toBe(0);

    const draft = await t.call('contracts.create', contractInput(ids, { waiverGround: '  ' }));
    expect(draft.waiverGround).toBeNull();
    const audits = await countRows(t, 'auditLog');
    const result = await t.send('contracts.activate', { id: draft.id, version: draft.version });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields?.['waiverGround']).toMatch(
      /^Skäl för avstående från besittningsskydd: måste anges innan kontraktet aktiveras/,
    );
    expect((await t.call('contracts.get', { id: draft.id })).status).toBe('utkast');
    expect(await unitStatus()).toBe('ledig');
    expect(await countRows(t, 'auditLog')).toBe(audits);
    expect(await countRows(t, 'contractPhaseMoves')).toBe(0);
  });

  it('refuses an end date on or before the start, and a decision without a case number', async () => {
    const before = await t.send('contracts.create', contractInput(ids, { endDate: '2026-11-01' }));
    expect(!before.ok && before.error.fields?.['endDate']).toMatch(/^Slutdatum: måste vara efter startdatum/);
    const noCase = await t.send(
      'contracts.create',
      contractInput(ids, { waiverStatus: 'godkand', waiverDecisionDate: '2026-11-25' }),
    );
    expect(!noCase.ok && noCase.error.fields?.['waiverCaseNumber']).toMatch(/^Hyresnämndens ärendenummer: ange/);
  });

  it('refuses to let a unit that is spärrad, or uthyrd without a contract', async () => {
    const draft = await t.call('contracts.create', contractInput(ids));
    const unit = await t.call('units.get', { id: unitId });
    await t.call('units.update', { ...modulbostadInput(ff), status: 'sparrad', id: unitId, version: unit.version });
    const result = await t.send('contracts.activate', { id: draft.id, version: draft.version });
    expect(!result.ok && result.error.fields?.['unitId']).toMatch(/^Bostad: MOD-0001 har status spärrad/);
  });
});

describe('contracts: one contract per unit at a time', () => {
  it('refuses double letting over an overlapping period, naming the contract in the way; nothing changes', async () => {
    const first = await activeContract();
    const second = await t.call(
      'contracts.create',
      contractInput(
        { ...ids, householdId: await otherHousehold() },
        { startDate: '2028-06-01', endDate: '2029-05-31' },
      ),
    );
    const result = await t.send('contracts.activate', { id: second.id, version: second.version });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields?.['unitId']).toBe(
      `Bostad: bostaden är uthyrd på ${first.contractNumber} (2026-11-01 – 2028-10-31) under samma tid; en bostad kan bara ha ett kontrakt åt gången.`,
    );
    expect((await t.call('contracts.get', { id: second.id })).status).toBe('utkast');
  });

  it('lets the unit again from the day after the first contract ends; ending the first keeps the unit uthyrd for the second', async () => {
    const first = await activeContract();
    const second = await activeContract(
      { startDate: '2028-11-01', endDate: '2030-10-31' },
      { ...ids, householdId: await otherHousehold() },
    );
    expect(second.status).toBe('aktivt');
    await t.call('contracts.end', {
      id: first.id,
      version: first.version,
      endDate: '2026-11-26',
      reason: 'egen_uppsagning',
      note: null,
    });
    expect(await unitStatus()).toBe('uthyrd');
  });

  it('refuses changing the unit status or archiving the unit while a contract holds it', async () => {
    await activeContract();
    const unit = await t.call('units.get', { id: unitId });
    const status = await t.send('units.update', {
      ...modulbostadInput(ff),
      status: 'ledig',
      id: unitId,
      version: unit.version,
    });
    expect(!status.ok && status.error.fields?.['status']).toMatch(
      /^Status: bostaden är uthyrd på kommunalt kontrakt KK-2026-0001/,
    );
    const archive = await t.send('units.archive', { id: unitId, version: unit.version });
    expect(archive.ok).toBe(false);
  });
});

describe('contracts: the phases of process 3:4', () => {
  it('moves one phase at a time with the responsible department, records who and when, and refuses skipping', async () => {
    const c = await activeContract();
    const skip = await t.send('contracts.movePhase', { id: c.id, version: c.version, toPhase: 'bostadsforsorjning' });
    expect(skip.ok).toBe(false);
    if (!skip.ok)
      expect(skip.error.fields?.['toPhase']).toBe(
        'Fas: en fas i taget – från Uthyrning/förvaltning går det bara till Uppföljning i boendet.',
      );

    const followUp = await t.call('contracts.movePhase', {
      id: c.id,
      version: c.version,
      toPhase: 'uppfoljning',
      note: 'Inflyttad.',
    });
    expect(followUp).toMatchObject({ phase: 'uppfoljning', responsibleDepartment: 'SOF' });
    const housing = await t.call('contracts.movePhase', {
      id: c.id,
      version: followUp.version,
      toPhase: 'bostadsforsorjning',
    });
    expect(housing.responsibleDepartment).toBe('FF');
    const back = await t.call('contracts.movePhase', {
      id: c.id,
      version: housing.version,
      toPhase: 'uppfoljning',
      note: 'Lägenheten gick till någon annan.',
    });
    expect(back.phase).toBe('uppfoljning');

    const moves = await t.call('contracts.phaseHistory', { id: c.id });
    expect(moves.map((m) => [m.fromPhase, m.toPhase, m.responsibleDepartment])).toEqual([
      ['bostadsforsorjning', 'uppfoljning', 'SOF'],
      ['uppfoljning', 'bostadsforsorjning', 'FF'],
      ['uthyrning', 'uppfoljning', 'SOF'],
      [null, 'uthyrning', 'FF'],
    ]);
    expect(moves[0]).toMatchObject({ movedBy: 'testare', note: 'Lägenheten gick till någon annan.' });
    expect(moves[0]!.movedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('does not move the phase of a draft, or with a stale version', async () => {
    const draft = await t.call('contracts.create', contractInput(ids));
    const result = await t.send('contracts.movePhase', {
      id: draft.id,
      version: draft.version,
      toPhase: 'uppfoljning',
    });
    expect(!result.ok && result.error.message).toMatch(/är utkast: fasen flyttas bara på ett kontrakt som gäller/);
    const c = await t.call('contracts.activate', { id: draft.id, version: draft.version });
    const stale = await t.send('contracts.movePhase', { id: c.id, version: draft.version, toPhase: 'uppfoljning' });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
    expect(await countRows(t, 'contractPhaseMoves')).toBe(1);
  });
});

describe('contracts: notice and end', () => {
  it('ending sets the contract avslutat in phase avslut and the unit ledig, in one write', async () => {
    const c = await activeContract();
    const ended = await t.call('contracts.end', {
      id: c.id,
      version: c.version,
      endDate: '2026-11-26',
      reason: 'flytt_forstahandskontrakt',
      note: 'Eget kontrakt hos Helsingborgshem.',
    });
    expect(ended).toMatchObject({
      status: 'avslutat',
      phase: 'avslut',
      endedOn: '2026-11-26',
      endsOn: '2026-11-26',
      endReason: 'flytt_forstahandskontrakt',
      daysLeft: null,
      responsibleDepartment: 'Alla',
    });
    expect(await unitStatus()).toBe('ledig');
    const unitHistory = await t.call('audit.forRecord', { entity: 'unit', id: unitId });
    expect(unitHistory[0]).toMatchObject({ action: 'vacate', changes: { status: ['uthyrd', 'ledig'] } });
    const again = await t.send('contracts.update', { ...contractInput(ids), id: c.id, version: ended.version });
    expect(!again.ok && again.error.message).toMatch(/är avslutat och kan inte ändras/);
  });

  it('is atomic: when freeing the unit fails, the contract is not ended either', async () => {
    const c = await activeContract();
    const knex = t.backEnd.database.knex;
    if (onPostgres) {
      await knex.raw(
        "create function refuse_vacancy() returns trigger language plpgsql as $$ begin raise exception 'test: unit refuses'; end $$",
      );
      await knex.raw(
        "create trigger refuse_vacancy before update of status on units for each row when (new.status = 'ledig') execute function refuse_vacancy()",
      );
    } else {
      await knex.raw(
        "create trigger refuse_vacancy before update of status on units when new.status = 'ledig' begin select raise(abort, 'test: unit refuses'); end",
      );
    }
    const audits = await countRows(t, 'auditLog');
    const result = await t.send('contracts.end', {
      id: c.id,
      version: c.version,
      endDate: '2026-11-26',
      reason: 'annat',
      note: null,
    });
    expect(result.ok).toBe(false);
    const stored = await t.call('contracts.get', { id: c.id });
    expect(stored).toMatchObject({ status: 'aktivt', phase: 'uthyrning', endedOn: null, version: c.version });
    expect(await unitStatus()).toBe('uthyrd');
    expect(await countRows(t, 'auditLog')).toBe(audits);
    expect(await countRows(t, 'contractPhaseMoves')).toBe(1);
  });

  it('endContract runs inside another service’s transaction and rolls back with it', async () => {
    const c = await activeContract();
    const backEnd = t.backEnd;
    await expect(
      backEnd.database.knex.transaction(async (trx) => {
        const ctx: ServiceContext = serviceContext(t, trx);
        await endContract(
          ctx,
          { id: c.id, version: c.version },
          { endDate: '2026-11-26', reason: 'flytt_forstahandskontrakt', note: null },
        );
        expect(await trx('units').where({ id: unitId }).first('status')).toEqual({
          status: 'ledig',
        });
        throw new Error('the rent guarantee failed');
      }),
    ).rejects.toThrow('the rent guarantee failed');
    expect((await t.call('contracts.get', { id: c.id })).status).toBe('aktivt');
    expect(await unitStatus()).toBe('uthyrd');
  });

  it('gives notice first, then ends; refuses ending in the future, before the start, or a draft', async () => {
    const c = await activeContract();
    const notice = await t.call('contracts.terminate', {
      id: c.id,
      version: c.version,
      noticeDate: '2026-11-26',
      terminationDate: '2027-02-28',
      reason: 'egen_uppsagning',
    });
    expect(notice).toMatchObject({
      status: 'uppsagt',
      terminationDate: '2027-02-28',
      endsOn: '2027-02-28',
      daysLeft: 94,
    });
    expect(await unitStatus()).toBe('uthyrd');
    const future = await t.send('contracts.end', {
      id: c.id,
      version: notice.version,
      endDate: '2027-02-28',
      reason: 'egen_uppsagning',
    });
    expect(!future.ok && future.error.fields?.['endDate']).toMatch(/^Avslutas den: kan inte ligga i framtiden/);

    const draft = await t.call(
      'contracts.create',
      contractInput(
        { ...ids, householdId: await otherHousehold() },
        { startDate: '2027-03-01', endDate: '2028-02-29' },
      ),
    );
    const endDraft = await t.send('contracts.end', {
      id: draft.id,
      version: draft.version,
      endDate: '2026-11-26',
      reason: 'annat',
    });
    expect(!endDraft.ok && endDraft.error.message).toMatch(/är utkast: ett utkast har aldrig gällt/);
  });

  it('never archives a contract that has been in force; an unused draft may be archived', async () => {
    const c = await activeContract();
    const refused = await t.send('contracts.archive', { id: c.id, version: c.version });
    expect(!refused.ok && refused.error.message).toMatch(
      /är en allmän handling och arkiveras inte; avsluta det i stället/,
    );
    const draft = await t.call('contracts.create', contractInput({ ...ids, householdId: await otherHousehold() }));
    const archived = await t.call('contracts.archive', { id: draft.id, version: draft.version });
    expect(archived.archivedAt).not.toBeNull();
    expect(await countRows(t, 'municipalContracts')).toBe(2);
  });
});

describe('contracts: numbers and warnings', () => {
  it('numbers KK-YYYY-NNNN without gaps when two users create at once, and a refused create uses no number', async () => {
    const colleague = await openTestBackEnd({ dbPath: t.dbPath, login: 'kollega' });
    try {
      const refused = await t.send('contracts.create', contractInput({ ...ids, unitId: 9999 }));
      expect(refused.ok).toBe(false);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 === 0 ? t : colleague).send('contracts.create', contractInput(ids)),
        ),
      );
      expect(results.filter((r) => !r.ok)).toEqual([]);
      const numbers = (await t.backEnd.database.knex('municipalContracts').select('contractNumber'))
        .map((r) => r.contractNumber)
        .sort();
      expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `KK-2026-${String(i + 1).padStart(4, '0')}`));
    } finally {
      await colleague.close();
    }
  });

  it('a term over four years is a warning: refused until confirmed, then remembered', async () => {
    const long = contractInput(ids, { endDate: '2031-11-30' });
    const warned = await t.send('contracts.create', long);
    expect(warned.ok).toBe(false);
    if (warned.ok) return;
    expect(warned.error.code).toBe('VALIDATION');
    expect(warned.error.fields?.['acknowledgeWarnings']).toMatch(
      /^Bekräfta varning: Avtalstiden är längre än 4 år \(t\.o\.m\. 2031-11-30\).*Kryssa i ”Bekräfta varning” och spara igen/,
    );
    expect(await countRows(t, 'municipalContracts')).toBe(0);

    const saved = await t.call('contracts.create', { ...long, acknowledgeWarnings: true });
    expect(saved.acknowledgedWarnings).toHaveLength(1);
    const edited = await t.call('contracts.update', { ...long, notes: 'Ändrad', id: saved.id, version: saved.version });
    const active = await t.call('contracts.activate', { id: saved.id, version: edited.version });
    expect(active.status).toBe('aktivt');
    const longer = await t.send('contracts.update', {
      ...long,
      endDate: '2032-11-30',
      id: saved.id,
      version: active.version,
    });
    expect(!longer.ok && longer.error.fields?.['acknowledgeWarnings']).toMatch(/t\.o\.m\. 2032-11-30/);
  });
});

describe('contracts: lists, filters and Bevakning', () => {
  it('filters as a caseworker does, and shows no whole personal number anywhere', async () => {
    const landlord = await t.call('organisations.create', landlordInput());
    const rentedUnit = await t.call(
      'units.create',
      modulbostadInput(ff, {
        objectNumber: 'LGH-0001',
        kind: 'lagenhet',
        site: null,
        permitEndDate: null,
        ownerType: 'hyresvard',
        ownerOrganisationId: landlord.id,
      }),
    );
    const a = await activeContract({
      startDate: '2026-10-01',
      endDate: '2027-01-31',
      waiverStatus: 'godkand',
      waiverApplicationDate: '2026-09-01',
      waiverDecisionDate: '2026-09-20',
      waiverCaseNumber: '1234-26',
    });
    const b = await activeContract(
      { startDate: '2026-11-01', endDate: '2028-10-31' },
      { unitId: rentedUnit.id, householdId: await otherHousehold(), referringDepartmentId: sof },
    );
    const numbers = async (q: Parameters<typeof t.call<'contracts.list'>>[1]) =>
      (await t.call('contracts.list', q)).rows.map((r) => r.contractNumber).sort();

    expect(await numbers({ endingWithinDays: 90 })).toEqual([a.contractNumber]);
    expect(await numbers({ waiverNotApproved: true })).toEqual([b.contractNumber]);
    expect(await numbers({ landlordNotTold: true })).toEqual([b.contractNumber]);
    expect(await numbers({ phase: 'uthyrning', referringDepartmentId: sof })).toEqual([
      a.contractNumber,
      b.contractNumber,
    ]);
    expect(await numbers({ phase: 'uppfoljning' })).toEqual([]);
    expect(await numbers({ search: 'erik' })).toEqual([b.contractNumber]);
    expect(await numbers({ search: 'kk-2026-0001' })).toEqual([a.contractNumber]);
    expect(
      await numbers({
        filters: { status: { filterType: 'set', values: ['aktivt'] } },
        sort: [{ column: 'daysLeft', direction: 'asc' }],
      }),
    ).toHaveLength(2);

    const everything = JSON.stringify([
      await t.call('contracts.list', {}),
      await t.call('contracts.forUnit', { unitId }),
      await t.call('contracts.forHousehold', { householdId }),
      await t.call('watch.list', { horizonDays: 365 }),
      await t.call('households.list', {}),
    ]);
    expect(everything).not.toContain(ADULT);
    expect(everything).not.toContain(OTHER_ADULT);
    expect(everything).not.toMatch(/\b\d{8}-\d{4}\b/);
    expect(everything).toContain('19851024-****');
  });

  it('puts contracts ending, waivers pending and landlords not told in Bevakning', async () => {
    const landlord = await t.call('organisations.create', landlordInput());
    const rentedUnit = await t.call(
      'units.create',
      modulbostadInput(ff, {
        objectNumber: 'LGH-0001',
        kind: 'lagenhet',
        site: null,
        permitEndDate: null,
        ownerType: 'hyresvard',
        ownerOrganisationId: landlord.id,
      }),
    );
    await activeContract({
      startDate: '2026-10-01',
      endDate: '2027-01-31',
      waiverStatus: 'godkand',
      waiverApplicationDate: '2026-09-01',
      waiverDecisionDate: '2026-09-20',
      waiverCaseNumber: '1234-26',
    });
    await activeContract(
      { startDate: '2026-11-01', endDate: '2028-10-31' },
      { unitId: rentedUnit.id, householdId: await otherHousehold(), referringDepartmentId: sof },
    );

    const { items, counts } = await t.call('watch.list', { horizonDays: 120 });
    const contractItems = items
      .filter((i) => i.kind.startsWith('contract.'))
      .map((i) => [i.kind, i.title, i.date, i.daysLeft]);
    expect(contractItems).toEqual([
      ['contract.waiverPending', 'KK-2026-0002, LGH-0001 Vasatorpsvägen 12', '2026-11-01', -25],
      ['contract.landlordNotTold', 'KK-2026-0002, LGH-0001 Vasatorpsvägen 12', '2026-11-01', -25],
      ['contract.ending', 'KK-2026-0001, MOD-0001 Vasatorpsvägen 12', '2027-01-31', 66],
    ]);
    expect(items.find((i) => i.kind === 'contract.ending')!.detail).toBe(
      'Anna Andersson (19851024-****): löper ut 2027-01-31: planera ny bostad, sök förlängt avstående eller säg upp.',
    );
    expect(items.find((i) => i.kind === 'contract.ending')!.route).toMatch(/^kontrakt\/\d+$/);
    expect(counts).toEqual(
      expect.arrayContaining([
        { kind: 'contract.ending', total: 1, overdue: 0 },
        { kind: 'contract.landlordNotTold', total: 1, overdue: 1 },
      ]),
    );

    const summary = await t.call('contracts.summary', {});
    expect(summary).toMatchObject({
      active: 2,
      drafts: 0,
      endingWithin90Days: 1,
      waiverNotApproved: 1,
      landlordNotTold: 1,
      familiesWithChildren: 1,
      byPhase: { uthyrning: 2 },
    });
  });

  it('shows the household its contract in the household list', async () => {
    const c = await activeContract();
    const row = (await t.call('households.list', {})).rows[0]!;
    expect(row).toMatchObject({
      currentContractId: c.id,
      currentContractNumber: 'KK-2026-0001',
      currentUnit: 'MOD-0001, Vasatorpsvägen 12',
    });
    const archive = await t.send('households.archive', { id: householdId, version: row.version });
    expect(!archive.ok && archive.error.message).toMatch(/har kontraktet KK-2026-0001, som inte är avslutat/);
    expect((await t.call('households.revealIdentity', { id: householdId })).members[0]!.identityNumber).toBe(ADULT);
  });
});
