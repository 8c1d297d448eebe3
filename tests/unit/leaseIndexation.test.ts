import { describe, expect, it } from 'vitest';
import {
  currentYearlyRent,
  kpiAdjustedRent,
  missingIndexMessage,
  rentHistory,
  type Indexation,
  type KpiValue,
} from '../../shared/leases/indexation';

/** KPI, 1980 = 100, October values (2022 is SCB's published 384,04; the rest are realistic test values). */
const KPI: KpiValue[] = [
  { month: '2021-10', value: 346.44 },
  { month: '2022-10', value: 384.04 },
  { month: '2023-09', value: 413.9 },
  { month: '2023-10', value: 414.46 },
  { month: '2024-09', value: 417.5 },
  { month: '2024-10', value: 418.61 },
  { month: '2025-10', value: 422.1 },
];

const BASE_RENT = 12_000_000; // 120 000 kr a year
const KPI_OCT_2023: Indexation = { kind: 'kpi', baseIndex: 414.46, baseMonth: '2023-10' };

describe('KPI clause (Fastighetsägarna 6E style): October to October, adjusted on 1 January', () => {
  it('6E: a lease starting 2024-01-01 on base Oct 2023 is adjusted each 1 January by October of the year before', () => {
    const h = rentHistory(BASE_RENT, '2024-01-01', KPI_OCT_2023, KPI, '2026-02-01');
    expect(h.missingIndexMonth).toBeNull();
    expect(h.adjustments.map((a) => [a.effectiveFrom, a.yearlyRentOre, a.indexMonth])).toEqual([
      ['2024-01-01', 12_000_000, undefined], // October 2023 is the base itself: no change
      ['2025-01-01', 12_120_156, '2024-10'], // × 418,61 / 414,46
      ['2026-01-01', 12_221_203, '2025-10'], // × 422,10 / 414,46
    ]);
    expect(h.adjustments[1]!.indexValue).toBe(418.61);
    expect(h.adjustments[1]!.factor).toBeCloseTo(418.61 / 414.46, 12);
  });

  it('6E: a mid-year start (2024-04-01) keeps the base rent until the first 1 January', () => {
    const h = rentHistory(BASE_RENT, '2024-04-01', KPI_OCT_2023, KPI, '2025-06-30');
    expect(h.adjustments.map((a) => [a.effectiveFrom, a.yearlyRentOre])).toEqual([
      ['2024-04-01', 12_000_000],
      ['2025-01-01', 12_120_156],
    ]);
  });

  it('6E: the adjustment applies from 1 January itself, not the day before', () => {
    expect(rentHistory(BASE_RENT, '2024-04-01', KPI_OCT_2023, KPI, '2024-12-31').adjustments).toHaveLength(1);
    expect(rentHistory(BASE_RENT, '2024-04-01', KPI_OCT_2023, KPI, '2025-01-01').adjustments).toHaveLength(2);
  });

  it('6E: each year is measured against the base month, not year on year (a fall lowers the rent, down to the base)', () => {
    const falling: KpiValue[] = [
      { month: '2024-10', value: 418.61 },
      { month: '2025-10', value: 416.0 },
    ];
    const rents = rentHistory(BASE_RENT, '2024-01-01', KPI_OCT_2023, falling, '2026-01-01').adjustments.map(
      (a) => a.yearlyRentOre,
    );
    expect(rents).toEqual([12_000_000, 12_120_156, 12_044_588]);
  });

  it('floor (common clause, default on): KPI below the base never takes the rent below the base rent', () => {
    const below: KpiValue[] = [{ month: '2024-10', value: 410.0 }];
    const last = currentYearlyRent(BASE_RENT, '2024-01-01', KPI_OCT_2023, below, '2025-03-01');
    expect(last?.yearlyRentOre).toBe(BASE_RENT);
    expect(last?.factor).toBe(1);
    expect(last?.indexMonth).toBe('2024-10');
  });

  it('floor switched off (floorAtBaseRent: false): the rent follows KPI down', () => {
    const below: KpiValue[] = [{ month: '2024-10', value: 410.0 }];
    const noFloor: Indexation = { ...KPI_OCT_2023, floorAtBaseRent: false };
    expect(currentYearlyRent(BASE_RENT, '2024-01-01', noFloor, below, '2025-03-01')?.yearlyRentOre).toBe(11_870_868);
  });

  it('indexed share (indexerad andel) 75 %: only three quarters of the KPI change is added', () => {
    const share: Indexation = { ...KPI_OCT_2023, indexedPercent: 75 };
    expect(currentYearlyRent(BASE_RENT, '2024-01-01', share, KPI, '2025-01-01')?.yearlyRentOre).toBe(12_090_117);
  });

  it('an older base month (Oct 2022) indexes the rent already at a 1 January start', () => {
    const old: Indexation = { kind: 'kpi', baseIndex: 384.04, baseMonth: '2022-10' };
    const h = rentHistory(BASE_RENT, '2024-01-01', old, KPI, '2025-01-01');
    expect(h.adjustments.map((a) => [a.effectiveFrom, a.yearlyRentOre, a.indexMonth])).toEqual([
      ['2024-01-01', 12_950_526, '2023-10'],
      ['2025-01-01', 13_080_200, '2024-10'],
    ]);
  });

  it('compareMonth option: a clause comparing September indexes uses September of the year before', () => {
    const sep: Indexation = { kind: 'kpi', baseIndex: 414.46, baseMonth: '2023-10', compareMonth: 9 };
    const last = currentYearlyRent(BASE_RENT, '2024-01-01', sep, KPI, '2025-02-01');
    expect(last?.indexMonth).toBe('2024-09');
    expect(last?.yearlyRentOre).toBe(12_088_018);
  });

  it('missing October KPI: no adjustment that year, the history stops and names the month', () => {
    const withoutOct2025 = KPI.filter((k) => k.month !== '2025-10');
    const h = rentHistory(BASE_RENT, '2024-01-01', KPI_OCT_2023, withoutOct2025, '2026-03-01');
    expect(h.adjustments.map((a) => a.effectiveFrom)).toEqual(['2024-01-01', '2025-01-01']);
    expect(h.missingIndexMonth).toBe('2025-10');
    const current = currentYearlyRent(BASE_RENT, '2024-01-01', KPI_OCT_2023, withoutOct2025, '2026-03-01');
    expect(current?.yearlyRentOre).toBe(12_120_156);
    expect(current?.missingIndexMonth).toBe('2025-10');
  });

  it('missing KPI message in Swedish: "KPI för oktober 2026 saknas"', () => {
    expect(missingIndexMessage('2026-10')).toBe('KPI för oktober 2026 saknas');
    expect(missingIndexMessage('2026-09')).toBe('KPI för september 2026 saknas');
  });

  it('missing KPI already at the start: no rent can be stated, the month is reported', () => {
    const old: Indexation = { kind: 'kpi', baseIndex: 384.04, baseMonth: '2022-10' };
    const h = rentHistory(BASE_RENT, '2024-06-01', old, [], '2024-07-01');
    expect(h).toEqual({ adjustments: [], missingIndexMonth: '2023-10' });
    expect(currentYearlyRent(BASE_RENT, '2024-06-01', old, [], '2024-07-01')).toBeNull();
  });

  it('rounding: whole öre, half up, from exact arithmetic (100 öre × 402/400 = 100,5 → 101, where floats give 100)', () => {
    expect(kpiAdjustedRent(100, 400, 402).yearlyRentOre).toBe(101);
    expect(kpiAdjustedRent(100, 400, 401.98).yearlyRentOre).toBe(100); // 100,495 → 100
  });
});

