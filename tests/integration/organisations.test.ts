import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { landlordInput, OTHER_VALID_ORG_NUMBER, VALID_ORG_NUMBER } from '../fixtures/bestand';
import { countRows, openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
beforeEach(async () => {
  t = await openTestBackEnd();
});
afterEach(async () => {
  await t.close();
});

describe('organisations (hyresvärdar and byggaktörer)', () => {
  it('stores the organisationsnummer in the NNNNNN-NNNN form', async () => {
    const o = await t.call('organisations.create', landlordInput({ orgNumber: '5566778899' }));
    expect(o.orgNumber).toBe(VALID_ORG_NUMBER);
    expect(o.isLandlord).toBe(true);
  });

  it.each([
    ['5566778898', /^Organisationsnummer: kontrollsiffran stämmer inte/i],
    ['55667788', /^Organisationsnummer: /],
    ['', /^Organisationsnummer: måste fyllas i/],
  ])('refuses organisationsnummer %s with a Swedish message naming the field', async (orgNumber, message) => {
    const result = await t.send('organisations.create', landlordInput({ orgNumber }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.fields?.['orgNumber']).toMatch(message);
    }
    expect(await countRows(t, 'organisations')).toBe(0);
  });

  it.each([
    ['name', { name: '' }, /^Namn: måste fyllas i/],
    ['email', { email: 'eva-at-exempel' }, /^E-post: ange en giltig e-postadress/],
    ['phone', { phone: 'ring mig' }, /^Telefon: /],
    ['postalCode', { postalCode: 'ABC' }, /^Postnummer: /],
    ['isLandlord', { isLandlord: false, isDeveloper: false }, /^Roll: ange om organisationen/],
  ])('refuses bad %s', async (field, change, message) => {
    const result = await t.send('organisations.create', { ...landlordInput(), ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.[field]).toMatch(message);
    expect(await countRows(t, 'organisations')).toBe(0);
  });

  it('keeps one company once: the same organisationsnummer is refused, pointing to the existing record', async () => {
    await t.call('organisations.create', landlordInput());
    const result = await t.send(
      'organisations.create',
      landlordInput({ name: 'Samma bolag AB', isLandlord: false, isDeveloper: true }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.['orgNumber']).toMatch(/finns redan \(Testvärden AB\)/);
  });

  it('lists by role and counts the units each owns', async () => {
    await t.call('organisations.create', landlordInput());
    await t.call(
      'organisations.create',
      landlordInput({ name: 'Byggare AB', orgNumber: OTHER_VALID_ORG_NUMBER, isLandlord: false, isDeveloper: true }),
    );
    expect((await t.call('organisations.list', { role: 'landlord' })).rows.map((r) => r.name)).toEqual([
      'Testvärden AB',
    ]);
    expect((await t.call('organisations.list', { role: 'developer' })).rows.map((r) => r.name)).toEqual(['Byggare AB']);
    expect((await t.call('organisations.list', {})).rows.map((r) => r.unitCount)).toEqual([0, 0]);
    expect((await t.call('organisations.options', { role: 'landlord' })).map((o) => o.name)).toEqual(['Testvärden AB']);
  });
});
