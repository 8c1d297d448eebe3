/**
 * Benchmark of the lease register at scale (default 100 000 leases): seeds
 * leases in bulk (chunks of 500, like bulkUnits), then measures the median
 * latency of `leases.list` (a sorted, filtered page) and `watch.list`
 * through dispatch, beside the same SQL run directly with knex.raw, and
 * what the lazy refresh of the stored deadlines costs when the calendar
 * moves on. Returns plain figures; `npm run bench` prints them.
 */
import { addDays, addMonths, endOfMonth, type IsoDate } from '../../shared/core/dates';
import type { LeaseValues } from '../../shared/leases/schema';
import { createClock, type BackEnd } from '../core/context';
import { dispatch } from '../core/dispatch';
import { searchText } from '../core/listQuery';
import { bulkUnits, insertChunked } from '../demo/bestand';
import { demoKpiSeries, kpiFor } from '../demo/kpi';
import { Random } from '../demo/random';
import { formatLeaseNumber } from '../features/leases/numbering';
import { derive, derivedColumns } from '../features/leases/derivation';
import { medianMs as medianOf } from './benchUtil';

/** The median of `runs` timed calls after two warm-ups, in ms. */
const medianMs = (runs: number, fn: () => Promise<unknown>) => medianOf(fn, runs, 2);

export interface BenchLeasesOptions {
  /** How many leases to add (default 100 000). */
  leases?: number;
  /** Timed runs per measurement, after two warm-up runs (default 15). */
  runs?: number;
  random?: Random;
}

