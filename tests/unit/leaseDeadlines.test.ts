import { describe, expect, it } from 'vitest';
import {
  currentPeriodEnd,
  earliestTenantExitOnFixedTerm,
  endDateForNotice,
  fixedTermNeedsNotice,
  fixedTermNoticePeriod,
  lastDayToGiveNotice,
  leaseStateOn,
  leaseTermsProblems,
  monthEndAfterNotice,
  nextNoticeDeadline,
  noticeOutcome,
  type LeaseTerms,
} from '../../shared/leases/deadlines';

/** An indefinite housing lease with the law's defaults; override what a case needs. */
function lease(overrides: Partial<LeaseTerms> = {}): LeaseTerms {
  return {
    premises: 'bostad',
    startDate: '2024-01-01',
    termType: 'tillsvidare',
    endDate: null,
    noticeMonthsTenant: null,
    noticeMonthsLandlord: null,
    extensionMonths: null,
    ...overrides,
  };
}

function fixed(
  premises: 'bostad' | 'lokal',
  startDate: string,
  endDate: string,
  overrides: Partial<LeaseTerms> = {},
): LeaseTerms {
  return lease({ premises, startDate, endDate, termType: 'tidsbestamd', ...overrides });
}

describe('date rules under the deadlines', () => {
  it('JB 12:4 month-end rule: the notice month does not count, N whole months follow', () => {
    expect(monthEndAfterNotice('2026-05-15', 3)).toBe('2026-08-31');
    expect(monthEndAfterNotice('2026-01-31', 3)).toBe('2026-04-30');
    expect(monthEndAfterNotice('2026-02-01', 3)).toBe('2026-05-31');
  });

  it('"senast N månader i förväg": month-end terms give month-end deadlines, leap day included', () => {
    expect(lastDayToGiveNotice('2027-12-31', { unit: 'months', count: 9 })).toBe('2027-03-31');
    expect(lastDayToGiveNotice('2027-06-30', { unit: 'months', count: 3 })).toBe('2027-03-31');
    expect(lastDayToGiveNotice('2028-02-29', { unit: 'months', count: 3 })).toBe('2027-11-30');
    expect(lastDayToGiveNotice('2027-03-31', { unit: 'months', count: 1 })).toBe('2027-02-28');
    expect(lastDayToGiveNotice('2026-01-14', { unit: 'months', count: 3 })).toBe('2025-10-14');
    expect(lastDayToGiveNotice('2026-03-31', { unit: 'days', count: 7 })).toBe('2026-03-24');
  });
});

