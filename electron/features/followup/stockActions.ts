/**
 * The actions about the stock of dwellings and agreements: 3:1 land
 * agreements, 3:3 kommunala kontrakt, 3:4 the process phases, 3:7 the city's
 * rental stock and leases, 3:10 Bostad Först.
 */
import { CONTRACT_PHASES, contractPhaseLabels } from '../../../shared/contracts/schema';
import { percent } from '../../../shared/followup/periods';
import { lettingMethodLabels } from '../../../shared/cityUnits/schema';
import { UNIT_KINDS, unitKindLabels, type UnitKind } from '../../../shared/units/schema';
import {
  bostadForstContractsAt,
  contractsInForceAt,
  countByPeriod,
  countOf,
  endOfDayStamp,
  inForceAtDates,
  seriesOf,
  totalOf,
} from './queries';
import { barChart, figure, kronor, type ActionBuilder } from './build';

const num = (v: unknown): number => Number(v ?? 0);

const unitKindPlurals: Record<UnitKind, string> = {
  modulbostad: 'Modulbostäder',
  villavagn: 'Villavagnar',
  lagenhet: 'Lägenheter',
};

export const landAgreementAction: ActionBuilder = async ({ ctx, periods }) => {
  const db = ctx.db;
  const n = periods.length;
  const owedRows = (await db('landAgreements')
    .whereNull('archivedAt')
    .whereNull('waivedDate')
    .whereBetween('dueDate', [periods[0]!.first, periods[n - 1]!.last])
    .select(db.raw('substr(??, 1, 4) as y', ['dueDate']))
    .sum({ s: 'owedDwellings' })
    .groupByRaw('substr(??, 1, 4)', ['dueDate'])) as { y: string; s: unknown }[];
  const owed = periods.map((p) => num(owedRows.find((r) => String(r.y) === String(p.year))?.s));
  const delivered = seriesOf(
    await countByPeriod(db, db('landDeliveries').whereNull('archivedAt'), 'handedOverDate', periods),
    '',
    n,
  );
  // Per agreement, what was still owed at each period's end: owed less delivered by then,
  // never below zero; one pass over the agreements and their deliveries for all periods.
  const q = db('landAgreements as a')
    .leftJoin('landDeliveries as d', (j) => j.on('d.landAgreementId', 'a.id').andOnNull('d.archivedAt'))
    .whereNull('a.archivedAt')
    .where('a.signedDate', '<=', periods[n - 1]!.last)
    .groupBy('a.id', 'a.owedDwellings', 'a.signedDate', 'a.waivedDate')
    .select('a.owedDwellings', 'a.signedDate', 'a.waivedDate');
  periods.forEach((p, i) => {
    q.select(db.raw('sum(case when ?? <= ? then 1 else 0 end) as ??', ['d.handedOverDate', p.last, `n${i}`]));
  });
  const agreements = (await q) as Record<string, unknown>[];
  const remaining = periods.map((p, i) =>
    agreements
      .filter(
        (a) => String(a['signedDate']) <= p.last && (a['waivedDate'] === null || String(a['waivedDate']) > p.last),
      )
      .reduce((sum, a) => sum + Math.max(0, num(a['owedDwellings']) - num(a[`n${i}`])), 0),
  );
  return {
    figures: [
      figure(
        'owedDue',
        'Bostäder att lämna med förfalloår under året',
        owed,
        'Summan av åtagandena (10 % av markanvisningens volym, eller beslutat antal) i avtal med förfallodag under året; efterskänkta åtaganden räknas inte.',
      ),
      figure(
        'delivered',
        'Lämnade bostäder under året',
        delivered,
        'Bostäder som byggaktörerna lämnat i befintligt bestånd, räknade på överlämnandedatum.',
      ),
      figure(
        'remaining',
        'Kvar att lämna vid periodens slut',
        remaining,
        'För varje avtal tecknat före periodens slut: åtagandet minus lämnade bostäder, aldrig under noll.',
      ),
    ],
    charts: [
      barChart('Lämnade bostäder och åtaganden som förfaller', periods, [
        { name: 'Att lämna (förfaller)', data: owed },
        { name: 'Lämnade', data: delivered },
        { name: 'Kvar vid årets slut', data: remaining, kind: 'line' },
      ]),
    ],
    tables: [],
  };
};

