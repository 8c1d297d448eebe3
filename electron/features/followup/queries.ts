/**
 * The building blocks of every follow-up figure, each one query however
 * many records there are: counts of records dated within each period
 * (grouped by year in SQL), and stocks as of a date (contracts, leases,
 * units from their event table). Only dates, codes and ids are read, never
 * personal data, so gallring does not change a figure.
 */
import type { Knex } from 'knex';
import type { Period } from '../../../shared/followup/periods';

type Db = Knex;

const num = (v: unknown): number => Number(v ?? 0);

/** The end of a day as a UTC timestamp bound (for columns holding timestamps). */
export const endOfDayStamp = (date: string): string => `${date}T23:59:59.999Z`;

/**
 * Rows of `qb` whose `column` (a date) falls in each period, optionally per
 * value of `groupColumn`: group value → count per period ('' without a group).
 */
export async function countByPeriod(
  db: Db,
  qb: Knex.QueryBuilder,
  column: string,
  periods: Period[],
  groupColumn?: string,
  /** The column holds timestamps, not dates: the last day counts to its end. */
  timestamps = false,
): Promise<Map<string, number[]>> {
  const bound = (date: string) => (timestamps ? endOfDayStamp(date) : date);
  // One sum per period instead of grouping by the year in SQL: no sort of the
  // rows, no string function on a date column (a date type on PostgreSQL),
  // and a range scan of the column's index reads only the rows counted.
  const q = qb
    .clone()
    .clearSelect()
    .whereBetween(column, [periods[0]!.first, bound(periods[periods.length - 1]!.last)]);
  periods.forEach((p, i) => {
    q.select(
      db.raw('sum(case when ?? between ? and ? then 1 else 0 end) as ??', [column, p.first, bound(p.last), `p${i}`]),
    );
  });
  if (groupColumn) q.select(db.raw('?? as g', [groupColumn])).groupBy(groupColumn);
  const rows = (await q) as Record<string, unknown>[];
  const out = new Map<string, number[]>();
  for (const r of rows) {
    const values = periods.map((_, i) => num(r[`p${i}`]));
    // Without a group the one row of sums is there even when nothing matched.
    if (values.every((v) => v === 0)) continue;
    const g = r['g'];
    out.set(g === undefined || g === null ? '' : String(g), values);
  }
  return out;
}

/** One series out of countByPeriod's map (zeros where the group had no rows). */
export function seriesOf(map: Map<string, number[]>, key: string, length: number): number[] {
  return map.get(key) ?? Array.from({ length }, () => 0);
}

/** Sum of all groups per period. */
export function totalOf(map: Map<string, number[]>, length: number): number[] {
  const total = Array.from({ length }, () => 0);
  for (const values of map.values()) values.forEach((v, i) => (total[i]! += v));
  return total;
}

/**
 * For each date, how many rows of `qb` were in force at its end (started on
 * or before it, not ended by it), or the sum of `sumColumn` over them: one
 * scan for all the dates instead of one query per date.
 */
export async function inForceAtDates(
  db: Db,
  qb: Knex.QueryBuilder,
  dates: string[],
  startColumn: string,
  endColumn: string,
  sumColumn?: string,
): Promise<number[]> {
  // Rows started after the last date count for none of them: a range on the start column's index.
  const q = qb
    .clone()
    .clearSelect()
    .where(startColumn, '<=', [...dates].sort().at(-1)!);
  dates.forEach((d, i) => {
    const value = sumColumn ? db.raw('??', [sumColumn]) : db.raw('1');
    q.select(
      db.raw(`sum(case when ?? <= ? and (?? is null or ?? > ?) then ? else 0 end) as ??`, [
        startColumn,
        d,
        endColumn,
        endColumn,
        d,
        value,
        `d${i}`,
      ]),
    );
  });
  const row = (await q.first()) as Record<string, unknown> | undefined;
  return dates.map((_, i) => num(row?.[`d${i}`]));
}