describe('JB 12:4 första stycket: indefinite leases (tills vidare)', () => {
  it('JB 12:4 första stycket 1 bostad tills vidare: notice 2026-11-26 ends 2027-02-28', () => {
    expect(endDateForNotice(lease(), '2026-11-26')).toBe('2027-02-28');
  });

  it('JB 12:4 första stycket 1 bostad tills vidare: notice 2026-05-15 ends 2026-08-31 (June, July, August)', () => {
    expect(endDateForNotice(lease(), '2026-05-15')).toBe('2026-08-31');
  });

  it('JB 12:4 första stycket 1 bostad tills vidare: notice on a month end 2026-01-31 ends 2026-04-30', () => {
    expect(endDateForNotice(lease(), '2026-01-31')).toBe('2026-04-30');
  });

  it('JB 12:4 första stycket 1 bostad tills vidare: notice 2026-02-01, one day into the next month, ends 2026-05-31', () => {
    expect(endDateForNotice(lease(), '2026-02-01')).toBe('2026-05-31');
  });

  it('JB 12:4 första stycket 1 bostad tills vidare: leap year, notice 2027-11-30 ends 2028-02-29', () => {
    expect(endDateForNotice(lease(), '2027-11-30')).toBe('2028-02-29');
  });

  it('JB 12:4 första stycket 2 lokal tills vidare: nine months, notice 2026-04-30 ends 2027-01-31', () => {
    expect(endDateForNotice(lease({ premises: 'lokal' }), '2026-04-30')).toBe('2027-01-31');
    expect(endDateForNotice(lease({ premises: 'lokal' }), '2026-05-01')).toBe('2027-02-28');
  });

  it('JB 12:4 första stycket, agreed longer period: tenant 6 months, notice 2026-03-10 ends 2026-09-30', () => {
    const outcome = noticeOutcome(lease({ noticeMonthsTenant: 6 }), '2026-03-10', 'tenant');
    expect(outcome?.endsOn).toBe('2026-09-30');
    expect(outcome?.rule).toBe('JB 12:4 första stycket (avtalad uppsägningstid)');
  });

  it('JB 12:1 femte stycket: an agreed shorter period for the tenant (1 month) is valid, ends 2026-04-30', () => {
    expect(endDateForNotice(lease({ noticeMonthsTenant: 1 }), '2026-03-10', 'tenant')).toBe('2026-04-30');
  });

  it('JB 12:1 femte stycket: an agreed shorter period for the landlord (1 month) is void, the law’s 3 months apply', () => {
    const outcome = noticeOutcome(lease({ noticeMonthsLandlord: 1 }), '2026-03-10', 'landlord');
    expect(outcome?.endsOn).toBe('2026-06-30');
    expect(outcome?.rule).toBe('JB 12:4 första stycket 1');
  });

  it('JB 12:4 första stycket 2 lokal: an agreed longer period for the landlord (12 months) applies', () => {
    expect(endDateForNotice(lease({ premises: 'lokal', noticeMonthsLandlord: 12 }), '2026-03-10', 'landlord')).toBe(
      '2027-03-31',
    );
  });

  it('JB 12:4 första stycket 1 bostad tills vidare: deadline is the end of the current month', () => {
    expect(nextNoticeDeadline(lease(), '2026-03-10')).toEqual({
      lastNoticeDate: '2026-03-31',
      endsOn: '2026-06-30',
      rule: 'JB 12:4 första stycket 1',
      explanation:
        'Säg upp senast 2026-03-31 för att avtalet ska upphöra 2026-06-30 (3 månader uppsägningstid till månadsskifte).',
    });
  });

  it('JB 12:4 första stycket 2 lokal tills vidare: today 2026-12-15 → notice by 2026-12-31, ends 2027-09-30', () => {
    const d = nextNoticeDeadline(lease({ premises: 'lokal' }), '2026-12-15');
    expect(d?.lastNoticeDate).toBe('2026-12-31');
    expect(d?.endsOn).toBe('2027-09-30');
    expect(d?.rule).toBe('JB 12:4 första stycket 2');
  });

  it('JB 12:3 första stycket: an indefinite lease has no period end and always needs notice', () => {
    expect(currentPeriodEnd(lease(), '2026-03-10')).toBeNull();
    expect(fixedTermNeedsNotice(lease())).toBe(true);
    expect(leaseStateOn(lease(), '2026-03-10')).toEqual({ kind: 'indefinite', since: '2024-01-01' });
  });
});

