import { describe, expect, it } from 'vitest';
import {
  ORGANISATION_NUMBER_MESSAGES as MSG,
  formatOrganisationNumber,
  parseOrganisationNumber,
} from '../../shared/organisations/orgnr';
import { AP_FUND_ORGANISATION_NUMBERS } from '../fixtures/organisationNumbers';
import { TEST_PERSONNUMMER } from '../fixtures/testIdentityNumbers';

/** The same number with its check digit changed (+1 mod 10). */
function withWrongCheckDigit(digits: string): string {
  const check = Number(digits.slice(-1));
  return digits.slice(0, -1) + String((check + 1) % 10);
}

describe('parseOrganisationNumber: legal entities', () => {
  it.each(AP_FUND_ORGANISATION_NUMBERS)('accepts $separatedFormat in every written form', (c) => {
    for (const typed of [c.shortFormat, c.separatedFormat, `16${c.shortFormat}`, ` ${c.separatedFormat}  `]) {
      const result = parseOrganisationNumber(typed);
      expect(result).toMatchObject({ ok: true, value: c.separatedFormat, kind: 'legalEntity' });
    }
  });

  it('names the legal form the first digit indicates', () => {
    const result = parseOrganisationNumber('8572090606');
    expect(result.ok && result.typeLabel).toBe('Ideella förening och stiftelse');
  });

  it.each(AP_FUND_ORGANISATION_NUMBERS)('refuses $separatedFormat with an altered check digit', (c) => {
    expect(parseOrganisationNumber(withWrongCheckDigit(c.shortFormat))).toEqual({
      ok: false,
      message: 'Kontrollsiffran stämmer inte',
    });
    expect(parseOrganisationNumber(withWrongCheckDigit(c.separatedFormat))).toEqual({
      ok: false,
      message: MSG.checkDigit,
    });
  });

  it('refuses digits 3–4 below 20 when the number is not a personnummer either', () => {
    // Correct Luhn digit; read as a personnummer it would be day 32 of month 13.
    expect(parseOrganisationNumber('551332-1231')).toEqual({ ok: false, message: MSG.thirdAndFourthDigits });
  });

  it('refuses a leading zero', () => {
    // Correct Luhn digit, digits 3–4 = 23.
    expect(parseOrganisationNumber('0123456782')).toEqual({ ok: false, message: MSG.leadingZero });
  });

  it('refuses twelve digits that do not start with 16 and are not a personnummer', () => {
    expect(parseOrganisationNumber('198572090606')).toEqual({ ok: false, message: MSG.prefix });
  });

  it('refuses other shapes, and a plus sign', () => {
    expect(parseOrganisationNumber('  ')).toEqual({ ok: false, message: MSG.empty });
    for (const typed of ['abc', '857209060', '85720906061', '857209 0606', '857209+0606']) {
      expect(parseOrganisationNumber(typed)).toEqual({ ok: false, message: MSG.format });
    }
  });
});

describe('parseOrganisationNumber: sole traders (enskild firma)', () => {
  it.each(TEST_PERSONNUMMER)("accepts the owner's personnummer %s as a 10-digit organisationsnummer", (pnr) => {
    const expected = `${pnr.slice(2, 8)}-${pnr.slice(8)}`;
    expect(parseOrganisationNumber(pnr)).toEqual({
      ok: true,
      value: expected,
      kind: 'soleTrader',
      typeLabel: 'Enskild firma',
    });
    expect(parseOrganisationNumber(expected)).toMatchObject({ ok: true, value: expected, kind: 'soleTrader' });
  });

  it("writes a centenarian owner's number with a hyphen, not the personnummer plus", () => {
    expect(parseOrganisationNumber('189001019802')).toMatchObject({ ok: true, value: '900101-9802' });
  });
});

describe('formatOrganisationNumber', () => {
  it('inserts the hyphen in ten digits and leaves anything else alone', () => {
    expect(formatOrganisationNumber('8572090606')).toBe('857209-0606');
    expect(formatOrganisationNumber('857209-0606')).toBe('857209-0606');
    expect(formatOrganisationNumber('abc')).toBe('abc');
  });
});