export const contractAction: ActionBuilder = async ({ ctx, periods }) => {
  const db = ctx.db;
  const n = periods.length;
  const signed = db('municipalContracts').whereNot('status', 'utkast');
  const started = seriesOf(await countByPeriod(db, signed.clone(), 'startDate', periods), '', n);
  const ended = seriesOf(await countByPeriod(db, signed.clone(), 'endedOn', periods), '', n);
  const ends = periods.map((p) => p.last);
  const inForce = await inForceAtDates(db, signed.clone(), ends, 'startDate', 'endedOn');
  const families = await inForceAtDates(
    db,
    db('municipalContracts as c')
      .whereNot('c.status', 'utkast')
      .join('households as h', 'h.id', 'c.householdId')
      .where('h.childrenCount', '>', 0),
    ends,
    'c.startDate',
    'c.endedOn',
  );
  return {
    figures: [
      figure(
        'inForce',
        'Kommunala kontrakt som gäller vid periodens slut',
        inForce,
        'Kontrakt som börjat och inte avslutats vid periodens sista dag (utkast räknas inte).',
      ),
      figure('started', 'Nya kontrakt under året', started, 'Kontrakt med tillträdesdag under året.'),
      figure('ended', 'Avslutade kontrakt under året', ended, 'Kontrakt med avslutsdag under året.'),
      figure(
        'families',
        'Barnfamiljer i kommunala kontrakt vid periodens slut',
        families,
        'Gällande kontrakt vars hushåll har minst ett barn (hushållets uppgift i dag).',
      ),
    ],
    charts: [
      barChart('Kommunala kontrakt', periods, [
        { name: 'Gäller vid årets slut', data: inForce },
        { name: 'Nya under året', data: started, kind: 'line' },
        { name: 'Avslutade under året', data: ended, kind: 'line' },
      ]),
    ],
    tables: [],
  };
};

export const phaseAction: ActionBuilder = async ({ ctx, periods }) => {
  const db = ctx.db;
  const byPhase = new Map<string, number[]>(CONTRACT_PHASES.map((ph) => [ph, periods.map(() => 0)]));
  for (const [i, p] of periods.entries()) {
    // The phase as of the period's end: the contract's last phase move by then (process 3:4).
    const lastMove = db('contractPhaseMoves')
      .where('movedAt', '<=', endOfDayStamp(p.last))
      .groupBy('contractId')
      .select('contractId')
      .max({ id: 'id' });
    const rows = (await contractsInForceAt(db, p.last, 'c')
      .leftJoin(lastMove.as('l'), 'l.contractId', 'c.id')
      .leftJoin('contractPhaseMoves as m', 'm.id', 'l.id')
      .select(db.raw(`coalesce(??, 'uthyrning') as phase`, ['m.toPhase']))
      .count({ n: '*' })
      .groupByRaw(`coalesce(??, 'uthyrning')`, ['m.toPhase'])) as { phase: string; n: unknown }[];
    for (const r of rows) {
      const series = byPhase.get(r.phase);
      if (series) series[i] = num(r.n);
    }
  }
  const moves = totalOf(
    await countByPeriod(db, db('contractPhaseMoves').whereNotNull('fromPhase'), 'movedAt', periods, undefined, true),
    periods.length,
  );
  return {
    figures: [
      ...CONTRACT_PHASES.map((ph) =>
        figure(
          `phase_${ph}`,
          `I fasen ${contractPhaseLabels[ph].toLowerCase()} vid periodens slut`,
          byPhase.get(ph)!,
          'Gällande kontrakt efter den senaste fasändringen före periodens slut; kontrakt utan ändring räknas i uthyrningsfasen.',
        ),
      ),
      figure(
        'moves',
        'Fasbyten under året',
        moves,
        'Registrerade byten från en fas till nästa, räknade på dagen för bytet.',
      ),
    ],
    charts: [
      barChart(
        'Gällande kontrakt per fas vid årets slut',
        periods,
        CONTRACT_PHASES.map((ph) => ({ name: contractPhaseLabels[ph], data: byPhase.get(ph)!, stack: 'fas' })),
      ),
    ],
    tables: [],
  };
};