describe('JB 12:3 andra stycket: does a fixed term need notice?', () => {
  it('JB 12:3 andra stycket: exactly nine months (2026-01-01..2026-09-30) ends without notice', () => {
    const t = fixed('bostad', '2026-01-01', '2026-09-30');
    expect(fixedTermNeedsNotice(t)).toBe(false);
    expect(nextNoticeDeadline(t, '2026-03-01')).toBeNull();
    expect(noticeOutcome(t, '2026-03-01')?.rule).toBe('JB 12:3 andra stycket');
    expect(endDateForNotice(t, '2026-09-15')).toBe('2026-09-30');
  });

  it('JB 12:3 andra stycket: nine months and a day (2026-01-01..2026-10-01) must be given notice', () => {
    expect(fixedTermNeedsNotice(fixed('bostad', '2026-01-01', '2026-10-01'))).toBe(true);
  });

  it('JB 12:3 andra stycket: start mid-month, 2026-01-15..2026-10-14 is nine months, ..10-15 is more', () => {
    expect(fixedTermNeedsNotice(fixed('lokal', '2026-01-15', '2026-10-14'))).toBe(false);
    expect(fixedTermNeedsNotice(fixed('lokal', '2026-01-15', '2026-10-15'))).toBe(true);
  });

  it('JB 12:3 andra stycket "om inte annat har avtalats": a short term with an extension clause needs notice', () => {
    expect(fixedTermNeedsNotice(fixed('lokal', '2026-01-01', '2026-06-30', { extensionMonths: 6 }))).toBe(true);
  });

  it('JB 12:3 andra stycket: a short term that ran out is ended; no notice possible afterwards', () => {
    const t = fixed('lokal', '2026-01-01', '2026-06-30');
    expect(nextNoticeDeadline(t, '2026-02-01')).toBeNull();
    expect(leaseStateOn(t, '2026-07-01')).toEqual({ kind: 'ended', endedOn: '2026-06-30' });
    expect(currentPeriodEnd(t, '2026-07-01')).toBe('2026-06-30');
    expect(noticeOutcome(t, '2026-07-01')).toBeNull();
    expect(endDateForNotice(t, '2026-07-01')).toBeNull();
  });
});

describe('JB 12:3–4: fixed-term bostad without an extension clause', () => {
  const t = fixed('bostad', '2025-01-01', '2027-12-31');

  it('JB 12:4 andra stycket 3 bostad fixed term: notice by 2027-09-30 to end 2027-12-31, else tills vidare', () => {
    expect(nextNoticeDeadline(t, '2027-05-01')).toEqual({
      lastNoticeDate: '2027-09-30',
      endsOn: '2027-12-31',
      rule: 'JB 12:3 andra stycket, 12:4 andra stycket 3',
      explanation:
        'Säg upp senast 2027-09-30 för att avtalet ska upphöra 2027-12-31; annars fortsätter det att gälla tills vidare.',
    });
  });

  it('JB 12:4 andra stycket 3: notice on the last permitted day 2027-09-30 is in time, ends 2027-12-31', () => {
    expect(endDateForNotice(t, '2027-09-30')).toBe('2027-12-31');
  });

  it('JB 12:3 tredje stycket 1 + 12:4 första stycket 1: one day late (2027-10-01) the lease runs on, ends 2028-01-31', () => {
    const outcome = noticeOutcome(t, '2027-10-01');
    expect(outcome?.endsOn).toBe('2028-01-31');
    expect(outcome?.rule).toBe('JB 12:3 tredje stycket 1, 12:4 första stycket 1');
  });

  it('JB 12:3 tredje stycket 1: after the missed deadline, the next deadline follows the tills vidare rule', () => {
    const d = nextNoticeDeadline(t, '2027-10-15');
    expect(d?.lastNoticeDate).toBe('2027-10-31');
    expect(d?.endsOn).toBe('2028-01-31');
    expect(d?.explanation).toContain('Sista dag att säga upp till 2027-12-31 var 2027-09-30');
  });

  it('JB 12:3 tredje stycket 1: past its end without notice the lease is indefinite (no period end)', () => {
    expect(leaseStateOn(t, '2028-03-01')).toEqual({ kind: 'indefinite', since: '2028-01-01' });
    expect(currentPeriodEnd(t, '2028-03-01')).toBeNull();
    const d = nextNoticeDeadline(t, '2028-03-01');
    expect(d?.lastNoticeDate).toBe('2028-03-31');
    expect(d?.endsOn).toBe('2028-06-30');
  });

  it('JB 12:3 tredje stycket 1, start mid-month: 2025-01-15..2026-01-14 turns indefinite from 2026-01-15', () => {
    const mid = fixed('bostad', '2025-01-15', '2026-01-14');
    expect(nextNoticeDeadline(mid, '2025-06-01')?.lastNoticeDate).toBe('2025-10-14');
    expect(endDateForNotice(mid, '2025-10-14')).toBe('2026-01-14');
    expect(leaseStateOn(mid, '2026-03-10')).toEqual({ kind: 'indefinite', since: '2026-01-15' });
    expect(endDateForNotice(mid, '2026-03-10')).toBe('2026-06-30');
  });

  it('JB 12:4 andra stycket 3, leap year: term ending 2028-02-29 → notice by 2027-11-30; 2027-12-01 ends 2028-03-31', () => {
    const leap = fixed('bostad', '2026-03-01', '2028-02-29');
    expect(nextNoticeDeadline(leap, '2027-06-01')?.lastNoticeDate).toBe('2027-11-30');
    expect(endDateForNotice(leap, '2027-11-30')).toBe('2028-02-29');
    expect(endDateForNotice(leap, '2027-12-01')).toBe('2028-03-31');
  });

  it('JB 12:4 andra stycket: notice before the start date counts for the first term', () => {
    expect(endDateForNotice(t, '2024-12-01')).toBe('2027-12-31');
  });

  it('JB 12:4 andra stycket 3, landlord: the landlord must give notice by 2027-09-30', () => {
    const d = nextNoticeDeadline(t, '2027-05-01', 'landlord');
    expect(d?.lastNoticeDate).toBe('2027-09-30');
    expect(d?.explanation.startsWith('Hyresvärden måste säga upp senast 2027-09-30')).toBe(true);
  });
});

