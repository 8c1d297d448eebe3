/**
 * Rules for what FF does when a household moves on: the kommunal
 * hyresgaranti and Boverket's grant for it, the yearly quota with
 * Helsingborgshem (plan 3:5), and the establishment period of newcomers
 * settled under the Bosättningslagen (plan 3:9).
 *
 * Pure: no I/O, no clock; every "today" is a parameter.
 */

import { addDays, addMonths, addYears, dateParts, fromParts, isIsoDate, type IsoDate } from '../core/dates';

// ---------------------------------------------------------------------------
// (a) Boverket's grant for a kommunal hyresgaranti
// ---------------------------------------------------------------------------
//
// A municipality may guarantee a household's rent under 2 kap. 6 § lagen
// (2009:47) om vissa kommunala befogenheter. Förordning (2007:623) om
// statligt bidrag för kommunala hyresgarantier, 2 §, sets three conditions
// for the state grant (text as amended t.o.m. SFS 2012:549, riksdagen.se):
//   1. the household has got a home with hyresrätt secured by a lease
//      (hyresavtal) of its own, i.e. a first-hand lease;
//   2. the guarantee covers at least six months' rent and runs for at least
//      two years;
//   3. the household is judged able to pay the rent without försörjningsstöd.
// 3 §: 5 000 kr per guarantee; 1 §: only "i mån av tillgång på medel", so
// qualifying is necessary, not sufficient, for payment.
// Applications go to Boverket (4 §) and must have arrived by 10 March,
// 10 June, 10 September and 10 December (Boverket, "Sök statligt bidrag för
// hyresgarantier"; originally BKN's föreskrifter SFS 2007:659, 3 §).

/** The grant per qualifying guarantee, in öre (3 § förordning 2007:623). */
export const GUARANTEE_GRANT_AMOUNT_ORE = 500_000;

/** At least six months' rent (2 § 2). */
export const GRANT_MIN_COVERED_MONTHS = 6;

/** At least two years (2 § 2). */
export const GRANT_MIN_TERM_YEARS = 2;

/** The days (month, day) by which Boverket must have received an application. */
export const GRANT_APPLICATION_DEADLINES: readonly { month: number; day: number }[] = [
  { month: 3, day: 10 },
  { month: 6, day: 10 },
  { month: 9, day: 10 },
  { month: 12, day: 10 },
];

/** What FF records about a guarantee, as far as the grant is concerned. */
export interface GuaranteeGrantFacts {
  /** The guarantee secures the household's own first-hand lease (förstahandskontrakt). */
  firstHandLease: boolean;
  /**
   * How many monthly rents the guarantee covers (Boverket's form asks for
   * "garantiomfattning, antal månader"). When the guarantee is written as an
   * amount, use `coveredMonthsFromAmount`.
   */
  coveredMonths: number;
  /** First day the municipality's undertaking applies (utfärdandedatum / startdatum). */
  validFrom: IsoDate;
  /**
   * Last day it applies, inclusive; null when it runs without an end date for
   * as long as the lease does, which we count as at least two years.
   */
  validUntil: IsoDate | null;
  /**
   * The municipality's assessment: can the household pay the rent without
   * försörjningsstöd? null while no assessment is recorded.
   */
  canPayWithoutForsorjningsstod: boolean | null;
}

export interface GrantQualification {
  qualifies: boolean;
  /** Why it does not qualify, one Swedish sentence per unmet condition; empty when it qualifies. */
  reasons: string[];
}

/**
 * Whether a guarantee meets the conditions of 2 § förordning (2007:623) for
 * Boverket's grant, and if not, every reason why (all of them, so that the
 * user can fix everything at once).
 */
export function grantQualification(g: GuaranteeGrantFacts): GrantQualification {
  const reasons: string[] = [];
  if (!g.firstHandLease) {
    reasons.push(
      'Garantin gäller inte ett förstahandskontrakt: hushållet måste ha fått en egen hyresrätt med hyresavtal.',
    );
  }
  if (!(g.coveredMonths >= GRANT_MIN_COVERED_MONTHS)) {
    reasons.push(
      `Garantin omfattar ${formatMonths(g.coveredMonths)} månadshyror; den måste omfatta minst sex månadshyror.`,
    );
  }
  const termProblem = termReason(g.validFrom, g.validUntil);
  if (termProblem) reasons.push(termProblem);
  if (g.canPayWithoutForsorjningsstod === null) {
    reasons.push('Det saknas en bedömning av om hushållet kan betala hyran utan försörjningsstöd.');
  } else if (!g.canPayWithoutForsorjningsstod) {
    reasons.push('Hushållet bedöms inte kunna betala hyran utan försörjningsstöd.');
  }
  return { qualifies: reasons.length === 0, reasons };
}

