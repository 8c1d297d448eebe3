import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESTABLISHMENT_MONTHS,
  GUARANTEE_GRANT_AMOUNT_ORE,
  type GuaranteeGrantFacts,
  type Quota,
  type QuotaPlacement,
  coveredMonthsFromAmount,
  endsWithin,
  establishmentPeriodEnd,
  findQuota,
  grantQualification,
  nextGrantApplicationDeadline,
  placementConditionErrors,
  placementNeedsReason,
  quotaUsage,
  settlementDatesEndingBetween,
} from '../../shared/guarantees/rules';
import { addDays } from '../../shared/core/dates';

const qualifying: GuaranteeGrantFacts = {
  firstHandLease: true,
  coveredMonths: 6,
  validFrom: '2025-01-01',
  validUntil: '2026-12-31',
  canPayWithoutForsorjningsstod: true,
};

describe('grantQualification (förordning 2007:623, 2 §)', () => {
  it('qualifies a first-hand lease, six months, two years, no försörjningsstöd', () => {
    expect(grantQualification(qualifying)).toEqual({ qualifies: true, reasons: [] });
    expect(GUARANTEE_GRANT_AMOUNT_ORE).toBe(500_000);
  });

  it('refuses a second-hand lease', () => {
    const r = grantQualification({ ...qualifying, firstHandLease: false });
    expect(r.qualifies).toBe(false);
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toContain('förstahandskontrakt');
  });

  it("needs at least six months' rent", () => {
    expect(grantQualification({ ...qualifying, coveredMonths: 12 }).qualifies).toBe(true);
    const r = grantQualification({ ...qualifying, coveredMonths: 5 });
    expect(r.qualifies).toBe(false);
    expect(r.reasons).toEqual(['Garantin omfattar 5 månadshyror; den måste omfatta minst sex månadshyror.']);
  });

  it('compares a guaranteed amount exactly, never rounding up to six months', () => {
    expect(coveredMonthsFromAmount(3_000_000, 500_000)).toBe(6);
    const justShort = coveredMonthsFromAmount(2_999_900, 500_000);
    expect(grantQualification({ ...qualifying, coveredMonths: justShort }).qualifies).toBe(false);
    expect(() => coveredMonthsFromAmount(100, 0)).toThrow(RangeError);
  });

  it('needs a term of at least two years, the end date included', () => {
    expect(grantQualification({ ...qualifying, validFrom: '2025-03-15', validUntil: '2027-03-14' }).qualifies).toBe(
      true,
    );
    expect(grantQualification({ ...qualifying, validFrom: '2025-03-15', validUntil: '2027-03-15' }).qualifies).toBe(
      true,
    );
    const short = grantQualification({ ...qualifying, validFrom: '2025-03-15', validUntil: '2027-03-13' });
    expect(short.reasons).toEqual(['Garantin gäller kortare tid än två år.']);
    // No end date: runs with the lease.
    expect(grantQualification({ ...qualifying, validUntil: null }).qualifies).toBe(true);
    expect(grantQualification({ ...qualifying, validUntil: '2024-12-31' }).reasons).toEqual([
      'Garantins slutdatum ligger före startdatumet.',
    ]);
  });

  it('needs a recorded yes on paying without försörjningsstöd', () => {
    expect(grantQualification({ ...qualifying, canPayWithoutForsorjningsstod: false }).reasons).toEqual([
      'Hushållet bedöms inte kunna betala hyran utan försörjningsstöd.',
    ]);
    expect(grantQualification({ ...qualifying, canPayWithoutForsorjningsstod: null }).reasons).toEqual([
      'Det saknas en bedömning av om hushållet kan betala hyran utan försörjningsstöd.',
    ]);
  });

  it('lists every unmet condition at once', () => {
    const r = grantQualification({
      firstHandLease: false,
      coveredMonths: 3,
      validFrom: '2025-01-01',
      validUntil: '2025-12-31',
      canPayWithoutForsorjningsstod: false,
    });
    expect(r.qualifies).toBe(false);
    expect(r.reasons).toHaveLength(4);
  });
});

describe('nextGrantApplicationDeadline', () => {
  it.each([
    ['2026-01-01', '2026-03-10'],
    ['2026-03-09', '2026-03-10'],
    ['2026-03-10', '2026-03-10'], // the deadline day itself is still next
    ['2026-03-11', '2026-06-10'],
    ['2026-06-10', '2026-06-10'],
    ['2026-08-31', '2026-09-10'],
    ['2026-09-11', '2026-12-10'],
    ['2026-12-10', '2026-12-10'],
    ['2026-12-11', '2027-03-10'],
    ['2026-12-31', '2027-03-10'],
  ])('on %s the next deadline is %s', (today, expected) => {
    expect(nextGrantApplicationDeadline(today)).toBe(expected);
  });
});

