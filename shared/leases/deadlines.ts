/**
 * Notice deadlines for leases where the city is the TENANT renting from an
 * external landlord (hyresavtal), under Jordabalken 12 kap. (hyreslagen).
 *
 * Pure rules: no I/O, no clock. Every function takes the dates it needs.
 *
 * Sources (text of the law as consolidated; checked against lagtext copies
 * and Hyresnämnden's / Hallå konsument's guidance):
 * - JB 12:1 femte stycket: terms that conflict with the chapter are void
 *   AGAINST THE TENANT. So an agreed period that favours the tenant (a
 *   shorter notice period for the tenant) is valid, and one that disfavours
 *   the tenant (a shorter notice period for the landlord) is not.
 * - JB 12:3 andra stycket: a fixed-term lease ends when the term runs out,
 *   unless otherwise agreed; but when the tenancy has lasted MORE than nine
 *   months in a row it must always be given notice to end.
 * - JB 12:3 tredje stycket 1: a fixed-term lease that must be given notice,
 *   is not, and has no clause on the effect of missing notice, continues for
 *   an INDEFINITE term. This holds for housing AND premises (lokal): the
 *   "three more years" seen on lokal contracts is the standard form's
 *   agreed extension clause, not the law's default.
 * - JB 12:3 tredje stycket 2: a lease that ended without notice also becomes
 *   indefinite if the tenant keeps using the premises a month after the end
 *   without being asked to move. We cannot see use, so it is not modelled.
 * - JB 12:4 första stycket: an indefinite lease ends, after notice, at the
 *   month-end ("månadsskifte") that comes nearest after three months from the
 *   notice (bostad, p. 1) or nine months (lokal, p. 2), unless a longer notice
 *   period is agreed.
 * - JB 12:4 andra stycket: a fixed-term lease that must be given notice, with
 *   no longer period agreed, is given notice at the latest
 *   1. one day before if the term is at most two weeks,
 *   2. one week before if longer than two weeks but at most three months,
 *   3. three months before if longer than three months (bostad),
 *   4. three months before if longer than three but at most nine months (lokal),
 *   5. nine months before if longer than nine months (lokal).
 *   After a roll-over under an agreed extension clause, "the term" is the
 *   extension period.
 * - JB 12:5 första stycket: a housing tenant may always give notice on a
 *   fixed-term lease to end at the month-end nearest after three months.
 */

import { addDays, addMonths, endOfMonth, isEndOfMonth, isIsoDate, type IsoDate } from '../core/dates';

export type Premises = 'bostad' | 'lokal';
export type TermType = 'tidsbestamd' | 'tillsvidare';
/** Who gives notice: the city as tenant, or the external landlord. */
export type Party = 'tenant' | 'landlord';

export interface LeaseTerms {
  premises: Premises;
  startDate: IsoDate;
  termType: TermType;
  /** Last day of the (first) fixed term; required for tidsbestamd, ignored for tillsvidare. */
  endDate: IsoDate | null;
  /** Agreed notice period for the city (tenant), in months; null = the law's default. */
  noticeMonthsTenant: number | null;
  /** Agreed notice period for the landlord, in months; null = the law's default. */
  noticeMonthsLandlord: number | null;
  /** Agreed förlängning when a fixed term is not terminated, in months; null = the law's default (indefinite). */
  extensionMonths: number | null;
}

/** A notice period and where it comes from. */
export interface NoticePeriod {
  unit: 'months' | 'days';
  count: number;
  /** True when the lease's own agreed period applies rather than the law's. */
  agreed: boolean;
  /** Short source reference, e.g. 'JB 12:4 andra stycket 5'. */
  rule: string;
}

/** Where a lease stands on a given day, assuming no notice has been given. */
export type LeaseState =
  | {
      kind: 'fixed';
      /** 0 = the original term, 1 = the first extension, … */
      periodIndex: number;
      periodStart: IsoDate;
      periodEnd: IsoDate;
      /** False when the period simply runs out (JB 12:3 andra stycket). */
      needsNotice: boolean;
    }
  | { kind: 'indefinite'; since: IsoDate }
  | { kind: 'ended'; endedOn: IsoDate };