describe('JB 12:3–4: fixed-term leases with an agreed extension (förlängning)', () => {
  const lokal36 = fixed('lokal', '2024-01-01', '2027-12-31', { extensionMonths: 36 });

  it('JB 12:4 andra stycket 5 lokal, 36-month extension: notice by 2027-03-31 to end 2027-12-31', () => {
    expect(nextNoticeDeadline(lokal36, '2026-06-01')).toEqual({
      lastNoticeDate: '2027-03-31',
      endsOn: '2027-12-31',
      rule: 'JB 12:3 andra stycket, 12:4 andra stycket 5',
      explanation:
        'Säg upp senast 2027-03-31 för att avtalet ska upphöra 2027-12-31; annars förlängs det med 36 månader.',
    });
  });

  it('JB 12:4 andra stycket 5 lokal: notice 2027-03-31 ends 2027-12-31; 2027-04-01 rolls to 2030-12-31', () => {
    expect(endDateForNotice(lokal36, '2027-03-31')).toBe('2027-12-31');
    const late = noticeOutcome(lokal36, '2027-04-01');
    expect(late?.endsOn).toBe('2030-12-31');
    expect(late?.explanation).toContain('för sen');
  });

  it('JB 12:3 andra stycket, already past its end without notice: 2018–2020 + 36 months twice → period ends 2026-12-31', () => {
    const old = fixed('lokal', '2018-01-01', '2020-12-31', { extensionMonths: 36 });
    expect(leaseStateOn(old, '2026-02-10')).toEqual({
      kind: 'fixed',
      periodIndex: 2,
      periodStart: '2024-01-01',
      periodEnd: '2026-12-31',
      needsNotice: true,
    });
    expect(currentPeriodEnd(old, '2026-02-10')).toBe('2026-12-31');
    expect(nextNoticeDeadline(old, '2026-02-10')?.lastNoticeDate).toBe('2026-03-31');
  });

  it('JB 12:4 andra stycket 5, deadline of the running period missed: the next one (2029-03-31 → 2029-12-31)', () => {
    const old = fixed('lokal', '2018-01-01', '2020-12-31', { extensionMonths: 36 });
    const d = nextNoticeDeadline(old, '2026-05-10');
    expect(d?.lastNoticeDate).toBe('2029-03-31');
    expect(d?.endsOn).toBe('2029-12-31');
  });

  it('JB 12:4 andra stycket 5 lokal, 12-month extensions rolling: today 2026-10-01 → notice by 2027-09-30, ends 2028-06-30', () => {
    const t = fixed('lokal', '2024-07-01', '2026-06-30', { extensionMonths: 12 });
    expect(currentPeriodEnd(t, '2026-10-01')).toBe('2027-06-30');
    const d = nextNoticeDeadline(t, '2026-10-01');
    expect(d?.lastNoticeDate).toBe('2027-09-30');
    expect(d?.endsOn).toBe('2028-06-30');
    expect(d?.explanation).toContain('annars förlängs det med 12 månader');
  });

  it('JB 12:3 andra stycket, month-end anchor: a term ending 2026-02-28 rolls 12 months to 2027-02-28, then 2028-02-29', () => {
    const t = fixed('lokal', '2025-03-01', '2026-02-28', { extensionMonths: 12 });
    expect(currentPeriodEnd(t, '2026-06-01')).toBe('2027-02-28');
    expect(currentPeriodEnd(t, '2027-05-01')).toBe('2028-02-29');
    expect(nextNoticeDeadline(t, '2027-05-01')?.lastNoticeDate).toBe('2027-05-31');
  });

  it('JB 12:4 andra stycket 4 lokal: a 6-month extension period is given notice 3 months before (by 2026-03-31)', () => {
    const t = fixed('lokal', '2024-01-01', '2025-12-31', { extensionMonths: 6 });
    const d = nextNoticeDeadline(t, '2026-02-01');
    expect(d?.lastNoticeDate).toBe('2026-03-31');
    expect(d?.endsOn).toBe('2026-06-30');
    expect(d?.rule).toBe('JB 12:3 andra stycket, 12:4 andra stycket 4');
  });

  it('JB 12:4 andra stycket 2 lokal: a 3-month extension period is given notice one week before (by 2026-03-24)', () => {
    const t = fixed('lokal', '2024-01-01', '2025-12-31', { extensionMonths: 3 });
    const p = fixedTermNoticePeriod(t, '2026-01-01', '2026-03-31');
    expect(p).toEqual({ unit: 'days', count: 7, agreed: false, rule: 'JB 12:4 andra stycket 2' });
    expect(nextNoticeDeadline(t, '2026-02-01')?.lastNoticeDate).toBe('2026-03-24');
  });

  it('JB 12:4 andra stycket 1: a term of at most two weeks is given notice one day before', () => {
    const t = fixed('lokal', '2024-01-01', '2025-12-31', { extensionMonths: 1 });
    expect(fixedTermNoticePeriod(t, '2026-01-01', '2026-01-14').rule).toBe('JB 12:4 andra stycket 1');
  });

  it('JB 12:4 andra stycket 3 bostad, 12-month extension: today 2026-10-15 → notice by 2027-09-30, ends 2027-12-31', () => {
    const t = fixed('bostad', '2025-01-01', '2025-12-31', { extensionMonths: 12 });
    const d = nextNoticeDeadline(t, '2026-10-15');
    expect(d?.lastNoticeDate).toBe('2027-09-30');
    expect(d?.endsOn).toBe('2027-12-31');
  });

  it('JB 12:1 femte stycket lokal: the landlord’s agreed 6 months is void (9 apply); 12 agreed months apply', () => {
    const short = fixed('lokal', '2024-01-01', '2027-12-31', { extensionMonths: 36, noticeMonthsLandlord: 6 });
    expect(nextNoticeDeadline(short, '2026-06-01', 'landlord')?.lastNoticeDate).toBe('2027-03-31');
    const long = fixed('lokal', '2024-01-01', '2027-12-31', { extensionMonths: 36, noticeMonthsLandlord: 12 });
    const d = nextNoticeDeadline(long, '2026-06-01', 'landlord');
    expect(d?.lastNoticeDate).toBe('2026-12-31');
    expect(d?.rule).toBe('JB 12:4 andra stycket (avtalad uppsägningstid)');
  });

  it('JB 12:4 andra stycket, agreed tenant period: 12 months before 2027-12-31 is 2026-12-31', () => {
    const t = fixed('lokal', '2024-01-01', '2027-12-31', { extensionMonths: 36, noticeMonthsTenant: 12 });
    expect(nextNoticeDeadline(t, '2026-06-01')?.lastNoticeDate).toBe('2026-12-31');
    expect(endDateForNotice(t, '2027-01-01')).toBe('2030-12-31');
  });
});

