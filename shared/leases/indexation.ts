/**
 * Rent indexation for leases the city rents (hyresavtal): the yearly rent
 * over time under a KPI clause, a fixed yearly percentage, or none.
 *
 * Pure rules: no I/O, no clock. Money is integer öre.
 *
 * KPI clause, as in Fastighetsägarna's standard index clause (bilaga 6E to
 * the lokal form): the rent is tied to a base index ("bastal", KPI for the
 * base month, usually October of the year before the lease starts). Each
 * year the rent from 1 January follows the change in KPI from the base
 * month to October of the previous year (SCB publishes October's KPI in
 * mid-November, in time for the January invoice). The change is always
 * measured against the base, never year on year, so a fall in KPI lowers
 * the rent again, but (common clause, on by default here) never below the
 * base rent. Often only part of the rent is indexed ("indexerad andel");
 * `indexedPercent` covers that, default 100 %.
 *
 * KPI with 1980 = 100 is published by SCB until 2030; from 2026 SCB's main
 * series has 2020 = 100. `baseIndex` and the table must use the same base
 * year: the contract says which.
 *
 * Rounding: each yearly rent is rounded once to whole öre, half up, from
 * exact integer arithmetic (no floating-point drift).
 */

import { dateParts, fromParts, isIsoDate, type IsoDate } from '../core/dates';

export type Indexation =
  | { kind: 'none' }
  | {
      kind: 'kpi';
      /** The contract's base index (bastal), e.g. KPI October 2023. */
      baseIndex: number;
      /** Month of the base index, 'YYYY-MM'. */
      baseMonth: string;
      /** Calendar month whose KPI sets next year's rent; default 10 (October). */
      compareMonth?: number;
      /** The rent never falls below the base rent; default true. */
      floorAtBaseRent?: boolean;
      /** Share of the rent that is indexed, in percent; default 100. */
      indexedPercent?: number;
    }
  | { kind: 'fixed'; percentPerYear: number };

export interface KpiValue {
  /** 'YYYY-MM' */
  month: string;
  value: number;
}

export interface RentAdjustment {
  /** First day this yearly rent applies: the start date, then each 1 January. */
  effectiveFrom: IsoDate;
  yearlyRentOre: number;
  /** KPI month used ('YYYY-MM'), for KPI clauses when an index was applied. */
  indexMonth?: string;
  /** KPI value for `indexMonth`. */
  indexValue?: number;
  /** Multiplier from the base rent to this rent, before rounding. */
  factor: number;
}

