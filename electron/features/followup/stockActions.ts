/**
 * The actions about the stock of dwellings and agreements: 3:1 land
 * agreements, 3:3 kommunala kontrakt, 3:4 the process phases, 3:7 the city's
 * rental stock and leases, 3:10 Bostad Först.
 */
import { CONTRACT_PHASES, contractPhaseLabels } from '../../../shared/contracts/schema';
import { percent } from '../../../shared/followup/periods';
import { lettingMethodLabels } from '../../../shared/cityUnits/schema';
import { UNIT_KINDS, unitKindLabels, type UnitKind } from '../../../shared/units/schema';
import { countByPeriod, inForceAtDates, seriesOf, totalOf } from './queries';
import {
  bostadForstHouseholdsAtDates,
  cityManagementAtDates,
  movedPhasesAtDates,
  type ManagementCount,
} from './atDates';
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
  // never below zero, summed in SQL over the deliveries grouped per agreement: one pass for all
  // periods, and one row back instead of one per agreement.
  const deliveredBy = db('landDeliveries')
    .whereNull('archivedAt')
    .where('handedOverDate', '<=', periods[n - 1]!.last)
    .groupBy('landAgreementId')
    .select('landAgreementId');
  periods.forEach((p, i) => {
    deliveredBy.select(db.raw('sum(case when ?? <= ? then 1 else 0 end) as ??', ['handedOverDate', p.last, `n${i}`]));
  });
  const q = db('landAgreements as a')
    .leftJoin(deliveredBy.as('d'), 'd.landAgreementId', 'a.id')
    .whereNull('a.archivedAt')
    .where('a.signedDate', '<=', periods[n - 1]!.last);
  periods.forEach((p, i) => {
    const left = db.raw('?? - coalesce(??, 0)', ['a.owedDwellings', `d.n${i}`]);
    q.select(
      db.raw('sum(case when ?? <= ? and (?? is null or ?? > ?) and ? > 0 then ? else 0 end) as ??', [
        'a.signedDate',
        p.last,
        'a.waivedDate',
        'a.waivedDate',
        p.last,
        left,
        left,
        `r${i}`,
      ]),
    );
  });
  const sums = (await q.first()) as Record<string, unknown> | undefined;
  const remaining = periods.map((_, i) => num(sums?.[`r${i}`]));
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
  const ends = periods.map((p) => p.last);
  // The phase as of each period's end: the contract's last phase move by then (process 3:4);
  // contracts in force that have not moved yet are in the first phase, uthyrning.
  const moved = await movedPhasesAtDates(db, ends);
  const inForce = await inForceAtDates(
    db,
    db('municipalContracts').whereNot('status', 'utkast'),
    ends,
    'startDate',
    'endedOn',
  );
  const byPhase = new Map<string, number[]>(
    CONTRACT_PHASES.map((ph) => [ph, periods.map((_, i) => moved.get(ph)?.[i] ?? 0)]),
  );
  const first = byPhase.get('uthyrning')!;
  periods.forEach((_, i) => {
    const movedTotal = [...moved.values()].reduce((sum, v) => sum + v[i]!, 0);
    first[i]! += inForce[i]! - movedTotal;
  });
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
  // Management, letting and support as they were at each period's end, from their history.
  const managed = await cityManagementAtDates(db, ends);
  const managedWhere = (keep: (m: ManagementCount) => boolean) =>
    periods.map((_, i) => managed.filter(keep).reduce((sum, m) => sum + m.counts[i]!, 0));
  const currentIndex = n - 1;
  const methods = new Map<string, Map<string, number>>();
  for (const m of managed) {
    const count = m.counts[currentIndex]!;
    if (count === 0) continue;
    const perDept = methods.get(m.managingDepartment) ?? new Map<string, number>();
    perDept.set(m.lettingMethod, (perDept.get(m.lettingMethod) ?? 0) + count);
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
        managedWhere((m) => m.managingDepartment === 'FF'),
        'Stadens bostäder med FF som förvaltare vid periodens slut, enligt förvaltningens historik.',
      ),
      figure(
        'managedMEX',
        'Förvaltas av MEX',
        managedWhere((m) => m.managingDepartment === 'MEX'),
        'Stadens bostäder med MEX som förvaltare vid periodens slut, enligt förvaltningens historik.',
      ),
      figure(
        'withSupport',
        'Med stödinsats (boendestöd, hemtjänst eller annan)',
        managedWhere((m) => m.withSupport),
        'Stadens bostäder där minst en stödinsats var registrerad vid periodens slut.',
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
        title: `Uthyrningssätt per förvaltare ${current.last}`,
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
  const atStart: number[] = [];
  const bf = async (date: string) =>
    (await stockAt(date)).filter((r) => r.use === 'bostad_forst').reduce((s, r) => s + r.n, 0);
  for (const p of periods) {
    units.push(await bf(p.last));
    atStart.push(await bf(`${p.year - 1}-12-31`));
  }
  const households = await bostadForstHouseholdsAtDates(
    db,
    periods.map((p) => p.last),
  );
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
