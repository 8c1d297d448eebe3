/**
 * Swedish organisationsnummer of landlords and developers.
 *
 * Validation is delegated to the `organisationsnummer` package (v1.2.0,
 * which follows the organisationsnummer/meta specification v1.1): ten digits,
 * optionally with a `-` after the sixth, or twelve digits starting with the
 * prefix `16`; Luhn check digit; the first digit not 0; digits 3–4 at least
 * 20 (that is what tells a legal entity's number from a personnummer, whose
 * digits 3–4 are a month).
 *
 * Sole traders (enskild firma): a sole trader has no number of their own;
 * the business uses the owner's personnummer (or samordningsnummer). The
 * package accepts a valid personnummer as an organisationsnummer for that
 * reason, and so do we, because a private person can be a landlord. The
 * result then says `kind: 'soleTrader'`: that value is personal data and
 * must be shown and exported with the same care as a household member's
 * personnummer. It is stored in the same 10-digit `NNNNNN-NNNN` form as
 * every other organisationsnummer (the century is dropped, as in the
 * trade registers).
 *
 * Pure: no I/O. Nothing typed by the package leaves this module.
 */

import Organisationsnummer from 'organisationsnummer';

export type OrganisationNumberKind = 'legalEntity' | 'soleTrader';

export type OrganisationNumberResult =
  | {
      ok: true;
      /** Always `NNNNNN-NNNN`. */
      value: string;
      kind: OrganisationNumberKind;
      /** The legal form the first digit indicates, in Swedish ("Aktiebolag", "Enskild firma"…). */
      typeLabel: string;
    }
  | { ok: false; message: string };

/** User-facing messages, exported so screens and tests use the same text. */
export const ORGANISATION_NUMBER_MESSAGES = {
  empty: 'Ange organisationsnummer',
  format: 'Ange organisationsnumret med tio siffror, NNNNNN-NNNN',
  checkDigit: 'Kontrollsiffran stämmer inte',
  prefix: 'Ett organisationsnummer med tolv siffror ska börja med 16',
  leadingZero: 'Ett organisationsnummer kan inte börja med 0',
  thirdAndFourthDigits:
    'Tredje och fjärde siffran ska vara minst 20 i ett organisationsnummer (och numret är inte heller ett giltigt personnummer för enskild firma)',
  invalid: 'Organisationsnumret är inte giltigt',
} as const;

/** Any shape the package might accept, before it is asked. */
const PLAUSIBLE = /^(\d{2})?\d{6}[-+]?\d{4}$/;

/**
 * Reads an organisationsnummer typed by a user: `5560360793`, `556036-0793`,
 * `165560360793`; or a sole trader's personnummer (`YYMMDD-NNNN`,
 * `YYYYMMDDNNNN`…). Returns it as `NNNNNN-NNNN`, or a Swedish message.
 */
export function parseOrganisationNumber(input: string): OrganisationNumberResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: ORGANISATION_NUMBER_MESSAGES.empty };

  let parsed: Organisationsnummer;
  try {
    parsed = Organisationsnummer.parse(text);
  } catch {
    return { ok: false, message: explainRefusal(text) };
  }
  const soleTrader = parsed.isPersonnummer();
  // The package writes a centenarian owner's number with `+` (the personnummer
  // convention); as an organisationsnummer it is always written with `-`.
  const value = parsed.format(true).replace('+', '-');
  return { ok: true, value, kind: soleTrader ? 'soleTrader' : 'legalEntity', typeLabel: parsed.type() };
}

/** `5560360793` or `556036-0793` → `556036-0793`; anything else unchanged. */
export function formatOrganisationNumber(value: string): string {
  const text = value.trim();
  return /^\d{10}$/.test(text) ? `${text.slice(0, 6)}-${text.slice(6)}` : text;
}

// ---------------------------------------------------------------------------

/**
 * Why the package refused a number, for the message. The package only says
 * "invalid", and it tries the personnummer rules as a fallback, so the
 * checks below are ordered from the one both readings share (the check
 * digit) to the ones only an organisationsnummer has.
 */
function explainRefusal(text: string): string {
  if (!PLAUSIBLE.test(text) || text.includes('+')) return ORGANISATION_NUMBER_MESSAGES.format;
  const digits = text.replace('-', '');
  const ten = digits.slice(-10);
  if (!luhnValid(ten)) return ORGANISATION_NUMBER_MESSAGES.checkDigit;
  if (digits.length === 12 && !digits.startsWith('16')) return ORGANISATION_NUMBER_MESSAGES.prefix;
  if (ten.startsWith('0')) return ORGANISATION_NUMBER_MESSAGES.leadingZero;
  if (Number(ten.slice(2, 4)) < 20) return ORGANISATION_NUMBER_MESSAGES.thirdAndFourthDigits;
  return ORGANISATION_NUMBER_MESSAGES.invalid;
}

/** Luhn (mod 10) over ten digits, the last being the check digit. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let v = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return sum % 10 === 0;
}
