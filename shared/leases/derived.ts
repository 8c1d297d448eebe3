/**
 * What is stored beside each lease so that 100 000 of them can be listed,
 * sorted, filtered and watched with plain indexed SQL instead of running
 * the deadline rules for every lease on every request.
 *
 * Design (why stored, and how it stays right without a background job):
 * the values below depend on the lease's terms, its notice, the KPI table
 * and today's date. They are recomputed
 *   1. on every write of the lease (create, update, terminate, restore),
 *   2. for every KPI-indexed lease when the KPI table changes, and
 *   3. lazily, at the start of the lease list and the watch list: rows whose
 *      `refreshDue` has come (≤ today) are recomputed in one batch. Each
 *      lease states the first day its stored values could be stale: the
 *      day after its next deadline, its period end or its end, the next
 *      1 January (indexation), … so a normal day refreshes only the few
 *      leases whose dates have just passed, through an index.
 * The status follows the same path: an uppsagd lease becomes avslutad the
 * day after it ends, when the first list or watch query of that day runs.
 *
 * Pure: no I/O, no clock.
 */
import { addDays, dateParts, fromParts, maxDate, type IsoDate } from '../core/dates';
import {
  earliestTenantExitOnFixedTerm,
  leaseStateOn,
  nextNoticeDeadline,
  noticeOutcome,
  type LeaseTerms,
  type NoticeOutcome,
} from './deadlines';
import { rentHistory, type Indexation, type KpiValue } from './indexation';
import type { LeaseStatus, NoticeParty } from './schema';

/** A missed notice deadline stays on the watch list, overdue, this many days. */
export const MISSED_NOTICE_GRACE_DAYS = 30;

export interface LeaseFacts {
  terms: LeaseTerms;
  status: LeaseStatus;
  rentPerYearOre: number;
  indexation: Indexation;
  /** The end a registered notice gives (see `terminationOutcome`); null when no notice. */
  noticeEndsOn: IsoDate | null;
}

export interface LeaseDerived {
  status: LeaseStatus;
  /** The day the lease ends for certain: after a notice, or a short fixed term that runs out. Null while it runs on. */
  endsOn: IsoDate | null;
  /** The city's last day to give notice when missing it extends the lease (a fixed period); null otherwise. */
  nextNoticeDate: IsoDate | null;
  /** The end that notice by `nextNoticeDate` gives. */
  nextNoticeEndsOn: IsoDate | null;
  /** End of the fixed period running today (extensions rolled forward); null tills vidare. */
  currentPeriodEnd: IsoDate | null;
  /** A fixed-period deadline missed within MISSED_NOTICE_GRACE_DAYS, for the watch list. */
  missedNoticeDate: IsoDate | null;
  /** Yearly rent in force today (at the start, for a lease not yet started). */
  currentRentOre: number | null;
  /** 'YYYY-MM' when a needed KPI value is missing from the table. */
  rentMissingIndexMonth: string | null;
  /** The first day any value above may change; null when none ever will. */
  refreshDue: IsoDate | null;
}

function nextFirstOfJanuary(today: IsoDate): IsoDate {
  return fromParts(dateParts(today).year + 1, 1, 1);
}

/**
 * True when `deadline.endsOn` is the end of a fixed period, so that missing
 * the deadline rolls the lease into a new period or makes it run tills
 * vidare (JB 12:3). An indefinite lease can be given notice any month; its
 * month-end "deadline" is not stored (nothing is lost by waiting a month).
 */
function isPeriodDeadline(terms: LeaseTerms, endsOn: IsoDate): boolean {
  const state = leaseStateOn(terms, endsOn);
  return state.kind === 'fixed' && state.periodEnd === endsOn;
}

function periodDeadline(terms: LeaseTerms, date: IsoDate): { lastNoticeDate: IsoDate; endsOn: IsoDate } | null {
  const d = nextNoticeDeadline(terms, date, 'tenant');
  return d && isPeriodDeadline(terms, d.endsOn) ? d : null;
}

