/**
 * Gallring: a run takes exactly what the dry run listed, replaces personal
 * data with a tombstone, keeps the follow-up's figures for earlier years,
 * and is audited. Data is made in 2019–2020 by a back end whose clock says
 * so, then gallrad by one whose clock says 2026-12-01.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modulbostadInput } from '../fixtures/bestand';
import { ADULT, CHILD, contractInput, householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { departmentIds, openTestBackEnd, tempDir, type TestBackEnd } from './testBackEnd';
import path from 'node:path';
import type { RetentionResult } from '../../shared/retention/schema';

const dbPath = path.join(tempDir(), 'gallring.sqlite');
let t: TestBackEnd;
let oldHousehold: number;
let recentHousehold: number;
let activeHousehold: number;
let oldContract: number;

async function draftAndActivate(
  back: TestBackEnd,
  ids: { unitId: number; householdId: number; referringDepartmentId: number },
  start: string,
  end: string,
) {
  const draft = await back.call(
    'contracts.create',
    contractInput(ids, { startDate: start, endDate: end, notes: 'Anteckning om hushållet' }),
  );
  return back.call('contracts.activate', { id: draft.id, version: draft.version });
}

/** Ends a contract as someone would on its last day (the clock of `back`). */
async function endContract(back: TestBackEnd, id: number, end: string) {
  const current = await back.call('contracts.get', { id });
  return back.call('contracts.end', {
    id,
    version: current.version,
    endDate: end,
    reason: 'flytt_forstahandskontrakt',
    note: 'Flyttade till eget kontrakt hos en privat hyresvärd.',
  });
}

beforeAll(async () => {
  const past = await openTestBackEnd({ dbPath, today: '2019-06-01', login: 'anna.admin' });
  const d = await departmentIds(past);
  const ids = (householdId: number, unitId: number) => ({ householdId, unitId, referringDepartmentId: d['SOF']! });
  oldHousehold = (await past.call('households.create', householdInput(d['SOF']!, { notes: 'Behöver stöd.' }))).id;
  const unitA = (await past.call('units.create', modulbostadInput(d['FF']!))).id;
  oldContract = (await draftAndActivate(past, ids(oldHousehold, unitA), '2019-06-01', '2020-05-31')).id;
  // The follow-up's own registers (3:2, 3:8) hold free text about the household too.
  await past.call('discharges.create', {
    householdId: oldHousehold,
    plannedDate: '2019-05-20',
    fromKind: 'anstalt',
    institution: null,
    outcome: 'fore',
    outcomeDate: '2019-05-15',
    notes: 'Utskrivs från anstalten efter avtjänat straff.',
  });
  await past.call('evictionRisks.create', {
    householdId: oldHousehold,
    contractId: oldContract,
    landlordId: null,
    cause: 'storning',
    warningDate: '2019-09-01',
    socialNoticeDate: '2019-09-03',
    departments: ['SOF'],
    actions: 'Hembesök hos grannen som klagat.',
    outcome: 'avvard',
    outcomeDate: '2019-10-15',
    notes: 'Musik på natten.',
  });
  await past.close();

  const ending = await openTestBackEnd({ dbPath, today: '2020-05-31', login: 'anna.admin' });
  await endContract(ending, oldContract, '2020-05-31');
  await ending.close();

  const later = await openTestBackEnd({ dbPath, today: '2023-03-01', login: 'anna.admin' });
  recentHousehold = (
    await later.call(
      'households.create',
      householdInput(d['SOF']!, {
        members: [member('Rut Nyare', OTHER_ADULT, true)],
        householdSize: 1,
        childrenCount: 0,
      }),
    )
  ).id;
  const unitB = (await later.call('units.create', modulbostadInput(d['FF']!, { objectNumber: 'MOD-0002' }))).id;
  const recentContract = (await draftAndActivate(later, ids(recentHousehold, unitB), '2023-03-01', '2024-02-29')).id;
  activeHousehold = (
    await later.call(
      'households.create',
      householdInput(d['SOF']!, {
        members: [member('Ivar Aktiv', '195008212226', true), member('Barn Aktiv', '202002292387')],
      }),
    )
  ).id;
  await later.close();

  const recentEnd = await openTestBackEnd({ dbPath, today: '2024-02-29', login: 'anna.admin' });
  await endContract(recentEnd, recentContract, '2024-02-29');
  await recentEnd.close();

  t = await openTestBackEnd({ dbPath, today: '2026-12-01', login: 'anna.admin' });
});
afterAll(() => t.close());

async function steeringReport(): Promise<string> {
  return (await t.call('documents.render', { kind: 'steeringReport', ids: [] })).html;
}

