/**
 * Bench data written straight into the tables in bulk (chunks of 500, one
 * transaction): `count` leases with one apartment each, spread so every kind
 * of deadline and state occurs, and households with one kommunalt kontrakt
 * each on the units of those leases. Not the app's way in (one insert per
 * row costs 0.4 ms), but the same rows the app would write.
 */
import { addDays, addMonths, endOfMonth, maxDate, minDate, type IsoDate } from '../../shared/core/dates';
import { formatContractNumber } from '../../shared/contracts/rules';
import { maskIdentityNumber } from '../../shared/households/personnummer';
import type { LeaseValues } from '../../shared/leases/schema';
import type { BackEnd } from '../core/context';
import { refreshPlannerStatistics } from '../db/dialect';
import { searchText } from '../core/listQuery';
import { bulkUnits, insertChunked } from '../demo/bestand';
import { demoKpiSeries, kpiFor } from '../demo/kpi';
import { FIRST_NAMES, LAST_NAMES } from '../demo/names';
import { Random } from '../demo/random';
import { DEMO_PERSONNUMMER } from '../demo/testPersonnummer';
import { formatLeaseNumber } from '../features/leases/numbering';
import { derive, derivedColumns } from '../features/leases/derivation';

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
  // A database in use has its statistics (autovacuum gathers them a minute
  // after a load): the figures are of that, not of the minute after a load.
  await refreshPlannerStatistics(db);
}

const REFERRING = ['SOF', 'VOF', 'AMF'] as const;
const TARGET_GROUPS = ['bostad_forst', 'valdsutsatta', 'nyanlanda', 'aldre', 'unga', 'ovrigt'] as const;

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
    const series = await trx('contractNumberSeries').where({ year }).first('lastNumber');
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
  await refreshPlannerStatistics(db);
}
