/**
 * States as of several dates from one read each. A unit's stock events and
 * a contract's phase moves each hold from their date until the next one
 * (`validUntil`, written when the next is appended, migration 0157); a
 * state is in force at a date when it began on or before it and the next
 * one had not begun. One pass over the events up to the last date serves
 * every date at once, each date a sum of its own, where a "last event per
 * record by each date" subquery read the events again for every date (3:7
 * and 3:10 ask for four dates, 3:4 for three). The spans were first taken
 * with a `lead()` window over each record's events; at 100 000 units and
 * contracts that window's sort was most of the report's time, so the end
 * of each span is now stored. The 3:7 management history is small (the
 * city's own units) and keeps its window.
 */
import type { Knex } from 'knex';
import { endOfDayStamp } from './queries';
import type { StockRow } from './build';

type Db = Knex;

const num = (v: unknown): number => Number(v ?? 0);

/** Each unit's stock events up to `last`, with the date the next one took over (`until`, null for the latest). */
function unitEventSpans(db: Db, last: string): Knex.QueryBuilder {
  return db('unitStockEvents')
    .where('effectiveDate', '<=', last)
    .select('unitId', 'kind', 'use', 'ownerType', 'inStock', 'effectiveDate', { until: 'validUntil' });
}

/** `sum(case when <span from..until holds at date> [and extra] then 1 else 0 end) as dN` for each date. */
function countsAtDates(
  db: Db,
  q: Knex.QueryBuilder,
  dates: string[],
  from: string,
  until: string,
  bound: (date: string) => string = (d) => d,
  extra?: (date: string) => Knex.Raw,
): void {
  dates.forEach((d, i) => {
    const more = extra ? extra(d) : db.raw('1 = 1');
    q.select(
      db.raw('sum(case when ?? <= ? and (?? is null or ?? > ?) and ? then 1 else 0 end) as ??', [
        from,
        bound(d),
        until,
        until,
        bound(d),
        more,
        `d${i}`,
      ]),
    );
  });
}

/** The unit stock (in stock only) by kind, use and owner as of each date. */
export async function unitStockAtDates(db: Db, dates: string[]): Promise<Map<string, StockRow[]>> {
  const last = [...dates].sort().at(-1)!;
  const q = db
    .queryBuilder()
    .with('spans', unitEventSpans(db, last))
    .from('spans')
    .where('inStock', true)
    .groupBy('kind', 'use', 'ownerType')
    .select('kind', 'use', 'ownerType');
  countsAtDates(db, q, dates, 'effectiveDate', 'until');
  const rows = (await q) as Record<string, unknown>[];
  return new Map(
    dates.map((d, i) => [
      d,
      rows
        .map((r) => ({
          kind: String(r['kind']),
          use: String(r['use']),
          ownerType: String(r['ownerType']),
          n: num(r[`d${i}`]),
        }))
        .filter((r) => r.n > 0),
    ]),
  );
}

/** Contract `c` in force at the end of `date` (signed, started, not yet ended). */
function contractInForce(db: Db, date: string): Knex.Raw {
  return db.raw('?? <> ? and ?? <= ? and (?? is null or ?? > ?)', [
    'c.status',
    'utkast',
    'c.startDate',
    date,
    'c.endedOn',
    'c.endedOn',
    date,
  ]);
}

/** Contracts in force at each date on units whose use was Bostad Först at that date (3:10's households). */
export async function bostadForstHouseholdsAtDates(db: Db, dates: string[]): Promise<number[]> {
  const last = [...dates].sort().at(-1)!;
  const q = db
    .queryBuilder()
    .with('spans', unitEventSpans(db, last))
    .from('spans as e')
    .join('municipalContracts as c', 'c.unitId', 'e.unitId')
    .where('e.use', 'bostad_forst')
    .whereNot('c.status', 'utkast')
    .where('c.startDate', '<=', last);
  countsAtDates(db, q, dates, 'e.effectiveDate', 'e.until', undefined, (d) => contractInForce(db, d));
  const row = (await q.first()) as Record<string, unknown> | undefined;
  return dates.map((_, i) => num(row?.[`d${i}`]));
}

/**
 * Contracts in force at each date that had moved to a phase by then, per
 * phase (process 3:4): the phase is the contract's latest move by the end
 * of the day. Contracts in force without a move yet are not in these counts.
 */
export async function movedPhasesAtDates(db: Db, dates: string[]): Promise<Map<string, number[]>> {
  const last = [...dates].sort().at(-1)!;
  const spans = db('contractPhaseMoves')
    .where('movedAt', '<=', endOfDayStamp(last))
    .select('contractId', 'toPhase', 'movedAt', { until: 'validUntil' });
  const q = db
    .queryBuilder()
    .with('spans', spans)
    .from('spans as m')
    .join('municipalContracts as c', 'c.id', 'm.contractId')
    .whereNot('c.status', 'utkast')
    .where('c.startDate', '<=', last)
    .groupBy('m.toPhase')
    .select('m.toPhase');
  countsAtDates(db, q, dates, 'm.movedAt', 'm.until', endOfDayStamp, (d) => contractInForce(db, d));
  const rows = (await q) as Record<string, unknown>[];
  return new Map(rows.map((r) => [String(r['toPhase']), dates.map((_, i) => num(r[`d${i}`]))]));
}

export interface ManagementCount {
  managingDepartment: string;
  lettingMethod: string;
  withSupport: boolean;
  /** Units so managed at each date. */
  counts: number[];
}

/**
 * Plan 3:7: the city's own units by who managed them, how they were let and
 * whether any support was in place, as of each date (the management
 * history, `city_unit_management_events`); archived units are left out.
 */
export async function cityManagementAtDates(db: Db, dates: string[]): Promise<ManagementCount[]> {
  const last = [...dates].sort().at(-1)!;
  const support = db.raw('case when ?? or ?? or ?? then 1 else 0 end', [
    'supportBoendestod',
    'supportHemtjanst',
    'supportOther',
  ]);
  const spans = db('cityUnitManagementEvents')
    .where('effectiveDate', '<=', last)
    .select(
      'unitId',
      'managingDepartment',
      'lettingMethod',
      'effectiveDate',
      db.raw('? as ??', [support, 'withSupport']),
      db.raw('lead(??) over (partition by ?? order by ??, ??) as ??', [
        'effectiveDate',
        'unitId',
        'effectiveDate',
        'id',
        'until',
      ]),
    );
  const q = db
    .queryBuilder()
    .with('spans', spans)
    .from('spans as m')
    .join('units as u', 'u.id', 'm.unitId')
    .whereNull('u.archivedAt')
    .groupBy('m.managingDepartment', 'm.lettingMethod', 'm.withSupport')
    .select('m.managingDepartment', 'm.lettingMethod', 'm.withSupport');
  countsAtDates(db, q, dates, 'm.effectiveDate', 'm.until');
  const rows = (await q) as Record<string, unknown>[];
  return rows.map((r) => ({
    managingDepartment: String(r['managingDepartment']),
    lettingMethod: String(r['lettingMethod']),
    withSupport: num(r['withSupport']) === 1,
    counts: dates.map((_, i) => num(r[`d${i}`])),
  }));
}
