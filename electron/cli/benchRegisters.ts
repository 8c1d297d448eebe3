/**
 * The registers that hang on the lease register, at scale: households and
 * kommunala kontrakt (default 100 000 of each, on the units of 100 000
 * leases), and Bevakning over all of them. Seeds in bulk (chunks of 500,
 * like bulkLeases), then measures median latencies through dispatch: the
 * first page a user sees of each grid, a page deep into it, the filters a
 * caseworker uses, and the watch list as the Bevakning screen and the
 * start page ask for it. Returns plain figures; `npm run bench` can print
 * them (call `benchRegisters(backEnd)` on a fresh database; it adds its
 * own leases and units, so it can follow benchUnits on the same one).
 */
import { addDays, addMonths, maxDate, minDate } from '../../shared/core/dates';
import { formatContractNumber } from '../../shared/contracts/rules';
import { maskIdentityNumber } from '../../shared/households/personnummer';
import type { BackEnd } from '../core/context';
import { dispatch } from '../core/dispatch';
import { searchText } from '../core/listQuery';
import { insertChunked } from '../demo/bestand';
import { FIRST_NAMES, LAST_NAMES } from '../demo/names';
import { Random } from '../demo/random';
import { DEMO_PERSONNUMMER } from '../demo/testPersonnummer';
import { bulkLeases } from './benchLeases';
import { medianMs } from './benchUtil';

export interface BenchRegistersOptions {
  /** Leases, households and contracts to add, one of each per unit (default 100 000). */
  count?: number;
  /** Timed runs per measurement, after three warm-up runs (default 15). */
  runs?: number;
  random?: Random;
  /** False when the database already holds the records (a second measurement of the same data). */
  seed?: boolean;
}

const REFERRING = ['SOF', 'VOF', 'AMF'] as const;
const TARGET_GROUPS = ['bostad_forst', 'valdsutsatta', 'nyanlanda', 'aldre', 'unga', 'ovrigt'] as const;