export const cityStockAction: ActionBuilder = async ({ ctx, periods, current, stockAt }) => {
  const db = ctx.db;
  const n = periods.length;
  const byKind = new Map<string, number[]>(UNIT_KINDS.map((k) => [k, periods.map(() => 0)]));
  const cityOwned = periods.map(() => 0);
  const leases: number[] = [];
  const rent: number[] = [];
  for (const [i, p] of periods.entries()) {
    for (const r of await stockAt(p.last)) {
      byKind.get(r.kind)![i]! += r.n;
      if (r.ownerType === 'staden') cityOwned[i]! += r.n;
    }
  }
  const liveLeases = db('leases').whereNot('status', 'utkast').whereNull('archivedAt');
  const ends = periods.map((p) => p.last);
  leases.push(...(await inForceAtDates(db, liveLeases, ends, 'startDate', 'endsOn')));
  rent.push(...(await inForceAtDates(db, liveLeases, ends, 'startDate', 'endsOn', 'rentPerYearOre')).map(kronor));
  const disturbances = seriesOf(
    await countByPeriod(db, db('unitDisturbances').whereNull('archivedAt'), 'reportedOn', periods),
    '',
    n,
  );
  // Management, letting and support are recorded as they are now (no
  // history of their own): shown for the chosen year, frozen with the report.
  const onlyNow = (v: number) => periods.map((p) => (p === current ? v : null));
  const managed = (await db('cityUnitManagement as m')
    .join('units as u', 'u.id', 'm.unitId')
    .whereNull('m.archivedAt')
    .whereNull('u.archivedAt')
    .select(
      'm.managingDepartment',
      'm.lettingMethod',
      'm.supportBoendestod',
      'm.supportHemtjanst',
      'm.supportOther',
    )) as {
    managingDepartment: string;
    lettingMethod: string;
    supportBoendestod: unknown;
    supportHemtjanst: unknown;
    supportOther: string | null;
  }[];
  const yes = (v: unknown) => v === true || v === 1;
  const methods = new Map<string, Map<string, number>>();
  for (const m of managed) {
    const perDept = methods.get(m.managingDepartment) ?? new Map<string, number>();
    perDept.set(m.lettingMethod, (perDept.get(m.lettingMethod) ?? 0) + 1);
    methods.set(m.managingDepartment, perDept);
  }
  return {
    figures: [
      ...UNIT_KINDS.map((k) =>
        figure(
          `stock_${k}`,
          `${unitKindPlurals[k]} i beståndet vid periodens slut`,
          byKind.get(k)!,
          'Bostäder i beståndet (inte avvecklade eller arkiverade) enligt bostadens senaste ändring före periodens slut.',
        ),
      ),
      figure(
        'cityOwned',
        'Stadens egna bostäder vid periodens slut',
        cityOwned,
        'Bostäder med ägare staden i beståndet vid periodens slut.',
      ),
      figure(
        'managedFF',
        'Förvaltas av FF',
        onlyNow(managed.filter((m) => m.managingDepartment === 'FF').length),
        'Stadens bostäder med FF som förvaltare, som registrerat i dag.',
      ),
      figure(
        'managedMEX',
        'Förvaltas av MEX',
        onlyNow(managed.filter((m) => m.managingDepartment === 'MEX').length),
        'Stadens bostäder med MEX som förvaltare, som registrerat i dag.',
      ),
      figure(
        'withSupport',
        'Med stödinsats (boendestöd, hemtjänst eller annan)',
        onlyNow(managed.filter((m) => yes(m.supportBoendestod) || yes(m.supportHemtjanst) || m.supportOther).length),
        'Stadens bostäder där minst en stödinsats är registrerad i dag.',
      ),
      figure(
        'disturbances',
        'Anmälda störningar under året',
        disturbances,
        'Störningsanmälningar för stadens bostäder, räknade på anmälningsdag.',
      ),
      figure(
        'leases',
        'Hyresavtal som gäller vid periodens slut',
        leases,
        'Hyresavtal med externa hyresvärdar som börjat och inte upphört vid periodens slut.',
      ),
      figure(
        'rent',
        'Årshyra för dessa avtal',
        rent,
        'Summan av avtalad årshyra (utan indexuppräkning) för gällande hyresavtal, i kronor.',
        'kr',
      ),
    ],
    charts: [
      barChart(
        'Beståndet per typ vid årets slut',
        periods,
        UNIT_KINDS.map((k) => ({ name: unitKindLabels[k], data: byKind.get(k)!, stack: 'typ' })),
      ),
      barChart('Hyresavtal och årshyra vid årets slut', periods, [
        { name: 'Hyresavtal', data: leases },
        { name: 'Årshyra (kr)', data: rent, kind: 'line', secondAxis: true },
      ]),
    ],
    tables: [
      {
        title: 'Uthyrningssätt per förvaltare (i dag)',
        columns: ['Förvaltare', 'Uthyrningssätt', 'Bostäder'],
        rows: [...methods.entries()].flatMap(([dept, perDept]) =>
          [...perDept.entries()].map(([method, count]) => [
            dept,
            lettingMethodLabels[method as keyof typeof lettingMethodLabels] ?? method,
            count,
          ]),
        ),
      },
    ],
  };
};