async function ok(backEnd: BackEnd, name: string, input: unknown): Promise<unknown> {
  const result = await dispatch(name, input, backEnd);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

/** One lease's terms, spread so every kind of deadline and state occurs. */
function leaseTerms(
  random: Random,
  today: IsoDate,
): Pick<
  LeaseValues,
  'premises' | 'startDate' | 'termType' | 'endDate' | 'extensionMonths' | 'noticeMonthsTenant' | 'noticeMonthsLandlord'
> {
  const premises = random.chance(0.8) ? 'bostad' : 'lokal';
  const notice = premises === 'lokal' ? 9 : random.pick([null, 3]);
  if (random.chance(0.3)) {
    return {
      premises,
      termType: 'tillsvidare',
      startDate: addMonths(today, -random.int(1, 120)),
      endDate: null,
      extensionMonths: null,
      noticeMonthsTenant: notice,
      noticeMonthsLandlord: notice,
    };
  }
  const end = endOfMonth(addMonths(today, random.int(-30, 60)));
  const years = random.int(1, 5);
  return {
    premises,
    termType: 'tidsbestamd',
    startDate: addDays(addMonths(end, -12 * years), 1),
    endDate: end,
    extensionMonths: random.chance(0.85) ? random.pick([12, 24, 36]) : null,
    noticeMonthsTenant: notice,
    noticeMonthsLandlord: notice,
  };
}

/** `count` leases (and one apartment each) written straight into the tables. */
export async function bulkLeases(backEnd: BackEnd, random: Random, count: number): Promise<void> {
  const db = backEnd.database.knex;
  const today = backEnd.clock.today();
  const now = backEnd.clock.now();
  const login = backEnd.actor.login;

  if (Number(((await db('kpiValues').count({ n: '*' }).first()) as { n: number }).n) === 0) {
    const rows = demoKpiSeries()
      .filter((k) => k.month < today.slice(0, 7))
      .map((k) => ({ ...k, version: 1, createdAt: now, createdBy: login, updatedAt: now, updatedBy: login }));
    await insertChunked(db, 'kpiValues', rows);
  }
  const kpi = await db('kpiValues').select('month', 'value');

  const before = ((await db('units').max({ id: 'id' }).first()) as { id: number | null }).id ?? 0;
  await bulkUnits(backEnd, random, count, 2_000_000);
  const units = await db('units')
    .where('id', '>', before)
    .orderBy('id')
    .select('id', 'objectNumber', 'address', 'ownerOrganisationId');
  const landlords = await db('organisations').where('isLandlord', true).select('id', 'name');
  const departments = (await db('departments').select('id')).map((d) => d.id);
  const year = Number(today.slice(0, 4));
  const lastOctober =
    kpi
      .map((k) => k.month)
      .filter((m) => m.endsWith('-10'))
      .sort()
      .at(-1) ?? '2019-10';

  await db.transaction(async (trx) => {
    const counter = await trx('leaseNumberCounters').where({ year }).first('lastNumber');
    let number = counter?.lastNumber ?? 0;
    let leaseRows: Record<string, unknown>[] = [];
    let links: { unitId: number }[] = [];
    const flush = async () => {
      await insertChunked(trx, 'leases', leaseRows);
      const numbers = leaseRows.map((r) => r['leaseNumber'] as string);
      const ids = await trx('leases').whereIn('leaseNumber', numbers).select('id', 'leaseNumber');
      const idOf = new Map(ids.map((r) => [r.leaseNumber, r.id]));
      await insertChunked(
        trx,
        'leaseUnits',
        links.map((l, i) => ({ leaseId: idOf.get(numbers[i]!)!, unitId: l.unitId })),
      );
      leaseRows = [];
      links = [];
    };
    for (const unit of units) {
      const terms = leaseTerms(random, today);
      const landlord = landlords.find((l) => l.id === unit.ownerOrganisationId) ?? random.pick(landlords);
      const indexed = random.chance(0.4);
      const wanted = `${Math.max(2019, Number(terms.startDate.slice(0, 4)) - 1)}-10`;
      const baseMonth = wanted < lastOctober ? wanted : lastOctober;
      const values = {
        ...terms,
        status: random.chance(0.03) ? ('utkast' as const) : ('aktiv' as const),
        rentPerYearOre: random.int(60, 140) * 100_000,
        indexationKind: indexed ? ('kpi' as const) : ('none' as const),
        kpiBaseIndex: indexed ? kpiFor(kpi, baseMonth) : null,
        kpiBaseMonth: indexed ? baseMonth : null,
        kpiIndexedPercent: null,
        fixedPercentPerYear: null,
      };
      const derived = derive({ ...values, noticeEndsOn: null }, kpi, today);
      const leaseNumber = formatLeaseNumber(year, ++number);
      leaseRows.push({
        ...values,
        leaseNumber,
        landlordReference: `K-${random.int(1000, 99999)}`,
        landlordId: landlord.id,
        departmentId: random.pick(departments),
        departmentContact: null,
        signedDate: addDays(terms.startDate, -30),
        rentIncludesHeating: true,
        rentIncludesElectricity: false,
        rentIncludesWater: true,
        subletNotified: terms.premises === 'bostad' ? random.chance(0.97) : false,
        subletNotifiedDate: null,
        isBlockLease: false,
        ...derivedColumns(derived, today),
        unitSummary: unit.objectNumber,
        searchText: searchText([leaseNumber, landlord.name, unit.objectNumber, unit.address]),
        version: 1,
        createdAt: now,
        createdBy: login,
        updatedAt: now,
        updatedBy: login,
      });
      // A sublet told needs its date (the schema's rule); set it after the coin.
      const last = leaseRows[leaseRows.length - 1]!;
      if (last['subletNotified']) last['subletNotifiedDate'] = terms.startDate;
      links.push({ unitId: unit.id });
      if (leaseRows.length === 5000) await flush();
    }
    if (leaseRows.length > 0) await flush();
    if (counter) await trx('leaseNumberCounters').where({ year }).update({ lastNumber: number });
    else await trx('leaseNumberCounters').insert({ year, lastNumber: number });
  });
}

const LIST_SQL = `
  select leases.*, organisations.name as landlord_name, departments.code as department_code,
    (select count(*) from lease_units where lease_units.lease_id = leases.id) as unit_count
  from leases
  inner join organisations on organisations.id = leases.landlord_id
  inner join departments on departments.id = leases.department_id
  where leases.next_notice_date <= ?
    and leases.archived_at is null and leases.status in ('aktiv')
  order by leases.next_notice_date is null, leases.next_notice_date asc, leases.id asc
  limit 100 offset 0`;

const DEFAULT_LIST_SQL = `
  select leases.*, organisations.name as landlord_name, departments.code as department_code,
    (select count(*) from lease_units where lease_units.lease_id = leases.id) as unit_count
  from leases
  inner join organisations on organisations.id = leases.landlord_id
  inner join departments on departments.id = leases.department_id
  where leases.archived_at is null
  order by leases.next_notice_date is null, leases.next_notice_date asc, leases.id asc
  limit 100`;

const COUNT_SQL = `
  select count(*) as n from leases
  inner join organisations on organisations.id = leases.landlord_id
  inner join departments on departments.id = leases.department_id
  where leases.next_notice_date <= ?
    and leases.archived_at is null and leases.status in ('aktiv')`;

const WATCH_SQL = [
  `select leases.id from leases join organisations on organisations.id = leases.landlord_id where leases.archived_at is null
     and leases.status = 'aktiv' and leases.next_notice_date <= :until order by leases.next_notice_date is null, leases.next_notice_date limit 5000`,
  `select leases.id from leases join organisations on organisations.id = leases.landlord_id where leases.archived_at is null
     and leases.status = 'aktiv' and leases.missed_notice_date is not null and leases.missed_notice_date >= :since order by leases.missed_notice_date limit 5000`,
  `select leases.id from leases join organisations on organisations.id = leases.landlord_id where leases.archived_at is null
     and leases.status in ('aktiv', 'uppsagd') and leases.ends_on is not null and leases.ends_on between :today and :until order by leases.ends_on limit 5000`,
  `select leases.id from leases join organisations on organisations.id = leases.landlord_id where leases.archived_at is null
     and leases.status = 'aktiv' and leases.ends_on is null and leases.current_period_end is not null
     and leases.current_period_end between :today and :until order by leases.current_period_end limit 5000`,
  `select leases.id from leases join organisations on organisations.id = leases.landlord_id where leases.archived_at is null
     and leases.sublet_notified = 0 and leases.premises = 'bostad' and leases.status in ('aktiv', 'uppsagd')
     and leases.start_date <= :until order by leases.start_date limit 5000`,
  `select id from units where archived_at is null and status <> 'avvecklad' and permit_end_date is not null
     and permit_end_date <= :until order by permit_end_date limit 5000`,
];

export async function benchLeases(backEnd: BackEnd, opts: BenchLeasesOptions = {}): Promise<Record<string, unknown>> {
  const count = opts.leases ?? 100_000;
  const runs = opts.runs ?? 15;
  const random = opts.random ?? new Random(3);
  const db = backEnd.database.knex;
  const today = backEnd.clock.today();

  const seedStart = performance.now();
  await bulkLeases(backEnd, random, count);
  const seedSeconds = Math.round((performance.now() - seedStart) / 100) / 10;
  const total = Number(((await db('leases').count({ n: '*' }).first()) as { n: number }).n);

  const within = 365;
  const until365 = addDays(today, within);
  const listInput = {
    sort: [{ column: 'nextNoticeDate', direction: 'asc' }],
    filters: { status: { filterType: 'set', values: ['aktiv'] } },
    deadlineWithinDays: within,
    limit: 100,
    withTotal: true,
  };
  const firstPage = (await ok(backEnd, 'leases.list', listInput)) as { rows: unknown[]; total: number };
  const until120 = addDays(today, 120);
  const watchParams = { today, until: until120, since: addDays(today, -30) };
  const watch = (await ok(backEnd, 'watch.list', { horizonDays: 120 })) as { items: unknown[] };

  const figures: Record<string, unknown> = {
    leases: total,
    seedSeconds,
    runs,
    'leases.list sorted by deadline, filtered (aktiv, ≤ 365 d), first page + total': {
      dispatchMs: await medianMs(runs, () => ok(backEnd, 'leases.list', listInput)),
      directSqlMs: await medianMs(runs, async () => {
        await db.raw(LIST_SQL, [until365]);
        await db.raw(COUNT_SQL, [until365]);
      }),
      rows: firstPage.rows.length,
      matching: firstPage.total,
    },
    'leases.list default (all leases by deadline, no filter), first page + total': {
      dispatchMs: await medianMs(runs, () => ok(backEnd, 'leases.list', { limit: 100, withTotal: true })),
      directSqlMs: await medianMs(runs, async () => {
        await db.raw(DEFAULT_LIST_SQL);
        await db.raw(`select count(*) as n from leases where archived_at is null`);
      }),
    },
    'leases.list page 50 (offset 4900), no total': {
      dispatchMs: await medianMs(runs, () =>
        ok(backEnd, 'leases.list', { ...listInput, offset: 4900, withTotal: false }),
      ),
      directSqlMs: await medianMs(runs, () => db.raw(LIST_SQL.replace('offset 0', 'offset 4900'), [until365])),
    },
    'leases.list quick search (one unit number), first page + total': {
      dispatchMs: await medianMs(runs, () => ok(backEnd, 'leases.list', { search: 'lgh-2000123', limit: 100 })),
      directSqlMs: await medianMs(runs, async () => {
        await db.raw(
          `select leases.* from leases where archived_at is null and search_text like ? escape '\\' order by next_notice_date is null, next_notice_date, id limit 100`,
          ['%lgh-2000123%'],
        );
        await db.raw(`select count(*) as n from leases where archived_at is null and search_text like ? escape '\\'`, [
          '%lgh-2000123%',
        ]);
      }),
    },
    'watch.list 120 days (all sources)': {
      dispatchMs: await medianMs(runs, () => ok(backEnd, 'watch.list', { horizonDays: 120 })),
      directSqlMs: await medianMs(runs, async () => {
        for (const sql of WATCH_SQL) await db.raw(sql, watchParams);
      }),
      items: watch.items.length,
    },
  };

  // The calendar moves on to the 1st of next month: the first list of that
  // day recomputes the leases whose stored dates have passed, then the list
  // is back to its usual speed. (Done last: it changes the stored values.)
  const later = `${addMonths(today, 1).slice(0, 8)}01`;
  const laterBackEnd: BackEnd = { ...backEnd, clock: createClock(later) };
  const due = Number(
    ((await db('leases').where('refreshDue', '<=', later).count({ n: '*' }).first()) as { n: number }).n,
  );
  const start = performance.now();
  await ok(laterBackEnd, 'leases.list', listInput);
  figures[`lazy refresh on ${later} (first leases.list of the day)`] = {
    leasesRecomputed: due,
    firstCallMs: Math.round(performance.now() - start),
    nextCallMs: await medianMs(Math.min(runs, 5), () => ok(laterBackEnd, 'leases.list', listInput)),
  };
  return figures;
}
