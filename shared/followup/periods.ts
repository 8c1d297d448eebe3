/**
 * The periods a follow-up counts over: the chosen year and the two before
 * it. Earlier years are whole calendar years; the chosen year counts up to
 * the report's date (the September report shows the year so far).
 */
import type { IsoDate } from '../core/dates';

export const FOLLOWUP_YEARS = 3;

export interface Period {
  year: number;
  first: IsoDate;
  /** The last day counted: 31 December, or the report's date in its own year. */
  last: IsoDate;
}

export function followupPeriods(year: number, asOf: IsoDate): Period[] {
  const periods: Period[] = [];
  for (let y = year - FOLLOWUP_YEARS + 1; y <= year; y++) {
    const yearEnd = `${y}-12-31`;
    periods.push({ year: y, first: `${y}-01-01`, last: asOf < yearEnd ? asOf : yearEnd });
  }
  return periods;
}

/** Counts by year, in the periods' order; a date after its period's last day is not counted. */
export function countInPeriods(dates: Iterable<string | null>, periods: Period[]): number[] {
  const counts = periods.map(() => 0);
  for (const d of dates) {
    if (!d) continue;
    const i = periods.findIndex((p) => d >= p.first && d <= p.last);
    if (i >= 0) counts[i]!++;
  }
  return counts;
}

/** A whole-number percentage, or null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}