export interface NoticeDeadline {
  /** Last day notice can be given (received) so that the lease ends on `endsOn`. */
  lastNoticeDate: IsoDate;
  /** The day the lease ends (its last day) when notice is given in time. */
  endsOn: IsoDate;
  /** Short source reference, e.g. 'JB 12:4 första stycket 1'. */
  rule: string;
  /** One Swedish sentence for the screen. */
  explanation: string;
}

export interface NoticeOutcome {
  /** Last day of the lease after the notice. */
  endsOn: IsoDate;
  rule: string;
  explanation: string;
}

/** The law's notice period, in months, for a lease that runs tills vidare (JB 12:4 första stycket). */
export const STATUTORY_INDEFINITE_NOTICE_MONTHS: Readonly<Record<Premises, number>> = { bostad: 3, lokal: 9 };

/** A fixed tenancy longer than this must be given notice (JB 12:3 andra stycket). */
export const NOTICE_REQUIRED_AFTER_MONTHS = 9;

/** JB 12:5: the housing tenant's own notice period on a fixed term. */
const TENANT_EARLY_EXIT_MONTHS = 3;

/** Upper bound for agreed month counts: a typo guard, not a legal limit. */
const MAX_AGREED_MONTHS = 120;

/** Guards the period loops against absurd inputs (1 200 periods ≥ 100 years). */
const MAX_PERIODS = 1200;

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

/**
 * Problems with the terms, field name → Swedish message; empty when the
 * terms can be computed on. The service layer shows these; the functions
 * below throw when called with invalid terms (a programming error).
 */
export function leaseTermsProblems(terms: LeaseTerms): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!isIsoDate(terms.startDate)) problems.startDate = 'Startdatum: ange ett giltigt datum som ÅÅÅÅ-MM-DD.';
  if (terms.termType === 'tidsbestamd') {
    if (terms.endDate === null) problems.endDate = 'Slutdatum: måste fyllas i för ett tidsbestämt avtal.';
    else if (!isIsoDate(terms.endDate)) problems.endDate = 'Slutdatum: ange ett giltigt datum som ÅÅÅÅ-MM-DD.';
    else if (isIsoDate(terms.startDate) && terms.endDate < terms.startDate)
      problems.endDate = 'Slutdatum: får inte vara före startdatum.';
  }
  const months: [keyof LeaseTerms, string][] = [
    ['noticeMonthsTenant', 'Uppsägningstid för staden'],
    ['noticeMonthsLandlord', 'Uppsägningstid för hyresvärden'],
    ['extensionMonths', 'Förlängningstid'],
  ];
  for (const [field, label] of months) {
    const value = terms[field];
    if (value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_AGREED_MONTHS)
      problems[field] = `${label}: ange ett helt antal månader (1–${MAX_AGREED_MONTHS}).`;
  }
  return problems;
}

function assertValid(terms: LeaseTerms, ...dates: IsoDate[]): void {
  const problems = Object.values(leaseTermsProblems(terms));
  for (const d of dates) if (!isIsoDate(d)) problems.push(`Ogiltigt datum: ${d}.`);
  if (problems.length > 0) throw new Error(`Ogiltiga avtalsvillkor: ${problems.join(' ')}`);
}

// ---------------------------------------------------------------------------
// Small date rules
// ---------------------------------------------------------------------------

/**
 * True when a span from `firstDay` through `lastDay` (both inclusive) is
 * longer than `months` calendar months: the day after it is later than
 * `firstDay + months` (2026-01-01..2026-09-30 is exactly nine months).
 */
export function spanLongerThanMonths(firstDay: IsoDate, lastDay: IsoDate, months: number): boolean {
  return addDays(lastDay, 1) > addMonths(firstDay, months);
}

function spanLongerThanDays(firstDay: IsoDate, lastDay: IsoDate, days: number): boolean {
  return addDays(lastDay, 1) > addDays(firstDay, days);
}

/**
 * JB 12:4 första stycket: the lease ends at the month-end nearest after
 * `months` months from the notice, i.e. the notice month does not count and
 * `months` whole calendar months follow (notice 2026-05-15, three months →
 * 2026-08-31; notice 2026-01-31 → 2026-04-30).
 */
export function monthEndAfterNotice(noticeDate: IsoDate, months: number): IsoDate {
  return endOfMonth(addMonths(noticeDate, months));
}