export interface RentHistory {
  /** The start, then every 1 January up to and including `today`. */
  adjustments: RentAdjustment[];
  /**
   * The KPI month ('YYYY-MM') whose value is missing from the table: the
   * history stops before the first year that needs it. Null when complete.
   */
  missingIndexMonth: string | null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const MONTH_NAMES = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** Index values and percentages are scaled to integers by this before exact arithmetic. */
const SCALE = 1_000_000n;

export function isYearMonth(value: string): boolean {
  return MONTH.test(value);
}

/** "KPI för oktober 2026 saknas": what the screen says for `missingIndexMonth`. */
export function missingIndexMessage(month: string): string {
  const m = MONTH.exec(month);
  if (!m) return `KPI för ${month} saknas`;
  return `KPI för ${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]} saknas`;
}

/** Swedish problems with the inputs, empty when they can be computed on. */
export function indexationProblems(baseRentOre: number, startDate: IsoDate, indexation: Indexation): string[] {
  const problems: string[] = [];
  if (!Number.isSafeInteger(baseRentOre) || baseRentOre < 0)
    problems.push('Årshyra: ange ett belopp i hela öre, inte negativt.');
  if (!isIsoDate(startDate)) problems.push('Startdatum: ange ett giltigt datum som ÅÅÅÅ-MM-DD.');
  if (indexation.kind === 'kpi') {
    if (!(Number.isFinite(indexation.baseIndex) && indexation.baseIndex > 0))
      problems.push('Basindex: ange ett positivt tal.');
    if (!isYearMonth(indexation.baseMonth)) problems.push('Basmånad: ange månad som ÅÅÅÅ-MM.');
    const cm = indexation.compareMonth;
    if (cm !== undefined && !(Number.isInteger(cm) && cm >= 1 && cm <= 12))
      problems.push('Jämförelsemånad: ange en månad 1–12.');
    const share = indexation.indexedPercent;
    if (share !== undefined && !(Number.isFinite(share) && share >= 0 && share <= 100))
      problems.push('Indexerad andel: ange 0–100 procent.');
  }
  if (indexation.kind === 'fixed') {
    const p = indexation.percentPerYear;
    if (!(Number.isFinite(p) && p > -100 && p <= 100))
      problems.push('Årlig uppräkning: ange en procentsats över −100 och högst 100.');
  }
  return problems;
}

/** Exact integer for a decimal number, scaled by SCALE (414.12 → 414120000n). */
function scaled(value: number): bigint {
  return BigInt(Math.round(value * Number(SCALE)));
}

/** numerator / denominator rounded half up, both non-negative. */
function roundHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/**
 * The yearly rent under a KPI clause when the comparison month's index is
 * `indexValue`: base + base × share × (index − baseIndex) / baseIndex,
 * floored at the base rent unless the clause says otherwise.
 */
export function kpiAdjustedRent(
  baseRentOre: number,
  baseIndex: number,
  indexValue: number,
  options: { floorAtBaseRent?: boolean; indexedPercent?: number } = {},
): { yearlyRentOre: number; factor: number } {
  const floor = options.floorAtBaseRent ?? true;
  const percent = options.indexedPercent ?? 100;
  const b = scaled(baseIndex);
  const i = scaled(indexValue);
  const share = scaled(percent); // percent × SCALE
  const hundred = 100n * SCALE;
  // rent = base × (100·B + share·(I − B)) / (100·B), all scaled integers.
  let numerator = BigInt(baseRentOre) * (hundred * b + share * (i - b));
  const denominator = hundred * b;
  let factor = 1 + (percent / 100) * (indexValue / baseIndex - 1);
  if (floor && indexValue < baseIndex) {
    numerator = BigInt(baseRentOre) * denominator;
    factor = 1;
  }
  if (numerator < 0n) return { yearlyRentOre: 0, factor: Math.max(factor, 0) };
  return { yearlyRentOre: roundHalfUp(numerator, denominator), factor };
}

/** One year's fixed raise on the previous (rounded) rent, half up to whole öre. */
function raiseByPercent(rentOre: number, percent: number): number {
  const hundred = 100n * SCALE;
  return roundHalfUp(BigInt(rentOre) * (hundred + scaled(percent)), hundred);
}

function yearMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The dates a yearly rent can change: the start, then each 1 January after it, up to `today`. */
function changeDates(startDate: IsoDate, today: IsoDate): IsoDate[] {
  if (today < startDate) return [];
  const dates = [startDate];
  for (let y = dateParts(startDate).year + 1; fromParts(y, 1, 1) <= today; y++) dates.push(fromParts(y, 1, 1));
  return dates;
}

/**
 * The yearly rent from the start up to `today`: one entry for the start
 * and one for each 1 January since.
 *
 * - none: the base rent throughout.
 * - kpi: the rent for calendar year Y follows KPI for October Y−1 (or
 *   `compareMonth`) against the base; a comparison month not after the base
 *   month means no change yet. A needed index missing from `kpi` stops the
 *   history there and is reported in `missingIndexMonth`.
 * - fixed: raised by `percentPerYear` each 1 January after the start,
 *   compounded on the previous year's rounded rent, as invoiced.
 */
export function rentHistory(
  baseRentOre: number,
  startDate: IsoDate,
  indexation: Indexation,
  kpi: readonly KpiValue[],
  today: IsoDate,
): RentHistory {
  const problems = indexationProblems(baseRentOre, startDate, indexation);
  if (!isIsoDate(today)) problems.push(`Ogiltigt datum: ${today}.`);
  if (problems.length > 0) throw new Error(`Ogiltig indexering: ${problems.join(' ')}`);

  const dates = changeDates(startDate, today);
  const adjustments: RentAdjustment[] = [];

  if (indexation.kind === 'none') {
    return {
      adjustments: dates.slice(0, 1).map((d) => ({ effectiveFrom: d, yearlyRentOre: baseRentOre, factor: 1 })),
      missingIndexMonth: null,
    };
  }

  if (indexation.kind === 'fixed') {
    let rent = baseRentOre;
    dates.forEach((d, n) => {
      if (n > 0) rent = raiseByPercent(rent, indexation.percentPerYear);
      adjustments.push({ effectiveFrom: d, yearlyRentOre: rent, factor: (1 + indexation.percentPerYear / 100) ** n });
    });
    return { adjustments, missingIndexMonth: null };
  }

  const table = new Map(kpi.map((k) => [k.month, k.value]));
  const compareMonth = indexation.compareMonth ?? 10;
  for (const d of dates) {
    const indexMonth = yearMonth(dateParts(d).year - 1, compareMonth);
    if (indexMonth <= indexation.baseMonth) {
      // Nothing published after the base yet: the base rent stands.
      adjustments.push({ effectiveFrom: d, yearlyRentOre: baseRentOre, factor: 1 });
      continue;
    }
    const indexValue = table.get(indexMonth);
    if (indexValue === undefined) return { adjustments, missingIndexMonth: indexMonth };
    const { yearlyRentOre, factor } = kpiAdjustedRent(baseRentOre, indexation.baseIndex, indexValue, {
      ...(indexation.floorAtBaseRent !== undefined ? { floorAtBaseRent: indexation.floorAtBaseRent } : {}),
      ...(indexation.indexedPercent !== undefined ? { indexedPercent: indexation.indexedPercent } : {}),
    });
    adjustments.push({ effectiveFrom: d, yearlyRentOre, indexMonth, indexValue, factor });
  }
  return { adjustments, missingIndexMonth: null };
}

/**
 * The yearly rent in force on `today` (the last entry of `rentHistory`),
 * with `missingIndexMonth` when a later adjustment could not be made; null
 * before the start, or when not even the start's rent can be computed.
 */
export function currentYearlyRent(
  baseRentOre: number,
  startDate: IsoDate,
  indexation: Indexation,
  kpi: readonly KpiValue[],
  today: IsoDate,
): (RentAdjustment & { missingIndexMonth: string | null }) | null {
  const history = rentHistory(baseRentOre, startDate, indexation, kpi, today);
  const last = history.adjustments.at(-1);
  return last ? { ...last, missingIndexMonth: history.missingIndexMonth } : null;
}