describe('fixed yearly percentage and no indexation', () => {
  it('fixed 3 %: compounded each 1 January after the start, on the previous year’s rent', () => {
    const h = rentHistory(10_000_000, '2024-03-01', { kind: 'fixed', percentPerYear: 3 }, [], '2027-01-01');
    expect(h.adjustments.map((a) => [a.effectiveFrom, a.yearlyRentOre])).toEqual([
      ['2024-03-01', 10_000_000],
      ['2025-01-01', 10_300_000],
      ['2026-01-01', 10_609_000],
      ['2027-01-01', 10_927_270],
    ]);
    expect(h.adjustments[3]!.factor).toBeCloseTo(1.03 ** 3, 12);
    expect(h.missingIndexMonth).toBeNull();
  });

  it('fixed 2,5 %: each year rounded half up to whole öre (1 000 001 → 1 025 001 → 1 050 626)', () => {
    const rents = rentHistory(
      1_000_001,
      '2024-01-01',
      { kind: 'fixed', percentPerYear: 2.5 },
      [],
      '2026-06-01',
    ).adjustments.map((a) => a.yearlyRentOre);
    expect(rents).toEqual([1_000_001, 1_025_001, 1_050_626]);
  });

  it('fixed: a start on 1 January is not raised that same day; the first raise is a year later', () => {
    const h = rentHistory(10_000_000, '2024-01-01', { kind: 'fixed', percentPerYear: 3 }, [], '2024-12-31');
    expect(h.adjustments).toEqual([{ effectiveFrom: '2024-01-01', yearlyRentOre: 10_000_000, factor: 1 }]);
  });

  it('none: the base rent from the start, nothing else', () => {
    const h = rentHistory(BASE_RENT, '2024-03-01', { kind: 'none' }, KPI, '2026-06-01');
    expect(h).toEqual({
      adjustments: [{ effectiveFrom: '2024-03-01', yearlyRentOre: BASE_RENT, factor: 1 }],
      missingIndexMonth: null,
    });
  });

  it('before the start there is no rent yet', () => {
    expect(rentHistory(BASE_RENT, '2026-01-01', KPI_OCT_2023, KPI, '2025-12-31').adjustments).toEqual([]);
    expect(currentYearlyRent(BASE_RENT, '2026-01-01', { kind: 'none' }, [], '2025-12-31')).toBeNull();
  });

  it('invalid input is refused: negative or fractional rent, a base month not written YYYY-MM', () => {
    expect(() => rentHistory(-1, '2024-01-01', { kind: 'none' }, [], '2025-01-01')).toThrow(/Årshyra/);
    expect(() => rentHistory(100.5, '2024-01-01', { kind: 'none' }, [], '2025-01-01')).toThrow(/Årshyra/);
    expect(() =>
      rentHistory(100, '2024-01-01', { kind: 'kpi', baseIndex: 414.46, baseMonth: '2023-13' }, [], '2025-01-01'),
    ).toThrow(/Basmånad/);
  });
});
