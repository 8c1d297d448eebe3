/**
 * Developers' commitments from land allocations (plan 3:1): a developer that
 * gets land from the city hands over, in the existing stock and during year
 * X, dwellings equal to 10 % of the volume of the allocation. FF and MEX
 * track what is owed, what has been delivered, what remains and when it is
 * due.
 *
 * Pure: no I/O, no clock; "today" is a parameter.
 */

import { fromParts, isIsoDate, type IsoDate } from '../core/dates';

/** Plan 3:1: "10 procent av volymen i erhållen markanvisning". */
export const DEFAULT_DWELLING_PERCENT = 10;

/**
 * Dwellings owed for an allocation of `volume` dwellings at `percent` %.
 * Rounds UP: a fractional dwelling cannot be handed over, and rounding down
 * would let every allocation not divisible by ten owe less than the plan
 * asks (85 dwellings at 10 % → 8.5 → 9 owed).
 */
export function owedDwellings(volume: number, percent: number = DEFAULT_DWELLING_PERCENT): number {
  if (!Number.isFinite(volume) || volume < 0) throw new RangeError('volume must be a number, 0 or more');
  if (!Number.isFinite(percent) || percent < 0) throw new RangeError('percent must be a number, 0 or more');
  const exact = (volume * percent) / 100;
  // Guard against binary fractions: 375 × 8.8 / 100 is 33.00000000000001 in
  // floating point; a result that is whole on paper must not round up to 34.
  const nearest = Math.round(exact);
  return Math.abs(exact - nearest) < 1e-9 ? nearest : Math.ceil(exact);
}

/** A decision to owe another number than the rule gives (negotiated, for instance). */
export interface OwedOverride {
  owedOverride: number;
  /** Why; required, so the follow-up can explain the difference. */
  reason: string;
}

/** Swedish messages for an override that cannot be used; empty when it is fine. */
export function owedOverrideErrors(override: OwedOverride): string[] {
  const errors: string[] = [];
  if (!Number.isInteger(override.owedOverride) || override.owedOverride < 0) {
    errors.push('Antal bostäder ska vara ett heltal, 0 eller större.');
  }
  if (override.reason.trim() === '') {
    errors.push('Ange skälet till att antalet bostäder avviker från regeln.');
  }
  return errors;
}

export type OwedResolution =
  | {
      ok: true;
      /** What the developer owes: the override when there is one, else the rule's count. */
      owed: number;
      /** What the rule gives, kept for comparison even when overridden. */
      computed: number;
      overridden: boolean;
      /** The override's reason, trimmed; null when not overridden. */
      reason: string | null;
    }
  | { ok: false; messages: string[] };

/** The number of dwellings owed, with an optional override that must carry a reason. */
export function resolveOwedDwellings(
  volume: number,
  percent: number = DEFAULT_DWELLING_PERCENT,
  override?: OwedOverride | null,
): OwedResolution {
  const computed = owedDwellings(volume, percent);
  if (!override) return { ok: true, owed: computed, computed, overridden: false, reason: null };
  const messages = owedOverrideErrors(override);
  if (messages.length > 0) return { ok: false, messages };
  return { ok: true, owed: override.owedOverride, computed, overridden: true, reason: override.reason.trim() };
}

/** Dwellings still to hand over; never negative (over-delivery is not credit). */
export function remainingDwellings(owed: number, delivered: number): number {
  return Math.max(0, owed - delivered);
}

/**
 * The due date of a commitment "during year X": the plan gives only a year,
 * and the developer has the whole year, so it is due by 31 December.
 */
export function dueDateForYear(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError('year must be a whole year');
  return fromParts(year, 12, 31);
}

/**
 * A due date as written in an agreement: a bare year (`2027`) means
 * 31 December that year; a full date (`2027-06-30`) is taken as is.
 * Returns null when it is neither.
 */
export function parseDueDate(text: string): IsoDate | null {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return dueDateForYear(Number(t));
  return isIsoDate(t) ? t : null;
}

export type LandAgreementStatus = 'pagaende' | 'uppfyllt' | 'forsenat' | 'avskrivet';

export const LAND_AGREEMENT_STATUS_LABELS: Readonly<Record<LandAgreementStatus, string>> = {
  pagaende: 'Pågående',
  uppfyllt: 'Uppfyllt',
  forsenat: 'Försenat',
  avskrivet: 'Avskrivet',
};

/**
 * The rule worked out in words, for the form to show beside the count:
 * "10 % av 85 = 8,5, avrundat uppåt: en påbörjad bostad räknas som en hel".
 */
export function owedExplanation(volume: number, percent: number = DEFAULT_DWELLING_PERCENT): string {
  const exact = (volume * percent) / 100;
  const swedish = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');
  const worked = `${swedish(percent)} % av ${swedish(volume)} = ${swedish(exact)}`;
  return Math.abs(exact - Math.round(exact)) < 1e-9
    ? worked
    : `${worked}, avrundat uppåt: en påbörjad bostad räknas som en hel`;
}