/**
 * Inverse of `monthEndAfterNotice`: the last day notice can be given for the
 * lease to end no later than `endsOn` with a month-end notice period.
 */
function lastNoticeForMonthEnd(endsOn: IsoDate, months: number): IsoDate {
  // A notice in month M ends at the end of month M + months; the last such
  // end not after `endsOn` is `endsOn`'s own month only if it is a month-end.
  const lastEndMonth = isEndOfMonth(endsOn) ? endsOn : addMonths(endsOn, -1);
  return endOfMonth(addMonths(lastEndMonth, -months));
}

/**
 * Last day notice can be given "senast … i förväg" before a fixed term ends
 * on `periodEnd` (its last day): the latest day D with D + period ≤ periodEnd,
 * counting months the way lag (1930:173) does (a missing day clamps to the
 * month's last). So a term ending 2027-12-31 with nine months' notice must be
 * given notice by 2027-03-31, one ending 2028-02-29 with three months' by
 * 2027-11-30.
 */
export function lastDayToGiveNotice(periodEnd: IsoDate, notice: Pick<NoticePeriod, 'unit' | 'count'>): IsoDate {
  if (notice.unit === 'days') return addDays(periodEnd, -notice.count);
  let candidate = addMonths(periodEnd, -notice.count);
  // addMonths clamps, so a month-end term can allow a later day; at most a
  // few steps (31 − 28).
  while (addMonths(addDays(candidate, 1), notice.count) <= periodEnd) candidate = addDays(candidate, 1);
  return candidate;
}

function monthsText(n: number): string {
  return n === 1 ? '1 månad' : `${n} månader`;
}

function periodText(p: Pick<NoticePeriod, 'unit' | 'count'>): string {
  if (p.unit === 'months') return monthsText(p.count);
  return p.count === 1 ? '1 dag' : `${p.count} dagar`;
}

// ---------------------------------------------------------------------------
// Notice periods
// ---------------------------------------------------------------------------

function agreedMonths(terms: LeaseTerms, party: Party): number | null {
  return party === 'tenant' ? terms.noticeMonthsTenant : terms.noticeMonthsLandlord;
}

/**
 * Applies JB 12:1 femte stycket to an agreed period: the tenant is bound by
 * what it agreed (shorter favours it; longer is what 12:4 allows), while
 * the landlord's agreed period counts only when longer than the law's.
 */
function chooseNotice(statutory: NoticePeriod, agreed: number | null, party: Party, agreedRule: string): NoticePeriod {
  if (agreed === null) return statutory;
  const agreedPeriod: NoticePeriod = { unit: 'months', count: agreed, agreed: true, rule: agreedRule };
  if (party === 'tenant') return agreedPeriod;
  return isLonger(agreedPeriod, statutory) ? agreedPeriod : statutory;
}

/** Months against days: a month is at least 28 days, enough to compare the law's 1 and 7 days. */
function isLonger(a: NoticePeriod, b: NoticePeriod): boolean {
  const days = (p: NoticePeriod): number => (p.unit === 'months' ? p.count * 28 : p.count);
  if (a.unit === b.unit) return a.count > b.count;
  return days(a) > days(b);
}

/** Notice period, in months, for an indefinite lease (JB 12:4 första stycket). */
export function indefiniteNoticePeriod(terms: LeaseTerms, party: Party = 'tenant'): NoticePeriod {
  const point = terms.premises === 'bostad' ? 1 : 2;
  const statutory: NoticePeriod = {
    unit: 'months',
    count: STATUTORY_INDEFINITE_NOTICE_MONTHS[terms.premises],
    agreed: false,
    rule: `JB 12:4 första stycket ${point}`,
  };
  return chooseNotice(statutory, agreedMonths(terms, party), party, 'JB 12:4 första stycket (avtalad uppsägningstid)');
}

/**
 * Notice period before a fixed term (period) ends (JB 12:4 andra stycket),
 * graded by the length of the period: the original term, or the extension
 * period once the lease has rolled over.
 */
