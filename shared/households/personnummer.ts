/**
 * Swedish identity numbers of household members: personnummer and
 * samordningsnummer.
 *
 * The project stores them as 12 digits (`YYYYMMDDNNNN`), as the Swedish Tax
 * Agency recommends for registers: the century is part of the number, so a
 * 10-digit input is refused rather than completed by guessing (a guess is
 * wrong for anyone aged 100 or more, and for anyone whose `-`/`+` was lost in
 * typing).
 *
 * Validation is delegated to the `personnummer` package (v3.2.1). This module
 * only decides *which* Swedish message to show, by checking the parts one at
 * a time before asking the package, so that a user who mistyped a digit is
 * told so rather than getting a generic "invalid". Nothing typed by the
 * package leaves this module.
 *
 * Pure: no I/O, no clock (pass `today` when a future-date check is wanted).
 */

import Personnummer from 'personnummer';
import { fromParts, isIsoDate, type IsoDate } from '../core/dates';

export type IdentityNumberKind = 'personnummer' | 'samordningsnummer';

export type IdentityNumberResult =
  { ok: true; value: string /* 12 digits */; kind: IdentityNumberKind } | { ok: false; message: string };

/** User-facing messages, exported so screens and tests use the same text. */
export const IDENTITY_NUMBER_MESSAGES = {
  empty: 'Ange personnummer eller samordningsnummer',
  twelveDigits: 'Ange personnumret med tolv siffror, ÅÅÅÅMMDD-NNNN',
  impossibleDate: 'Datumet i personnumret finns inte',
  impossibleCoordinationDate: 'Datumet i samordningsnumret finns inte (dagen ska vara födelsedagen plus 60)',
  futureDate: 'Födelsedatumet ligger i framtiden; kontrollera århundradet (19 eller 20)',
  zeroSerial: 'Födelsenumret (de tre siffrorna före kontrollsiffran) kan inte vara 000',
  checkDigit: 'Kontrollsiffran stämmer inte',
  invalid: 'Numret är inte ett giltigt personnummer eller samordningsnummer',
} as const;

export interface ParseIdentityNumberOptions {
  /**
   * When given, a number whose birth date lies after this day is refused.
   * This catches the commonest 12-digit typo, the wrong century
   * (20850101… for 19850101…), which the check digit cannot catch because
   * the century is not part of it.
   */
  today?: IsoDate;
}

/** Exactly how a user may write the number: `YYYYMMDDNNNN` or `YYYYMMDD-NNNN`. */
const TWELVE_DIGITS = /^(\d{4})(\d{2})(\d{2})-?(\d{3})(\d)$/;
/** The short forms `YYMMDDNNNN`, `YYMMDD-NNNN`, `YYMMDD+NNNN`: century unknown. */
const TEN_DIGITS = /^\d{6}[-+]?\d{4}$/;

/** A samordningsnummer adds 60 to the day of birth (folkbokföringslagen 18 a §, now lag 2022:1697). */
const COORDINATION_DAY_OFFSET = 60;

/**
 * Reads a personnummer or samordningsnummer typed by a user.
 *
 * Accepts `YYYYMMDDNNNN` and `YYYYMMDD-NNNN` (surrounding spaces ignored);
 * returns the 12 digits and whether it is a samordningsnummer. Refuses
 * 10-digit numbers, impossible dates, serial 000 and wrong check digits,
 * each with its own Swedish message.
 *
 * Samordningsnummer with an unknown month (`00`) or day (`60`): Skatteverket
 * issues these when the birth date cannot be established, and its own
 * published test numbers contain them (see personnummer/csharp#119 and
 * ActiveLogin.Identity#126, where Skatteverket confirmed this by e-mail). The
 * package refuses them, which would lock such a household member out of the
 * register, so they are accepted here on our own Luhn check; every other
 * number must also pass the package.
 */
