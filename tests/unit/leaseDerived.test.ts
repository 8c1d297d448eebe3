import { describe, expect, it } from 'vitest';
import type { LeaseTerms } from '../../shared/leases/deadlines';
import { deriveLease, terminationOutcome, type LeaseFacts } from '../../shared/leases/derived';

const lokal36: LeaseTerms = {
  premises: 'lokal',
  startDate: '2024-01-01',
  termType: 'tidsbestamd',
  endDate: '2027-12-31',
  noticeMonthsTenant: 9,
  noticeMonthsLandlord: 9,
  extensionMonths: 36,
};

function facts(overrides: Partial<LeaseFacts> = {}): LeaseFacts {
  return {
    terms: lokal36,
    status: 'aktiv',
    rentPerYearOre: 12_000_000,
    indexation: { kind: 'none' },
    noticeEndsOn: null,
    ...overrides,
  };
}

describe('stored derived values of a lease (derived.ts)', () => {
  it('JB 12:4 andra stycket: an active fixed lease stores its deadline, period end, and refreshes the day after the deadline', () => {
    expect(deriveLease(facts(), [], '2026-11-26')).toEqual({
      status: 'aktiv',
      endsOn: null,
      nextNoticeDate: '2027-03-31',
      nextNoticeEndsOn: '2027-12-31',
      currentPeriodEnd: '2027-12-31',
      missedNoticeDate: null,
      currentRentOre: 12_000_000,
      rentMissingIndexMonth: null,
      refreshDue: '2027-04-01',
    });
  });

  it('JB 12:3 andra stycket: the day after the deadline the next one is stored, and the missed one is kept 30 days', () => {
    const d = deriveLease(facts(), [], '2027-04-01');
    expect(d).toMatchObject({
      nextNoticeDate: '2030-03-31',
      nextNoticeEndsOn: '2030-12-31',
      missedNoticeDate: '2027-03-31',
      currentPeriodEnd: '2027-12-31',
    });
    // The missed deadline drops out on day 31; that is the next refresh.
    expect(d.refreshDue).toBe('2027-05-01');
    expect(deriveLease(facts(), [], '2027-05-01').missedNoticeDate).toBeNull();
  });

  it('JB 12:4 första stycket: a tills vidare lease stores no deadline (notice is possible any month)', () => {
    const d = deriveLease(
      facts({ terms: { ...lokal36, termType: 'tillsvidare', endDate: null, extensionMonths: null } }),
      [],
      '2026-11-26',
    );
    expect(d).toMatchObject({ nextNoticeDate: null, currentPeriodEnd: null, endsOn: null, refreshDue: null });
  });

  it('a notice: endsOn is the notice’s end, no deadline; uppsagd turns avslutad the day after the end', () => {
    const terminated = facts({ status: 'uppsagd', noticeEndsOn: '2027-12-31' });
    expect(deriveLease(terminated, [], '2027-12-31')).toMatchObject({
      status: 'uppsagd',
      endsOn: '2027-12-31',
      nextNoticeDate: null,
      refreshDue: '2028-01-01',
    });
    expect(deriveLease(terminated, [], '2028-01-01')).toMatchObject({ status: 'avslutad', refreshDue: null });
  });

  it('JB 12:3 andra stycket: a short fixed term without extension ends by itself and is avslutad after it', () => {
    const short = facts({
      terms: { ...lokal36, startDate: '2026-06-01', endDate: '2027-02-28', extensionMonths: null },
    });
    expect(deriveLease(short, [], '2026-11-26')).toMatchObject({
      status: 'aktiv',
      endsOn: '2027-02-28',
      nextNoticeDate: null,
    });
    expect(deriveLease(short, [], '2027-03-01').status).toBe('avslutad');
  });

  it('a draft keeps its status whatever the date', () => {
    expect(deriveLease(facts({ status: 'utkast', noticeEndsOn: null }), [], '2031-01-01').status).toBe('utkast');
  });

  it('indexation: the current rent follows the KPI table, refreshed each 1 January; a missing month is named', () => {
    const kpi = { kind: 'kpi' as const, baseIndex: 400, baseMonth: '2023-10' };
    const d = deriveLease(facts({ indexation: kpi }), [{ month: '2024-10', value: 410 }], '2026-11-26');
    expect(d).toMatchObject({ currentRentOre: 12_300_000, rentMissingIndexMonth: '2025-10', refreshDue: '2027-01-01' });
  });

  it('a lease not yet started shows its first rent and is refreshed on its start date', () => {
    const future = facts({
      terms: { ...lokal36, startDate: '2027-01-01', endDate: '2029-12-31' },
      indexation: { kind: 'fixed', percentPerYear: 2 },
    });
    expect(deriveLease(future, [], '2026-11-26')).toMatchObject({
      currentRentOre: 12_000_000,
      refreshDue: '2027-01-01',
    });
  });
});

describe('registered notices (terminationOutcome)', () => {
  it('JB 12:4 andra stycket: the city’s notice in time ends the lease at the period end', () => {
    expect(
      terminationOutcome(lokal36, {
        noticeGivenBy: 'staden',
        noticeDate: '2027-03-31',
        agreedEndDate: null,
        tenantEarlyExit: false,
      })?.endsOn,
    ).toBe('2027-12-31');
  });

  it('JB 12:1 femte stycket: the landlord’s notice counts with the law’s nine months when its agreed period is shorter', () => {
    const short = { ...lokal36, noticeMonthsLandlord: 3 };
    expect(
      terminationOutcome(short, {
        noticeGivenBy: 'hyresvarden',
        noticeDate: '2027-06-01',
        agreedEndDate: null,
        tenantEarlyExit: false,
      })?.endsOn,
    ).toBe('2030-12-31');
  });

  it('JB 12:5 första stycket: early exit for the city on a bostad; ignored for lokal', () => {
    const bostad = { ...lokal36, premises: 'bostad' as const, noticeMonthsTenant: null, noticeMonthsLandlord: null };
    expect(
      terminationOutcome(bostad, {
        noticeGivenBy: 'staden',
        noticeDate: '2026-11-26',
        agreedEndDate: null,
        tenantEarlyExit: true,
      }),
    ).toMatchObject({ endsOn: '2027-02-28', rule: 'JB 12:5 första stycket' });
    expect(
      terminationOutcome(lokal36, {
        noticeGivenBy: 'staden',
        noticeDate: '2026-11-26',
        agreedEndDate: null,
        tenantEarlyExit: true,
      })?.endsOn,
    ).toBe('2027-12-31');
  });

  it('an agreement ends the lease on the agreed day', () => {
    expect(
      terminationOutcome(lokal36, {
        noticeGivenBy: 'overenskommelse',
        noticeDate: '2026-11-26',
        agreedEndDate: '2027-01-31',
        tenantEarlyExit: false,
      }),
    ).toMatchObject({ endsOn: '2027-01-31', rule: 'Överenskommelse' });
  });
});