export function fixedTermNoticePeriod(
  terms: LeaseTerms,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  party: Party = 'tenant',
): NoticePeriod {
  const statutory = ((): NoticePeriod => {
    const law = (unit: 'months' | 'days', count: number, point: number): NoticePeriod => ({
      unit,
      count,
      agreed: false,
      rule: `JB 12:4 andra stycket ${point}`,
    });
    if (!spanLongerThanDays(periodStart, periodEnd, 14)) return law('days', 1, 1);
    if (!spanLongerThanMonths(periodStart, periodEnd, 3)) return law('days', 7, 2);
    if (terms.premises === 'bostad') return law('months', 3, 3);
    if (!spanLongerThanMonths(periodStart, periodEnd, 9)) return law('months', 3, 4);
    return law('months', 9, 5);
  })();
  return chooseNotice(statutory, agreedMonths(terms, party), party, 'JB 12:4 andra stycket (avtalad uppsägningstid)');
}

// ---------------------------------------------------------------------------
// Periods and state
// ---------------------------------------------------------------------------

function fixedEnd(terms: LeaseTerms): IsoDate {
  if (terms.endDate === null) throw new Error('Tidsbestämt avtal saknar slutdatum.');
  return terms.endDate;
}

/**
 * Period `k` of a fixed-term lease that rolls over: k = 0 is the original
 * term, later ones follow back to back with the agreed extension. Each is
 * counted from the day after the original end so month-end clamping never
 * drifts (a term ending 2026-02-28 rolls to 2027-02-28, then 2028-02-29).
 */
function period(terms: LeaseTerms, k: number): { start: IsoDate; end: IsoDate } {
  const end0 = fixedEnd(terms);
  if (k === 0) return { start: terms.startDate, end: end0 };
  const ext = terms.extensionMonths;
  if (ext === null) throw new Error('Avtalet har ingen förlängningstid.');
  const anchor = addDays(end0, 1);
  return { start: addMonths(anchor, (k - 1) * ext), end: addDays(addMonths(anchor, k * ext), -1) };
}

/**
 * JB 12:3 andra stycket: must the period ending `periodEnd` be given notice?
 * Yes when the tenancy, counted from the lease's start, will then have
 * lasted more than nine months, or when the lease itself says it continues
 * unless terminated (an agreed extension is "annat avtalat").
 */
function periodNeedsNotice(terms: LeaseTerms, periodEnd: IsoDate): boolean {
  return (
    terms.extensionMonths !== null || spanLongerThanMonths(terms.startDate, periodEnd, NOTICE_REQUIRED_AFTER_MONTHS)
  );
}

/**
 * Whether a fixed-term lease must be given notice to end (JB 12:3 andra
 * stycket): a fixed term whose tenancy lasts more than nine months, or one
 * with an agreed extension, continues unless terminated; a shorter one with
 * no extension clause simply ends on its end date. An indefinite lease
 * always needs notice (JB 12:3 första stycket), so this returns true for it.
 */
export function fixedTermNeedsNotice(terms: LeaseTerms): boolean {
  assertValid(terms);
  if (terms.termType === 'tillsvidare') return true;
  return periodNeedsNotice(terms, fixedEnd(terms));
}

/**
 * Where the lease stands on `date` if no notice has been given: which fixed
 * period runs (rolling agreed extensions forward), whether it has become
 * indefinite (JB 12:3 tredje stycket 1), or whether it ran out by itself.
 * A date before the start counts as inside the first period.
 */
export function leaseStateOn(terms: LeaseTerms, date: IsoDate): LeaseState {
  assertValid(terms, date);
  if (terms.termType === 'tillsvidare') return { kind: 'indefinite', since: terms.startDate };
  for (let k = 0; k < MAX_PERIODS; k++) {
    const p = period(terms, k);
    const needsNotice = periodNeedsNotice(terms, p.end);
    if (date <= p.end) return { kind: 'fixed', periodIndex: k, periodStart: p.start, periodEnd: p.end, needsNotice };
    if (!needsNotice) return { kind: 'ended', endedOn: p.end };
    if (terms.extensionMonths === null) return { kind: 'indefinite', since: addDays(p.end, 1) };
  }
  throw new Error('Avtalet har för många förlängningsperioder att räkna fram.');
}

/**
 * End of the fixed period running on `today` (extensions rolled forward),
 * or null when the lease runs tills vidare (from the start, or after a
 * roll-over without an agreed extension). For a short fixed term that has
 * already run out without needing notice, its (past) end date.
 */