/**
 * How many monthly rents a guaranteed amount covers (exact, not rounded:
 * 29 999 kr against a 5 000 kr rent is less than six months and must not
 * round up to qualify). Amounts in öre.
 */
export function coveredMonthsFromAmount(guaranteedAmountOre: number, monthlyRentOre: number): number {
  if (!(monthlyRentOre > 0)) throw new RangeError('monthlyRentOre must be positive');
  return guaranteedAmountOre / monthlyRentOre;
}

/**
 * The next day by which an application must have reached Boverket. A
 * deadline that falls today is still the next one: an application sent
 * today can still make it.
 */
export function nextGrantApplicationDeadline(today: IsoDate): IsoDate {
  const { year } = dateParts(today);
  for (const d of GRANT_APPLICATION_DEADLINES) {
    const candidate = fromParts(year, d.month, d.day);
    if (candidate >= today) return candidate;
  }
  const first = GRANT_APPLICATION_DEADLINES[0]!;
  return fromParts(year + 1, first.month, first.day);
}

/**
 * "Runs for at least two years": a guarantee from 2025-01-01 to 2026-12-31
 * (inclusive) covers two full years, so the last day must be no earlier than
 * the day before the two-year anniversary.
 */
function termReason(validFrom: IsoDate, validUntil: IsoDate | null): string | null {
  if (!isIsoDate(validFrom)) return 'Garantins startdatum saknas eller är ogiltigt.';
  if (validUntil === null) return null;
  if (!isIsoDate(validUntil)) return 'Garantins slutdatum är ogiltigt.';
  if (validUntil < validFrom) return 'Garantins slutdatum ligger före startdatumet.';
  const lastDayNeeded = addDays(addYears(validFrom, GRANT_MIN_TERM_YEARS), -1);
  return validUntil >= lastDayNeeded ? null : 'Garantin gäller kortare tid än två år.';
}

/** 5 → "5", 5.5 → "5,5" (Swedish decimal comma). */
function formatMonths(months: number): string {
  if (!Number.isFinite(months)) return '0';
  return String(Math.round(months * 10) / 10).replace('.', ',');
}

// ---------------------------------------------------------------------------
// (b) Quota with a landlord (plan 3:5)
// ---------------------------------------------------------------------------
//
// Plan 3:5 (the 2017 agreement with Helsingborgshem): within the existing
// quota for the programme, FF may allocate apartments to five tenants a year
// who do not meet the company's economic requirements, provided that
// (1) the tenant has paid the current rent, (2) there are no disturbances or
// other problems, (3) FF vouches for the tenant. The number is renegotiated
// yearly, so the places are data (`Quota.places`), not a constant.

/** The 2017 agreement's number of places a year; the default for a new quota. */
export const DEFAULT_QUOTA_PLACES = 5;

export type LandlordId = string | number;

/** The places agreed with one landlord for one calendar year. */
export interface Quota {
  landlordId: LandlordId;
  year: number;
  places: number;
}

/** A household placed with a landlord; `withinQuota` when it used a quota place. */
export interface QuotaPlacement {
  landlordId: LandlordId;
  /** The day of the allocation; its calendar year decides which quota it counts against. */
  date: IsoDate;
  withinQuota: boolean;
}

export interface QuotaUsage {
  landlordId: LandlordId;
  year: number;
  places: number;
  /** Within-quota placements with this landlord in this calendar year. */
  used: number;
  /** Places left, never negative. */
  remaining: number;
  /** Placements beyond the agreed places (each should have a recorded reason). */
  over: number;
  /** No place left. */
  full: boolean;
}

/**
 * How much of a landlord's yearly quota is used: counts the within-quota
 * placements with that landlord whose date falls in the quota's calendar
 * year. Placements outside the quota, with other landlords or in other
 * years are ignored, so the whole placement list may be passed.
 */
export function quotaUsage(quota: Quota, placements: readonly QuotaPlacement[]): QuotaUsage {
  const used = placements.filter((p) => countsAgainst(quota.landlordId, quota.year, p)).length;
  const places = Math.max(0, quota.places);
  return {
    landlordId: quota.landlordId,
    year: quota.year,
    places,
    used,
    remaining: Math.max(0, places - used),
    over: Math.max(0, used - places),
    full: used >= places,
  };
}

