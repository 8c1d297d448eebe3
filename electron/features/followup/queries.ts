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
  const first = periods[0]!.first;
  const lastDay = periods[periods.length - 1]!.last;
  const last = timestamps ? endOfDayStamp(lastDay) : lastDay;
  const q = qb
    .clone()
    .whereBetween(column, [first, last])
    .select(db.raw('substr(??, 1, 4) as y', [column]))
    .count({ n: '*' })
    .groupByRaw('substr(??, 1, 4)', [column]);
  if (groupColumn) q.select(db.raw('?? as g', [groupColumn])).groupBy(groupColumn);
  const rows = (await q) as { y: string; g?: unknown; n: unknown }[];
  const out = new Map<string, number[]>();
  for (const r of rows) {
    const key = r.g === undefined || r.g === null ? '' : String(r.g);
    const i = periods.findIndex((p) => String(p.year) === String(r.y));
    if (i < 0) continue;
    if (!out.has(key))
      out.set(
        key,
        periods.map(() => 0),
      );
    out.get(key)![i] = num(r.n);
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

/** Each unit's last stock event on or before `date`: the subquery of ids. */
export function lastUnitEvents(db: Db, date: string): Knex.QueryBuilder {
  return db('unitStockEvents').where('effectiveDate', '<=', date).groupBy('unitId').select('unitId').max({ id: 'id' });
}

/** The units in the stock as of `date`, counted by kind, use and owner. */
export async function unitStockAt(
  db: Db,
  date: string,
): Promise<{ kind: string; use: string; ownerType: string; n: number }[]> {
  const rows = (await db('unitStockEvents as e')
    .join(lastUnitEvents(db, date).as('l'), 'l.id', 'e.id')
    .where('e.inStock', true)
    .groupBy('e.kind', 'e.use', 'e.ownerType')
    .select('e.kind', 'e.use', 'e.ownerType')
    .count({ n: '*' })) as { kind: string; use: string; ownerType: string; n: unknown }[];
  return rows.map((r) => ({ ...r, n: num(r.n) }));
}

/** Contracts in force at the end of `date` (signed, started, not yet ended). */
export function contractsInForceAt(db: Db, date: string, alias = 'municipalContracts'): Knex.QueryBuilder {
  return db(`municipalContracts as ${alias}`)
    .whereNot(`${alias}.status`, 'utkast')
    .where(`${alias}.startDate`, '<=', date)
    .where((w) => {
      w.whereNull(`${alias}.endedOn`).orWhere(`${alias}.endedOn`, '>', date);
    });
}

export async function countOf(qb: Knex.QueryBuilder): Promise<number> {
  return num(((await qb.clearSelect().count({ n: '*' }).first()) as { n: unknown } | undefined)?.n);
}

/** Contracts in force at `date` on units used for Bostad Först at that date. */
export function bostadForstContractsAt(db: Db, date: string): Knex.QueryBuilder {
  return contractsInForceAt(db, date, 'c')
    .join(lastUnitEvents(db, date).as('l'), 'l.unitId', 'c.unitId')
    .join('unitStockEvents as e', 'e.id', 'l.id')
    .where('e.use', 'bostad_forst');
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
  const q = qb.clone().clearSelect();
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