export function currentPeriodEnd(terms: LeaseTerms, today: IsoDate): IsoDate | null {
  const state = leaseStateOn(terms, today);
  if (state.kind === 'fixed') return state.periodEnd;
  if (state.kind === 'ended') return state.endedOn;
  return null;
}

// ---------------------------------------------------------------------------
// Deadlines and outcomes
// ---------------------------------------------------------------------------

/** The first fixed period, from `k` on, whose notice deadline is not before `date`. */
function firstReachablePeriod(
  terms: LeaseTerms,
  k: number,
  date: IsoDate,
  party: Party,
): { index: number; end: IsoDate; lastNoticeDate: IsoDate; notice: NoticePeriod } | null {
  for (let i = k; i < k + MAX_PERIODS; i++) {
    const p = period(terms, i);
    const notice = fixedTermNoticePeriod(terms, p.start, p.end, party);
    const lastNoticeDate = lastDayToGiveNotice(p.end, notice);
    if (date <= lastNoticeDate) return { index: i, end: p.end, lastNoticeDate, notice };
    // Without an extension clause the lease turns indefinite after this period.
    if (terms.extensionMonths === null) return null;
  }
  throw new Error('Avtalet har för många förlängningsperioder att räkna fram.');
}

function fixedRule(notice: NoticePeriod): string {
  return notice.agreed ? notice.rule : `JB 12:3 andra stycket, ${notice.rule.replace(/^JB /, '')}`;
}

function indefiniteAfterRule(notice: NoticePeriod): string {
  return `JB 12:3 tredje stycket 1, ${notice.rule.replace(/^JB /, '')}`;
}

function whoGives(party: Party): string {
  return party === 'tenant' ? 'Säg upp' : 'Hyresvärden måste säga upp';
}

function otherwise(terms: LeaseTerms): string {
  return terms.extensionMonths !== null
    ? `annars förlängs det med ${monthsText(terms.extensionMonths)}`
    : 'annars fortsätter det att gälla tills vidare';
}

/**
 * The next notice deadline that matters on `today`: the last day `party`
 * can give notice (it must have reached the other party) so that the lease
 * ends at the earliest end still reachable, and that end. Null when no
 * notice is needed or possible: a fixed term of at most nine months without
 * an extension clause runs out by itself, and a lease that has ended.
 *
 * For the city as tenant of a bostad, JB 12:5 also allows an earlier exit
 * from a fixed term; see `earliestTenantExitOnFixedTerm`.
 */
export function nextNoticeDeadline(terms: LeaseTerms, today: IsoDate, party: Party = 'tenant'): NoticeDeadline | null {
  const state = leaseStateOn(terms, today);
  if (state.kind === 'ended') return null;
  if (state.kind === 'indefinite') {
    const notice = indefiniteNoticePeriod(terms, party);
    const endsOn = monthEndAfterNotice(today, notice.count);
    const lastNoticeDate = endOfMonth(today);
    const rule = terms.termType === 'tillsvidare' ? notice.rule : indefiniteAfterRule(notice);
    return {
      lastNoticeDate,
      endsOn,
      rule,
      explanation: `${whoGives(party)} senast ${lastNoticeDate} för att avtalet ska upphöra ${endsOn} (${monthsText(notice.count)} uppsägningstid till månadsskifte).`,
    };
  }
  if (!state.needsNotice) return null;

  const reachable = firstReachablePeriod(terms, state.periodIndex, today, party);
  if (reachable) {
    return {
      lastNoticeDate: reachable.lastNoticeDate,
      endsOn: reachable.end,
      rule: fixedRule(reachable.notice),
      explanation: `${whoGives(party)} senast ${reachable.lastNoticeDate} för att avtalet ska upphöra ${reachable.end}; ${otherwise(terms)}.`,
    };
  }

  // Too late for this term and no extension clause: the lease will run tills
  // vidare from the day after, and a notice now counts under JB 12:4 första
  // stycket (never ending before the fixed term does).
  const notice = indefiniteNoticePeriod(terms, party);
  const endsOn = maxIso(state.periodEnd, monthEndAfterNotice(today, notice.count));
  const lastNoticeDate = lastNoticeForMonthEnd(endsOn, notice.count);
  const missed = lastDayToGiveNotice(
    state.periodEnd,
    fixedTermNoticePeriod(terms, state.periodStart, state.periodEnd, party),
  );
  return {
    lastNoticeDate,
    endsOn,
    rule: indefiniteAfterRule(notice),
    explanation: `Sista dag att säga upp till ${state.periodEnd} var ${missed}; avtalet fortsätter sedan tills vidare. ${whoGives(party)} senast ${lastNoticeDate} för att det ska upphöra ${endsOn}.`,
  };
}