async function ok(backEnd: BackEnd, name: string, input: unknown): Promise<unknown> {
  const result = await dispatch(name, input, backEnd);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

/**
 * `count` households of one or two people (Skatteverket's test numbers,
 * reused: bench data, never shown) and one contract each on the units of
 * the leases, in every status: about half active, a third ended, the rest
 * drafts and contracts given notice. Contracts sit on their unit's lease.
 */
export async function bulkHouseholdsAndContracts(backEnd: BackEnd, random: Random, count: number): Promise<void> {
  const db = backEnd.database.knex;
  const today = backEnd.clock.today();
  const now = backEnd.clock.now();
  const login = backEnd.actor.login;
  const meta = { version: 1, createdAt: now, createdBy: login, updatedAt: now, updatedBy: login };
  const departments = Object.fromEntries(
    ((await db('departments').select('id', 'code')) as { id: number; code: string }[]).map((d) => [d.code, d.id]),
  );
  const units = (await db('leaseUnits')
    .join('units', 'units.id', 'leaseUnits.unitId')
    .join('leases', 'leases.id', 'leaseUnits.leaseId')
    .whereNotIn('units.id', db('municipalContracts').select('unitId'))
    .orderBy('units.id')
    .limit(count)
    .select('units.id', 'leaseUnits.leaseId', 'leases.startDate as leaseStart')) as {
    id: number;
    leaseId: number;
    leaseStart: string;
  }[];
  const year = Number(today.slice(0, 4));

  await db.transaction(async (trx) => {
    const series = (await trx('contractNumberSeries').where({ year }).first('lastNumber')) as
      { lastNumber: number } | undefined;
    let number = series?.lastNumber ?? 0;
    const firstHousehold = (((await trx('households').max({ id: 'id' }).first()) as { id: number | null }).id ?? 0) + 1;
    let households: Record<string, unknown>[] = [];
    let members: Record<string, unknown>[] = [];
    let contracts: Record<string, unknown>[] = [];
    const flush = async () => {
      await insertChunked(trx, 'households', households);
      await insertChunked(trx, 'householdMembers', members);
      await insertChunked(trx, 'municipalContracts', contracts);
      households = [];
      members = [];
      contracts = [];
    };
    for (const [i, unit] of units.entries()) {
      const householdId = firstHousehold + i;
      const code = random.pick(REFERRING);
      const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      const identity = DEMO_PERSONNUMMER[i % DEMO_PERSONNUMMER.length]!;
      const children = random.pick([0, 0, 0, 1, 2]);
      households.push({
        id: householdId,
        holderName: name,
        holderIdentityMasked: maskIdentityNumber(identity),
        householdSize: 1 + children,
        childrenCount: children,
        targetGroup: random.pick(TARGET_GROUPS),
        referringDepartmentId: departments[code],
        caseworkerName: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
        searchText: searchText([name, identity.slice(0, 8)]),
        ...meta,
      });
      members.push({
        householdId,
        position: 0,
        name,
        identityNumber: identity,
        identityKind: 'personnummer',
        isHolder: true,
      });

      const r = random.next();
      const status = r < 0.05 ? 'utkast' : r < 0.1 ? 'uppsagt' : r < 0.45 ? 'avslutat' : 'aktivt';
      const startDate = maxDate(
        unit.leaseStart,
        status === 'utkast' ? addDays(today, random.int(5, 60)) : addDays(today, -random.int(30, 1400)),
      );
      const endDate = addDays(addMonths(startDate, random.pick([24, 36, 48])), -1);
      const endedOn = status === 'avslutat' ? minDate(addDays(startDate, random.int(60, 700)), today) : null;
      const terminationDate = status === 'uppsagt' ? minDate(addDays(today, random.int(10, 90)), endDate) : null;
      const endsOn = endedOn ?? terminationDate ?? endDate;
      const contractNumber = formatContractNumber(year, ++number);
      contracts.push({
        contractNumber,
        unitId: unit.id,
        leaseId: unit.leaseId,
        householdId,
        referringDepartmentId: departments[code],
        startDate,
        endDate,
        monthlyRent: random.int(45, 95) * 10000,
        waiverGround: 'Genomgångsbostad; hushållet ska vidare till eget kontrakt.',
        waiverStatus: status === 'utkast' ? 'ej_ansokt' : random.chance(0.9) ? 'godkand' : 'ansokan_inskickad',
        landlordNotifiedDate: status !== 'utkast' && random.chance(0.9) ? startDate : null,
        status,
        phase: status === 'avslutat' ? 'avslut' : random.pick(['uthyrning', 'uppfoljning', 'bostadsforsorjning']),
        phaseChangedAt: now,
        noticeDate: terminationDate ? addDays(today, -random.int(1, 30)) : null,
        terminationDate,
        endedOn,
        endReason: endedOn || terminationDate ? 'flytt_forstahandskontrakt' : null,
        endsOn,
        searchText: searchText([contractNumber]),
        ...meta,
      });
      if (households.length === 5000) await flush();
    }
    await flush();
    if (series) await trx('contractNumberSeries').where({ year }).update({ lastNumber: number });
    else await trx('contractNumberSeries').insert({ year, lastNumber: number });
  });
  // Units follow their contracts, as activating and ending them would leave them.
  await db.raw(`update units set status = case when exists (select 1 from municipal_contracts c where c.unit_id = units.id and c.status in ('aktivt', 'uppsagt')) then 'uthyrd' else 'ledig' end
    where id in (select unit_id from municipal_contracts)`);
}

export async function benchRegisters(
  backEnd: BackEnd,
  opts: BenchRegistersOptions = {},
): Promise<Record<string, unknown>> {
  const count = opts.count ?? 100_000;
  const runs = opts.runs ?? 15;
  const random = opts.random ?? new Random(5);
  const db = backEnd.database.knex;
  const figures: Record<string, unknown> = { runs };

  if (opts.seed !== false) {
    const start = performance.now();
    await bulkLeases(backEnd, random, count);
    await bulkHouseholdsAndContracts(backEnd, random, count);
    figures['seedSeconds'] = Math.round((performance.now() - start) / 100) / 10;
  }
  const countOf = async (table: string) =>
    Number(((await db(table).count({ n: '*' }).first()) as { n: number | string }).n);
  figures['leases'] = await countOf('leases');
  figures['households'] = await countOf('households');
  figures['contracts'] = await countOf('municipalContracts');

  const measure = async (
    label: string,
    name: string,
    input: unknown,
    describe?: (value: unknown) => Record<string, unknown>,
  ) => {
    const value = await ok(backEnd, name, input);
    figures[label] = {
      dispatchMs: await medianMs(() => ok(backEnd, name, input), runs),
      ...(describe ? describe(value) : {}),
    };
  };
  const listFacts = (v: unknown) => {
    const r = v as { rows: unknown[]; total: number | null };
    return { rows: r.rows.length, total: r.total };
  };

  await measure(
    'contracts.list default (newest number first), first page + total',
    'contracts.list',
    { limit: 100 },
    listFacts,
  );
  await measure(
    'contracts.list active, by end date, first page + total',
    'contracts.list',
    {
      limit: 100,
      sort: [{ column: 'endsOn', direction: 'asc' }],
      filters: { status: { filterType: 'set', values: ['aktivt'] } },
    },
    listFacts,
  );
  await measure(
    'contracts.list offset 50 000, no total',
    'contracts.list',
    { offset: 50_000, limit: 100, withTotal: false },
    listFacts,
  );
  await measure(
    'contracts.list landlord not told, first page + total',
    'contracts.list',
    { limit: 100, landlordNotTold: true },
    listFacts,
  );
  await measure(
    'contracts.list quick search (a surname), first page + total',
    'contracts.list',
    { limit: 100, search: 'håkansson' },
    listFacts,
  );
  await measure('contracts.summary', 'contracts.summary', {});
  await measure('households.list default (by name), first page + total', 'households.list', { limit: 100 }, listFacts);
  await measure(
    'households.list offset 50 000, no total',
    'households.list',
    { offset: 50_000, limit: 100, withTotal: false },
    listFacts,
  );
  await measure('leases.list default, first page + total', 'leases.list', { limit: 100 }, listFacts);
  await measure(
    'leases.list by landlord name, first page + total',
    'leases.list',
    { limit: 100, sort: [{ column: 'landlordName', direction: 'asc' }] },
    listFacts,
  );
  await measure('organisations.list default, first page + total', 'organisations.list', { limit: 100 }, listFacts);

  const watchFacts = (v: unknown) => {
    const w = v as { items: unknown[]; counts: { total: number }[]; total?: number };
    return { items: w.items.length, total: w.total ?? w.counts.reduce((a, c) => a + c.total, 0) };
  };
  await measure('watch.list 120 days, as the Bevakning screen asks', 'watch.list', { horizonDays: 120 }, watchFacts);
  await measure(
    'watch.list 120 days, counts only, as the start page asks',
    'watch.list',
    { horizonDays: 120, limit: 0 },
    watchFacts,
  );
  return figures;
}