describe('JB 12:5 första stycket: the housing tenant’s early exit from a fixed term', () => {
  const t = fixed('bostad', '2025-01-01', '2027-12-31');

  it('JB 12:5 första stycket bostad fixed term: notice 2026-02-10 ends 2026-05-31 instead of 2027-12-31', () => {
    expect(endDateForNotice(t, '2026-02-10')).toBe('2027-12-31');
    const exit = earliestTenantExitOnFixedTerm(t, '2026-02-10');
    expect(exit?.endsOn).toBe('2026-05-31');
    expect(exit?.rule).toBe('JB 12:5 första stycket');
  });

  it('JB 12:5 första stycket: when the term’s own end comes first (mid-month end), the ordinary end is returned', () => {
    const mid = fixed('bostad', '2025-01-15', '2026-01-14');
    const exit = earliestTenantExitOnFixedTerm(mid, '2025-10-14');
    expect(exit?.endsOn).toBe('2026-01-14');
    expect(exit?.rule).toBe('JB 12:3 andra stycket, 12:4 andra stycket 3');
  });

  it('JB 12:5 första stycket: beats an agreed 6-month tenant period (notice 2027-06-15 ends 2027-09-30)', () => {
    const six = fixed('bostad', '2025-01-01', '2027-12-31', { noticeMonthsTenant: 6 });
    expect(endDateForNotice(six, '2027-06-15')).toBe('2027-12-31');
    expect(earliestTenantExitOnFixedTerm(six, '2027-06-15')?.endsOn).toBe('2027-09-30');
  });

  it('JB 12:5 första stycket applies to bostad fixed terms only: not lokal, not tills vidare', () => {
    expect(earliestTenantExitOnFixedTerm(fixed('lokal', '2025-01-01', '2027-12-31'), '2026-02-10')).toBeNull();
    expect(earliestTenantExitOnFixedTerm(lease(), '2026-02-10')).toBeNull();
    expect(earliestTenantExitOnFixedTerm(t, '2028-03-01')).toBeNull(); // indefinite by then: JB 12:4
  });
});