function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/**
 * What a notice given (received) on `noticeDate` by `party` does under the
 * ordinary rules (JB 12:3–4): when the lease ends, by which rule. A notice
 * that is too late for one end takes effect at the next reachable end. Null
 * when the lease had already ended by itself before `noticeDate`.
 */
export function noticeOutcome(terms: LeaseTerms, noticeDate: IsoDate, party: Party = 'tenant'): NoticeOutcome | null {
  const state = leaseStateOn(terms, noticeDate);
  if (state.kind === 'ended') return null;
  if (state.kind === 'indefinite') {
    const notice = indefiniteNoticePeriod(terms, party);
    const endsOn = monthEndAfterNotice(noticeDate, notice.count);
    return {
      endsOn,
      rule: terms.termType === 'tillsvidare' ? notice.rule : indefiniteAfterRule(notice),
      explanation: `Uppsägning ${noticeDate} ger upphörande ${endsOn} (${monthsText(notice.count)} uppsägningstid till månadsskifte).`,
    };
  }
  if (!state.needsNotice) {
    return {
      endsOn: state.periodEnd,
      rule: 'JB 12:3 andra stycket',
      explanation: `Avtalet upphör utan uppsägning när hyrestiden går ut ${state.periodEnd}.`,
    };
  }
  const reachable = firstReachablePeriod(terms, state.periodIndex, noticeDate, party);
  if (reachable) {
    const late = reachable.index > state.periodIndex;
    return {
      endsOn: reachable.end,
      rule: fixedRule(reachable.notice),
      explanation: late
        ? `Uppsägning ${noticeDate} är för sen för ${state.periodEnd}; avtalet förlängs och upphör ${reachable.end}.`
        : `Uppsägning ${noticeDate} ger upphörande när hyrestiden går ut ${reachable.end} (${periodText(reachable.notice)} uppsägningstid).`,
    };
  }
  const notice = indefiniteNoticePeriod(terms, party);
  const endsOn = maxIso(state.periodEnd, monthEndAfterNotice(noticeDate, notice.count));
  return {
    endsOn,
    rule: indefiniteAfterRule(notice),
    explanation: `Uppsägning ${noticeDate} är för sen för ${state.periodEnd}; avtalet fortsätter tills vidare och upphör ${endsOn}.`,
  };
}

/** The day the lease ends when `party` gives notice on `noticeDate` (see `noticeOutcome`). */
export function endDateForNotice(terms: LeaseTerms, noticeDate: IsoDate, party: Party = 'tenant'): IsoDate | null {
  return noticeOutcome(terms, noticeDate, party)?.endsOn ?? null;
}

/**
 * JB 12:5 första stycket: the tenant of a bostad on a fixed term may give
 * notice at any time for the lease to end at the month-end nearest after
 * three months, whatever the term says. Returns the earlier of that and the
 * ordinary end (a notice in time for the term's own end may end it sooner).
 * Null when the rule does not apply: lokal, a lease that runs tills vidare
 * on `noticeDate` (JB 12:4 applies instead), or one that has ended.
 */
export function earliestTenantExitOnFixedTerm(terms: LeaseTerms, noticeDate: IsoDate): NoticeOutcome | null {
  if (terms.premises !== 'bostad') return null;
  const state = leaseStateOn(terms, noticeDate);
  if (state.kind !== 'fixed') return null;
  const earlyExit = monthEndAfterNotice(noticeDate, TENANT_EARLY_EXIT_MONTHS);
  const ordinary = noticeOutcome(terms, noticeDate, 'tenant');
  if (ordinary && ordinary.endsOn <= earlyExit) return ordinary;
  return {
    endsOn: earlyExit,
    rule: 'JB 12:5 första stycket',
    explanation: `Som hyresgäst i en bostad kan staden säga upp ${noticeDate} så att avtalet upphör ${earlyExit}, före hyrestidens slut (3 månader till månadsskifte).`,
  };
}