export function deriveLease(facts: LeaseFacts, kpi: readonly KpiValue[], today: IsoDate): LeaseDerived {
  const { terms } = facts;
  const state = leaseStateOn(terms, today);
  const currentPeriodEnd = state.kind === 'fixed' ? state.periodEnd : null;

  // Rent: what is paid today, or at the start for a lease not yet begun.
  const rent = rentHistory(
    facts.rentPerYearOre,
    terms.startDate,
    facts.indexation,
    kpi,
    maxDate(today, terms.startDate),
  );

  let status = facts.status;
  let endsOn: IsoDate | null = null;
  let next: { lastNoticeDate: IsoDate; endsOn: IsoDate } | null = null;
  let missedNoticeDate: IsoDate | null = null;

  if (facts.noticeEndsOn !== null) {
    endsOn = facts.noticeEndsOn;
  } else {
    if (state.kind === 'fixed' && !state.needsNotice) endsOn = state.periodEnd;
    if (state.kind === 'ended') endsOn = state.endedOn;
    next = periodDeadline(terms, today);
    const earlier = periodDeadline(terms, addDays(today, -MISSED_NOTICE_GRACE_DAYS));
    if (earlier && earlier.lastNoticeDate < today && earlier.endsOn !== next?.endsOn)
      missedNoticeDate = earlier.lastNoticeDate;
  }
  // A lease that has run its course ends by the calendar, not by a person:
  // a notice's end, or a short fixed term that ran out (JB 12:3 andra stycket).
  if ((status === 'aktiv' || status === 'uppsagd') && endsOn !== null && endsOn < today) status = 'avslutad';
  if (status === 'avslutad' || status === 'utkast') missedNoticeDate = null;
  if (status === 'avslutad') next = null;

  const candidates: (IsoDate | null)[] = [];
  if (status !== 'avslutad') {
    candidates.push(
      next ? addDays(next.lastNoticeDate, 1) : null,
      missedNoticeDate ? addDays(missedNoticeDate, MISSED_NOTICE_GRACE_DAYS + 1) : null,
      currentPeriodEnd && currentPeriodEnd >= today ? addDays(currentPeriodEnd, 1) : null,
      endsOn && endsOn >= today ? addDays(endsOn, 1) : null,
      today < terms.startDate ? terms.startDate : null,
      facts.indexation.kind !== 'none' ? nextFirstOfJanuary(today) : null,
    );
  }
  const due = candidates.filter((d): d is IsoDate => d !== null).sort()[0] ?? null;

  return {
    status,
    endsOn,
    nextNoticeDate: next?.lastNoticeDate ?? null,
    nextNoticeEndsOn: next?.endsOn ?? null,
    currentPeriodEnd,
    missedNoticeDate,
    currentRentOre: rent.adjustments.at(-1)?.yearlyRentOre ?? null,
    rentMissingIndexMonth: rent.missingIndexMonth,
    refreshDue: due,
  };
}

export interface NoticeRegistration {
  noticeGivenBy: NoticeParty;
  noticeDate: IsoDate;
  agreedEndDate: IsoDate | null;
  tenantEarlyExit: boolean;
}

/**
 * When a registered notice ends the lease, and by which rule:
 * - staden (the city as tenant): JB 12:3–4 (noticeOutcome), or with
 *   `tenantEarlyExit` on a fixed-term bostad JB 12:5 första stycket
 *   (three months to a month-end, whatever the term says);
 * - hyresvärden: JB 12:3–4 with the landlord's period (JB 12:1 femte
 *   stycket: an agreed period shorter than the law's is void);
 * - överenskommelse: the day the parties agreed.
 * Null when the lease had already ended by itself on the notice date.
 */
export function terminationOutcome(terms: LeaseTerms, notice: NoticeRegistration): NoticeOutcome | null {
  if (notice.noticeGivenBy === 'overenskommelse') {
    const endsOn = notice.agreedEndDate ?? notice.noticeDate;
    return {
      endsOn,
      rule: 'Överenskommelse',
      explanation: `Parterna har kommit överens om att avtalet upphör ${endsOn}.`,
    };
  }
  if (notice.noticeGivenBy === 'staden' && notice.tenantEarlyExit) {
    const early = earliestTenantExitOnFixedTerm(terms, notice.noticeDate);
    if (early) return early;
  }
  return noticeOutcome(terms, notice.noticeDate, notice.noticeGivenBy === 'staden' ? 'tenant' : 'landlord');
}