describe('validation of lease terms', () => {
  it('a fixed term needs an end date not before its start', () => {
    expect(leaseTermsProblems(lease({ termType: 'tidsbestamd' })).endDate).toBe(
      'Slutdatum: måste fyllas i för ett tidsbestämt avtal.',
    );
    expect(leaseTermsProblems(fixed('bostad', '2026-01-01', '2025-12-31')).endDate).toBe(
      'Slutdatum: får inte vara före startdatum.',
    );
  });

  it('agreed months must be whole months 1–120; valid terms have no problems', () => {
    expect(leaseTermsProblems(lease({ extensionMonths: 0 })).extensionMonths).toContain('Förlängningstid');
    expect(leaseTermsProblems(lease({ noticeMonthsTenant: 2.5 })).noticeMonthsTenant).toContain(
      'Uppsägningstid för staden',
    );
    expect(leaseTermsProblems(fixed('lokal', '2024-01-01', '2027-12-31', { extensionMonths: 36 }))).toEqual({});
  });

  it('the rules refuse invalid terms and invalid dates instead of guessing', () => {
    expect(() => nextNoticeDeadline(lease({ termType: 'tidsbestamd' }), '2026-01-01')).toThrow(/Slutdatum/);
    expect(() => endDateForNotice(lease(), '2026-02-30')).toThrow(/Ogiltigt datum/);
  });
});