describe('gallring', () => {
  let dryRun: RetentionResult;

  it('has default rules with their legal basis, editable by an administratör only', async () => {
    const stored = await t.call('settings.retention', {});
    expect(stored.value).toMatchObject({ householdYears: 5, leaseYears: 10, auditYears: 10 });
    expect(stored.value.householdBasis).toMatch(/Socialtjänstlagen 12 kap/);
  });

  it('lists in a dry run what each rule would take, with counts, and changes nothing', async () => {
    const before = await t.call('households.revealIdentity', { id: oldHousehold });
    dryRun = await t.call('retention.dryRun', {});
    const households = dryRun.rules.find((r) => r.rule === 'households')!;
    expect(households).toMatchObject({ count: 1, ids: [oldHousehold], cutoff: '2021-12-01' });
    expect(dryRun.rules.find((r) => r.rule === 'audit')!.count).toBe(0);
    const after = await t.call('households.revealIdentity', { id: oldHousehold });
    expect(after.members).toEqual(before.members);
    expect(dryRun.html).toContain('Gallring: provkörning');
  });

  it('removes exactly what the dry run listed, keeps the follow-up figures, and is audited', async () => {
    const report = await steeringReport();
    const contractBefore = await t.call('contracts.get', { id: oldContract });
    const run = await t.call('retention.run', { confirm: true });
    expect(run.rules.map((r) => [r.rule, r.ids])).toEqual(dryRun.rules.map((r) => [r.rule, r.ids]));

    const gone = await t.call('households.get', { id: oldHousehold });
    expect(gone.holderName).toBe('Gallrad 2026-12-01 enligt regel personuppgifter i hushåll');
    expect(gone.members).toEqual([]);
    expect(gone).toMatchObject({ householdSize: 2, childrenCount: 1, notes: null, phone: null, caseworkerName: null });
    const knex = t.backEnd.database.knex;
    const everything = JSON.stringify([
      await knex('households').where({ id: oldHousehold }),
      await knex('householdMembers').where({ householdId: oldHousehold }),
      await knex('municipalContracts').where({ householdId: oldHousehold }),
      await knex('auditLog').where({ entity: 'household', entityId: oldHousehold }),
      await knex('discharges').where({ householdId: oldHousehold }),
      await knex('evictionRisks').where({ householdId: oldHousehold }),
    ]);
    for (const personal of [
      ADULT,
      CHILD,
      'Anna Andersson',
      'Omar Andersson',
      'Behöver stöd',
      'Flyttade till eget',
      'Karin',
      'avtjänat straff',
      'Hembesök hos grannen',
      'Musik på natten',
    ])
      expect(everything, personal).not.toContain(personal);

    // The contract keeps what the follow-up counts: dates, unit, rent, status.
    const contractAfter = await t.call('contracts.get', { id: oldContract });
    expect(contractAfter).toMatchObject({
      startDate: contractBefore.startDate,
      endedOn: contractBefore.endedOn,
      unitId: contractBefore.unitId,
      monthlyRent: contractBefore.monthlyRent,
      status: 'avslutat',
    });
    expect(await steeringReport()).toBe(report);

    // The households the rules did not take are whole.
    for (const id of [recentHousehold, activeHousehold])
      expect((await t.call('households.revealIdentity', { id })).members.length).toBeGreaterThan(0);

    const audit = (await knex('auditLog').where({ action: 'gallring' })) as { actor: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ date: '2026-12-01' });
    expect(run.html).toContain('Gallringsrapport');
  });

  it('has nothing left to take on a second run', async () => {
    const again = await t.call('retention.dryRun', {});
    expect(again.rules.find((r) => r.rule === 'households')!.count).toBe(0);
  });

  it('takes audit rows older than the rule once the rule is shortened', async () => {
    // The clock fixes today's date, not the audit log's timestamps: date the units' rows as made in 2019.
    const knex0 = t.backEnd.database.knex;
    await knex0('auditLog').where({ entity: 'unit' }).update({ at: '2019-06-01T08:00:00.000Z' });
    const stored = await t.call('settings.retention', {});
    await t.call('settings.setRetention', { value: { ...stored.value, auditYears: 3 }, version: stored.version });
    const dry = await t.call('retention.dryRun', {});
    const audit = dry.rules.find((r) => r.rule === 'audit')!;
    expect(audit.count).toBeGreaterThan(0);
    const knex = t.backEnd.database.knex;
    const old = (await knex('auditLog').where('at', '<', '2023-12-01').select('id')) as { id: number }[];
    expect(audit.ids).toEqual(old.map((r) => r.id));
    await t.call('retention.run', { confirm: true });
    expect(await knex('auditLog').whereIn('id', audit.ids).count({ n: '*' }).first()).toEqual({ n: 0 });
  });

  it('is for administratörer only', async () => {
    const clerk = await openTestBackEnd({ dbPath, today: '2026-12-01', login: 'hugo.handlaggare' });
    try {
      expect(await clerk.send('retention.run', { confirm: true })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await clerk.send('retention.dryRun', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      await clerk.close();
    }
  });
});
