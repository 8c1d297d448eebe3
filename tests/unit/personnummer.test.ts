import { describe, expect, it } from 'vitest';
import {
  IDENTITY_NUMBER_MESSAGES as MSG,
  formatIdentityNumber,
  maskIdentityNumber,
  parseIdentityNumber,
} from '../../shared/households/personnummer';
import {
  TEST_PERSONNUMMER,
  TEST_SAMORDNINGSNUMMER,
  TEST_SAMORDNINGSNUMMER_IMPOSSIBLE_DATE,
  TEST_SAMORDNINGSNUMMER_INCOMPLETE_DATE,
} from '../fixtures/testIdentityNumbers';

/** The same number with its check digit changed (+1 mod 10). */
function withWrongCheckDigit(digits: string): string {
  const check = Number(digits.slice(-1));
  return digits.slice(0, -1) + String((check + 1) % 10);
}

describe('parseIdentityNumber', () => {
  it.each(TEST_PERSONNUMMER)('accepts the test personnummer %s', (pnr) => {
    expect(parseIdentityNumber(pnr)).toEqual({ ok: true, value: pnr, kind: 'personnummer' });
  });

  it.each(TEST_PERSONNUMMER)('accepts %s written with a hyphen and surrounding spaces', (pnr) => {
    const typed = `  ${pnr.slice(0, 8)}-${pnr.slice(8)} `;
    expect(parseIdentityNumber(typed)).toEqual({ ok: true, value: pnr, kind: 'personnummer' });
  });

  it.each(TEST_SAMORDNINGSNUMMER)('accepts the test samordningsnummer %s and says so', (snr) => {
    expect(parseIdentityNumber(snr)).toEqual({ ok: true, value: snr, kind: 'samordningsnummer' });
  });

  it.each(TEST_SAMORDNINGSNUMMER_INCOMPLETE_DATE)(
    'accepts the samordningsnummer %s with an unknown month or day',
    (snr) => {
      expect(parseIdentityNumber(snr)).toEqual({ ok: true, value: snr, kind: 'samordningsnummer' });
    },
  );

  it.each(TEST_SAMORDNINGSNUMMER_INCOMPLETE_DATE)('still checks the check digit of %s', (snr) => {
    expect(parseIdentityNumber(withWrongCheckDigit(snr))).toEqual({ ok: false, message: MSG.checkDigit });
  });

  it.each([...TEST_PERSONNUMMER, ...TEST_SAMORDNINGSNUMMER])('refuses %s with an altered check digit', (n) => {
    const result = parseIdentityNumber(withWrongCheckDigit(n));
    expect(result).toEqual({ ok: false, message: 'Kontrollsiffran stämmer inte' });
  });

  it.each(TEST_PERSONNUMMER)('refuses the 10-digit forms of %s instead of guessing the century', (pnr) => {
    const short = pnr.slice(2);
    for (const typed of [short, `${short.slice(0, 6)}-${short.slice(6)}`, `${short.slice(0, 6)}+${short.slice(6)}`]) {
      expect(parseIdentityNumber(typed)).toEqual({
        ok: false,
        message: 'Ange personnumret med tolv siffror, ÅÅÅÅMMDD-NNNN',
      });
    }
  });

  it('refuses impossible dates even when the check digit is right', () => {
    // Each has a correct check digit: only the date is wrong. 1900 was not a
    // leap year; month 13; 31 April; day 00.
    expect(parseIdentityNumber('190002292381')).toEqual({ ok: false, message: MSG.impossibleDate });
    expect(parseIdentityNumber('198513012388')).toEqual({ ok: false, message: MSG.impossibleDate });
    expect(parseIdentityNumber('198504312383')).toEqual({ ok: false, message: MSG.impossibleDate });
    expect(parseIdentityNumber('198501002383')).toEqual({ ok: false, message: MSG.impossibleDate });
  });

  it.each(TEST_SAMORDNINGSNUMMER_IMPOSSIBLE_DATE)('refuses the samordningsnummer %s whose date cannot exist', (snr) => {
    expect(parseIdentityNumber(snr)).toEqual({ ok: false, message: MSG.impossibleCoordinationDate });
  });

  it('refuses a day beyond 91 as a date that cannot exist', () => {
    expect(parseIdentityNumber('198501922382')).toEqual({ ok: false, message: MSG.impossibleCoordinationDate });
  });

  it('refuses the serial number 000', () => {
    expect(parseIdentityNumber('198510240000')).toEqual({ ok: false, message: MSG.zeroSerial });
  });

  it('refuses empty input and other shapes', () => {
    expect(parseIdentityNumber('   ')).toEqual({ ok: false, message: MSG.empty });
    for (const typed of ['abc', '19851024239', '1985102423922', '19851024+2392', '1985-10-24-2392', '19851024 2392']) {
      expect(parseIdentityNumber(typed)).toEqual({ ok: false, message: MSG.twelveDigits });
    }
  });

  it('with today given, refuses a birth date in the future (a wrong century)', () => {
    expect(parseIdentityNumber('198510242392', { today: '2026-05-01' }).ok).toBe(true);
    // Same digits after the century, so the check digit still matches.
    expect(parseIdentityNumber('208510242392', { today: '2026-05-01' })).toEqual({
      ok: false,
      message: MSG.futureDate,
    });
    // Born today is not in the future.
    expect(parseIdentityNumber('202208912390', { today: '2022-08-31' }).ok).toBe(true);
    expect(parseIdentityNumber('202208912390', { today: '2022-08-30' })).toEqual({
      ok: false,
      message: MSG.futureDate,
    });
  });

  it('has Swedish messages for every refusal', () => {
    for (const message of Object.values(MSG)) expect(message).toMatch(/[a-zåäö]/);
  });
});

describe('maskIdentityNumber', () => {
  it('shows the birth date and hides the last four digits', () => {
    expect(maskIdentityNumber('198501012380')).toBe('19850101-****');
    expect(maskIdentityNumber('198510242392')).toBe('19851024-****');
    expect(maskIdentityNumber('19851024-2392')).toBe('19851024-****');
  });

  it('hides everything when the input is not twelve digits', () => {
    expect(maskIdentityNumber('8510242392')).toBe('********-****');
    expect(maskIdentityNumber('')).toBe('********-****');
    expect(maskIdentityNumber('nonsense')).toBe('********-****');
  });
});

describe('formatIdentityNumber', () => {
  it('writes twelve digits as YYYYMMDD-NNNN', () => {
    expect(formatIdentityNumber('198510242392')).toBe('19851024-2392');
    expect(formatIdentityNumber('202208912390')).toBe('20220891-2390');
  });

  it('leaves anything else as it is', () => {
    expect(formatIdentityNumber('19851024-2392')).toBe('19851024-2392');
    expect(formatIdentityNumber('8510242392')).toBe('8510242392');
  });
});