/**
 * Whether a new placement must carry a recorded reason because it goes
 * beyond the agreed quota: it uses a quota place and the quota for its
 * landlord and year is already full. `quota` is the quota for the
 * candidate's landlord and year, or undefined when none was agreed (then
 * there are no places, and any within-quota placement needs a reason); a
 * quota for another landlord or year is treated the same way, as not
 * applying. `placements` are the existing ones, not including the candidate.
 */
export function placementNeedsReason(
  quota: Quota | undefined,
  placements: readonly QuotaPlacement[],
  candidate: QuotaPlacement,
): boolean {
  if (!candidate.withinQuota) return false;
  if (!quota || quota.landlordId !== candidate.landlordId || quota.year !== dateParts(candidate.date).year) {
    return true;
  }
  return quotaUsage(quota, placements).full;
}

/** The quota agreed with a landlord for a year, if any. */
export function findQuota(quotas: readonly Quota[], landlordId: LandlordId, year: number): Quota | undefined {
  return quotas.find((q) => q.landlordId === landlordId && q.year === year);
}

/** The three conditions of plan 3:5, as recorded for a placement. */
export interface PlacementConditions {
  /** (1) The tenant has paid the current rent. */
  paidCurrentRent: boolean;
  /** (2) No disturbances or other problems. */
  noDisturbances: boolean;
  /** (3) FF vouches for the tenant. */
  ffVouches: boolean;
}

/**
 * One Swedish message per unmet condition of plan 3:5; empty when all three
 * hold. All three are required, so a placement with any message must not be
 * made within the quota.
 */
export function placementConditionErrors(c: PlacementConditions): string[] {
  const errors: string[] = [];
  if (c.paidCurrentRent !== true) errors.push('Hyresgästen har inte skött sina nuvarande hyresinbetalningar.');
  if (c.noDisturbances !== true) errors.push('Det förekommer störningar eller annan problematik.');
  if (c.ffVouches !== true) errors.push('Fastighetsförvaltningen har inte gått i god för hyresgästen.');
  return errors;
}

function countsAgainst(landlordId: LandlordId, year: number, p: QuotaPlacement): boolean {
  return p.withinQuota && p.landlordId === landlordId && dateParts(p.date).year === year;
}

// ---------------------------------------------------------------------------
// (c) Establishment period of newcomers (plan 3:9)
// ---------------------------------------------------------------------------
//
// FF receives, settles and follows up newcomers settled under the
// Bosättningslagen (lag 2016:38) "during the establishment period, which is
// two years" (the plan). SOU 2025:35 (Etableringsboendelagen) proposes
// replacing the system with a time-limited etableringsboende of up to three
// years (dir. 2024:22), so the length is a setting; 24 months is the default.
//
// Counting: lag (1930:173) om beräkning av lagstadgad tid, 1 §: a period in
// months ends on the day of the final month with the same number as the
// start day, or that month's last day when there is none. `addMonths`
// already clamps that way (2024-02-29 + 24 months = 2026-02-28).

export const DEFAULT_ESTABLISHMENT_MONTHS = 24;

/** The day the establishment period ends, `months` after the settlement date. */
export function establishmentPeriodEnd(
  settlementDate: IsoDate,
  months: number = DEFAULT_ESTABLISHMENT_MONTHS,
): IsoDate {
  if (!Number.isInteger(months) || months <= 0) throw new RangeError('months must be a positive whole number');
  return addMonths(settlementDate, months);
}

/**
 * Whether a period ending on `endDate` ends between today and `months` from
 * today, both days included: the list of "whose period ends soon". A period
 * that has already ended is not "ending within".
 */
export function endsWithin(endDate: IsoDate, today: IsoDate, months: number): boolean {
  return endDate >= today && endDate <= addMonths(today, months);
}

/**
 * The settlement dates whose period of `months` ends between `from` and
 * `to`, both included, as one range for an indexed query on the settlement
 * date (the end itself is not stored: its length is a setting). The end
 * never decreases as the settlement date grows, so the dates form one
 * unbroken range; month-end clamping can give several settlement days the
 * same end, so the bounds are found by stepping from the estimate. When no
 * settlement date fits, `last` comes before `first`.
 */
export function settlementDatesEndingBetween(
  from: IsoDate,
  to: IsoDate,
  months: number = DEFAULT_ESTABLISHMENT_MONTHS,
): { first: IsoDate; last: IsoDate } {
  const end = (settlement: IsoDate) => establishmentPeriodEnd(settlement, months);
  let first = addMonths(from, -months);
  while (end(first) >= from) first = addDays(first, -1);
  while (end(first) < from) first = addDays(first, 1);
  let last = addMonths(to, -months);
  while (end(last) <= to) last = addDays(last, 1);
  while (end(last) > to) last = addDays(last, -1);
  return { first, last };
}
