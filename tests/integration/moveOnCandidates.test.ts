import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { landlordInput, modulbostadInput } from '../fixtures/bestand';
import { contractInput, householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { openTestBackEnd, type TestBackEnd, departmentIds } from './testBackEnd';

// Today is 2026-11-26.
let t: TestBackEnd;
let ff: number;
let sof: number;
let householdId: number;

beforeEach(async () => {
  t = await openTestBackEnd();
  const departments = await departmentIds(t);
  ff = departments['FF']!;
  sof = departments['SOF']!;
  await t.call('organisations.create', landlordInput({ name: 'Helsingborgshem' }));
  householdId = (await t.call('households.create', householdInput(sof))).id;
});
afterEach(async () => {
  await t.close();
});

describe('move-on candidates', () => {
  it("lists households on a contract longer than the setting, with FF's flag and note", async () => {
    const unitA = (await t.call('units.create', modulbostadInput(ff))).id;
    const unitB = (await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-0002' }))).id;
    const long = await t.call(
      'contracts.create',
      contractInput(
        { unitId: unitA, householdId, referringDepartmentId: sof },
        { startDate: '2024-09-01', endDate: '2027-08-31' },
      ),
    );
    await t.call('contracts.activate', { id: long.id, version: long.version });
    const other = (
      await t.call(
        'households.create',
        householdInput(sof, { members: [member('Erik Berg', OTHER_ADULT, true)], householdSize: 1, childrenCount: 0 }),
      )
    ).id;
    const recent = await t.call(
      'contracts.create',
      contractInput(
        { unitId: unitB, householdId: other, referringDepartmentId: sof },
        { startDate: '2025-06-01', endDate: '2027-05-31' },
      ),
    );
    await t.call('contracts.activate', { id: recent.id, version: recent.version });

    const list = await t.call('moveOns.candidates', {});
    expect(list.rows).toMatchObject([
      { holderName: 'Anna Andersson', monthsOnContract: 26, ready: false, readinessVersion: 0, plannedMoveDate: null },
    ]);
    expect((await t.call('moveOns.candidates', { minMonths: 12 })).total).toBe(2);

    const readiness = await t.call('moveOns.setReadiness', {
      householdId,
      version: 0,
      ready: true,
      note: 'Har sökt hos Helsingborgshem.',
    });
    expect(readiness).toMatchObject({ ready: true, version: 1 });
    const stale = await t.send('moveOns.setReadiness', { householdId, version: 0, ready: false, note: null });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
    expect((await t.call('moveOns.candidates', { readyOnly: true, minMonths: 0 })).rows).toMatchObject([
      { holderName: 'Anna Andersson', ready: true, readyNote: 'Har sökt hos Helsingborgshem.' },
    ]);
  });
});
