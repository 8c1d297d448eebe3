import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { landlordInput } from '../fixtures/bestand';
import { householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { newcomerInput } from '../fixtures/onward';
import { openTestBackEnd, type TestBackEnd, departmentIds } from './testBackEnd';

// Today is 2026-11-26.
let t: TestBackEnd;
let sof: number;
let householdId: number;

beforeEach(async () => {
  t = await openTestBackEnd();
  const departments = await departmentIds(t);
  sof = departments['SOF']!;
  await t.call('organisations.create', landlordInput({ name: 'Helsingborgshem' }));
  householdId = (await t.call('households.create', householdInput(sof))).id;
});
afterEach(async () => {
  await t.close();
});

describe('settings: onward', () => {
  it('defaults to a two-year establishment period and 24 months before a move-on candidate; refuses zero, naming the field', async () => {
    expect(await t.call('settings.onward', {})).toMatchObject({
      value: { establishmentMonths: 24, moveOnCandidateMonths: 24 },
      version: 0,
    });
    const bad = await t.send('settings.setOnward', {
      value: { establishmentMonths: 0, moveOnCandidateMonths: 24 },
      version: 0,
    });
    expect(!bad.ok && bad.error.fields?.['value.establishmentMonths']).toBe('Etableringstid (månader): minst 1.');
    const saved = await t.call('settings.setOnward', {
      value: { establishmentMonths: 36, moveOnCandidateMonths: 18 },
      version: 0,
    });
    expect(saved).toMatchObject({ value: { establishmentMonths: 36, moveOnCandidateMonths: 18 }, version: 1 });
    const stale = await t.send('settings.setOnward', {
      value: { establishmentMonths: 24, moveOnCandidateMonths: 24 },
      version: 0,
    });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
  });
});

describe('newcomers', () => {
  it('works out the end of the establishment period from the setting, and lists those ending within six months', async () => {
    const soon = await t.call(
      'newcomers.create',
      newcomerInput(householdId, { assignmentDate: '2024-10-01', settlementDate: '2025-01-31' }),
    );
    expect(soon).toMatchObject({ establishmentEnd: '2027-01-31', daysLeft: 66, endingSoon: true });
    const other = (
      await t.call(
        'households.create',
        householdInput(sof, { members: [member('Erik Berg', OTHER_ADULT, true)], householdSize: 1, childrenCount: 0 }),
      )
    ).id;
    await t.call(
      'newcomers.create',
      newcomerInput(other, { assignmentDate: '2026-01-10', settlementDate: '2026-02-01' }),
    );

    const ending = await t.call('newcomers.list', { endingSoon: true });
    expect(ending.rows.map((r) => r.holderName)).toEqual(['Anna Andersson']);
    expect(ending.total).toBe(1);
    expect((await t.call('newcomers.list', {})).total).toBe(2);
    const watch = await t.call('watch.list', { kinds: ['newcomer.establishmentEnds'] });
    expect(watch.items).toMatchObject([{ date: '2027-01-31', title: 'Anna Andersson (19851024-****)' }]);

    // SOU 2025:35: three years. The end moves with the setting; nothing stored changes.
    await t.call('settings.setOnward', { value: { establishmentMonths: 36, moveOnCandidateMonths: 24 }, version: 0 });
    expect(await t.call('newcomers.get', { id: soon.id })).toMatchObject({
      establishmentEnd: '2028-01-31',
      endingSoon: false,
    });
    expect((await t.call('newcomers.list', { endingSoon: true })).total).toBe(0);
  });

  it('refuses a settlement before the assignment and a second record for a household, naming the field', async () => {
    const before = await t.send(
      'newcomers.create',
      newcomerInput(householdId, { assignmentDate: '2025-03-01', settlementDate: '2025-02-01' }),
    );
    expect(!before.ok && before.error.fields?.['settlementDate']).toBe(
      'Bosättningsdatum: kan inte vara före anvisningsdatum.',
    );
    await t.call('newcomers.create', newcomerInput(householdId));
    const twice = await t.send('newcomers.create', newcomerInput(householdId));
    expect(!twice.ok && twice.error.fields?.['householdId']).toMatch(
      /^Hushåll: hushållets bosättning är redan registrerad/,
    );
  });
});