export const bostadForstAction: ActionBuilder = async ({ ctx, periods, settings, stockAt }) => {
  const db = ctx.db;
  const units: number[] = [];
  const households: number[] = [];
  const atStart: number[] = [];
  const bf = async (date: string) =>
    (await stockAt(date)).filter((r) => r.use === 'bostad_forst').reduce((s, r) => s + r.n, 0);
  for (const p of periods) {
    units.push(await bf(p.last));
    atStart.push(await bf(`${p.year - 1}-12-31`));
    households.push(await countOf(bostadForstContractsAt(db, p.last)));
  }
  const growth = units.map((u, i) => u - atStart[i]!);
  const goal = periods.map(() => settings.bostadForstGoalPerYear);
  return {
    figures: [
      figure(
        'units',
        'Bostad Först-lägenheter vid periodens slut',
        units,
        'Bostäder i beståndet med användningen Bostad Först enligt bostadens senaste ändring före periodens slut.',
      ),
      figure(
        'growth',
        'Tillväxt under året',
        growth,
        'Bostad Först-lägenheter vid periodens slut minus vid föregående årsskifte.',
      ),
      figure(
        'goal',
        'Mål: nya lägenheter per år',
        goal,
        'Målet under Inställningar (åtgärd 3:10), som det var när rapporten togs fram.',
      ),
      figure(
        'goalMet',
        'Andel av målet',
        growth.map((g, i) => percent(g, goal[i]!)),
        'Tillväxten under året i procent av målet.',
        'procent',
      ),
      figure(
        'households',
        'Hushåll i Bostad Först vid periodens slut',
        households,
        'Gällande kommunala kontrakt på bostäder med användningen Bostad Först.',
      ),
    ],
    charts: [
      barChart('Bostad Först: tillväxt mot mål', periods, [
        { name: 'Tillväxt under året', data: growth },
        { name: 'Mål per år', data: goal, kind: 'line' },
        { name: 'Lägenheter vid årets slut', data: units, kind: 'line' },
      ]),
    ],
    tables: [],
  };
};