describe('quota (plan 3:5)', () => {
  const quota: Quota = { landlordId: 'hbghem', year: 2026, places: 5 };
  const placed = (landlordId: string, date: string, withinQuota = true): QuotaPlacement => ({
    landlordId,
    date,
    withinQuota,
  });

  it('counts within-quota placements with the landlord in the calendar year only', () => {
    const placements = [
      placed('hbghem', '2026-01-01'),
      placed('hbghem', '2026-12-31'),
      placed('hbghem', '2026-06-01', false), // outside the quota
      placed('hbghem', '2025-12-31'), // last year
      placed('hbghem', '2027-01-01'), // next year
      placed('other', '2026-05-05'), // another landlord
    ];
    expect(quotaUsage(quota, placements)).toEqual({
      landlordId: 'hbghem',
      year: 2026,
      places: 5,
      used: 2,
      remaining: 3,
      over: 0,
      full: false,
    });
  });

  it('is full at five and counts placements beyond it', () => {
    const five = Array.from({ length: 5 }, (_, i) => placed('hbghem', `2026-0${i + 1}-15`));
    expect(quotaUsage(quota, five)).toMatchObject({ used: 5, remaining: 0, over: 0, full: true });
    const six = [...five, placed('hbghem', '2026-09-01')];
    expect(quotaUsage(quota, six)).toMatchObject({ used: 6, remaining: 0, over: 1, full: true });
  });

  it('asks for a reason only for a within-quota placement when the quota is full', () => {
    const four = Array.from({ length: 4 }, (_, i) => placed('hbghem', `2026-0${i + 1}-15`));
    const five = [...four, placed('hbghem', '2026-07-01')];
    const candidate = placed('hbghem', '2026-10-01');
    expect(placementNeedsReason(quota, four, candidate)).toBe(false);
    expect(placementNeedsReason(quota, five, candidate)).toBe(true);
    expect(placementNeedsReason(quota, five, placed('hbghem', '2026-10-01', false))).toBe(false);
    // A new year starts with an empty quota of its own.
    const quota2027: Quota = { ...quota, year: 2027 };
    expect(placementNeedsReason(quota2027, five, placed('hbghem', '2027-01-02'))).toBe(false);
  });

  it('asks for a reason when no quota applies to the candidate', () => {
    expect(placementNeedsReason(undefined, [], placed('hbghem', '2026-01-02'))).toBe(true);
    expect(placementNeedsReason(quota, [], placed('other', '2026-01-02'))).toBe(true);
    expect(placementNeedsReason(quota, [], placed('hbghem', '2027-01-02'))).toBe(true);
  });

  it('finds the quota for a landlord and year', () => {
    const quotas: Quota[] = [quota, { landlordId: 'hbghem', year: 2027, places: 6 }];
    expect(findQuota(quotas, 'hbghem', 2027)?.places).toBe(6);
    expect(findQuota(quotas, 'other', 2026)).toBeUndefined();
  });

  it('names each missing condition in Swedish', () => {
    expect(placementConditionErrors({ paidCurrentRent: true, noDisturbances: true, ffVouches: true })).toEqual([]);
    expect(placementConditionErrors({ paidCurrentRent: false, noDisturbances: true, ffVouches: true })).toEqual([
      'Hyresgästen har inte skött sina nuvarande hyresinbetalningar.',
    ]);
    expect(placementConditionErrors({ paidCurrentRent: true, noDisturbances: false, ffVouches: true })).toEqual([
      'Det förekommer störningar eller annan problematik.',
    ]);
    expect(placementConditionErrors({ paidCurrentRent: true, noDisturbances: true, ffVouches: false })).toEqual([
      'Fastighetsförvaltningen har inte gått i god för hyresgästen.',
    ]);
    expect(placementConditionErrors({ paidCurrentRent: false, noDisturbances: false, ffVouches: false })).toHaveLength(
      3,
    );
  });
});

describe('establishment period (Bosättningslagen 2016:38)', () => {
  it('ends two years after settlement by default', () => {
    expect(DEFAULT_ESTABLISHMENT_MONTHS).toBe(24);
    expect(establishmentPeriodEnd('2025-03-15')).toBe('2027-03-15');
  });

  it('takes another length, such as the three years SOU 2025:35 proposes', () => {
    expect(establishmentPeriodEnd('2025-03-15', 36)).toBe('2028-03-15');
    expect(() => establishmentPeriodEnd('2025-03-15', 0)).toThrow(RangeError);
  });

  it('ends on the last day of the month when the day does not exist (lag 1930:173)', () => {
    expect(establishmentPeriodEnd('2024-02-29')).toBe('2026-02-28');
    expect(establishmentPeriodEnd('2024-08-31', 18)).toBe('2026-02-28');
  });

  it('tells whose period ends within the coming months, both ends included', () => {
    const today = '2026-05-10';
    expect(endsWithin('2026-05-10', today, 3)).toBe(true);
    expect(endsWithin('2026-08-10', today, 3)).toBe(true);
    expect(endsWithin('2026-08-11', today, 3)).toBe(false);
    expect(endsWithin('2026-05-09', today, 3)).toBe(false); // already ended
  });
});

describe('settlement dates whose period ends within a window (for an indexed query)', () => {
  it.each([
    ['2026-05-10', '2026-11-10', 24],
    ['2026-02-28', '2026-08-31', 24],
    ['2026-03-31', '2026-09-30', 18],
    ['2028-02-29', '2028-08-29', 36],
  ])('from %s to %s with %i months: exactly the dates endsWithin accepts', (from, to, months) => {
    const { first, last } = settlementDatesEndingBetween(from, to, months);
    // Every settlement day over four years either side: inside the range iff its end is in the window.
    let s = addDays(from, -(months * 31 + 400));
    const stop = addDays(to, 400);
    let inside = 0;
    while (s <= stop) {
      const end = establishmentPeriodEnd(s, months);
      const wanted = end >= from && end <= to;
      expect(s >= first && s <= last, s).toBe(wanted);
      if (wanted) inside += 1;
      s = addDays(s, 1);
    }
    expect(inside).toBeGreaterThan(150);
  });

  it('the six-month review list is endsWithin over the range', () => {
    const today = '2026-11-26';
    const { first, last } = settlementDatesEndingBetween(today, '2027-05-26');
    expect(first).toBe('2024-11-26');
    expect(last).toBe('2025-05-26');
    expect(endsWithin(establishmentPeriodEnd(first), today, 6)).toBe(true);
    expect(endsWithin(establishmentPeriodEnd(addDays(first, -1)), today, 6)).toBe(false);
  });
});