export function parseIdentityNumber(input: string, options: ParseIdentityNumberOptions = {}): IdentityNumberResult {
  const text = input.trim();
  if (text === '') return fail(IDENTITY_NUMBER_MESSAGES.empty);
  if (TEN_DIGITS.test(text)) return fail(IDENTITY_NUMBER_MESSAGES.twelveDigits);

  const m = TWELVE_DIGITS.exec(text);
  if (!m) return fail(IDENTITY_NUMBER_MESSAGES.twelveDigits);
  const digits = text.replace('-', '');
  const serial = m[4]!;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);

  // Day 60 = samordningsnummer with unknown day; 61–91 = a known day + 60.
  const kind: IdentityNumberKind = day >= COORDINATION_DAY_OFFSET ? 'samordningsnummer' : 'personnummer';
  const birth = birthDateParts(kind, year, month, day);
  if (!birth) {
    return fail(
      kind === 'samordningsnummer'
        ? IDENTITY_NUMBER_MESSAGES.impossibleCoordinationDate
        : IDENTITY_NUMBER_MESSAGES.impossibleDate,
    );
  }
  if (options.today !== undefined && earliestBirthDate(birth) > options.today) {
    return fail(IDENTITY_NUMBER_MESSAGES.futureDate);
  }
  if (serial === '000') return fail(IDENTITY_NUMBER_MESSAGES.zeroSerial);
  // The check digit covers the 10-digit form (no century), as Skatteverket defines it.
  if (!luhnValid(digits.slice(2))) return fail(IDENTITY_NUMBER_MESSAGES.checkDigit);

  if (birth.month !== null && birth.day !== null) {
    // Complete date: the package has the last word.
    const accepted = Personnummer.valid(digits, { allowCoordinationNumber: true, allowInterimNumber: false });
    if (!accepted) return fail(IDENTITY_NUMBER_MESSAGES.invalid);
  }
  return { ok: true, value: digits, kind };
}

/**
 * `198501012380` → `19850101-****`. Shows the birth date (how staff tell
 * people apart at the desk) and hides the four last digits, which together
 * with the date identify the person. Anything that is not 12 digits (with or
 * without a separator) is hidden completely: a mask must never leak.
 */
export function maskIdentityNumber(value: string): string {
  const digits = value.trim().replace(/[-+]/, '');
  return /^\d{12}$/.test(digits) ? `${digits.slice(0, 8)}-****` : '********-****';
}

/**
 * Stored 12 digits → `YYYYMMDD-NNNN`, the way it is written on contracts.
 * Input that is not 12 digits is returned unchanged (trimmed), so that a
 * legacy value still shows instead of disappearing.
 */
export function formatIdentityNumber(value: string): string {
  const text = value.trim();
  return /^\d{12}$/.test(text) ? `${text.slice(0, 8)}-${text.slice(8)}` : text;
}

// ---------------------------------------------------------------------------

interface BirthDateParts {
  year: number;
  /** null when unknown (samordningsnummer month 00). */
  month: number | null;
  /** null when unknown (samordningsnummer day 60, or month unknown). */
  day: number | null;
}

/**
 * The birth date a number encodes, or null when that date cannot exist
 * (31 April, 29 February in a common year, month 13, day 00 in a personnummer).
 */
function birthDateParts(kind: IdentityNumberKind, year: number, month: number, day: number): BirthDateParts | null {
  if (kind === 'personnummer') {
    return isIsoDate(fromParts(year, month, day)) ? { year, month, day } : null;
  }
  const realDay = day - COORDINATION_DAY_OFFSET;
  if (month === 0) {
    // Month unknown: any day 1–31 could be real, and 0 means unknown too.
    return realDay <= 31 ? { year, month: null, day: null } : null;
  }
  if (month > 12) return null;
  if (realDay === 0) return { year, month, day: null };
  return isIsoDate(fromParts(year, month, realDay)) ? { year, month, day: realDay } : null;
}

/** The earliest day the person can have been born, for the future-date check. */
function earliestBirthDate(b: BirthDateParts): IsoDate {
  return fromParts(b.year, b.month ?? 1, b.day ?? 1);
}

/** Luhn (mod 10) over digits whose last digit is the check digit. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Weights 2,1,2,1… from the left over the 10-digit form (its length is even).
    let v = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return sum % 10 === 0;
}

function fail(message: string): IdentityNumberResult {
  return { ok: false, message };
}
