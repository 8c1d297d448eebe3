/**
 * The actions about households: 3:2 discharges, 3:5 the quota, 3:6 move-ons
 * and rent guarantees, 3:8 eviction risks, 3:9 newcomers.
 */
import { DISCHARGE_OUTCOMES, dischargeOutcomeLabels } from '../../../shared/discharges/schema';
import { EVICTION_CAUSES, EVICTION_OUTCOMES, evictionOutcomeLabels } from '../../../shared/evictionRisks/schema';
import { addMonths } from '../../../shared/core/dates';
import { countInPeriods, percent, periodsSpan } from '../../../shared/followup/periods';
import { establishmentPeriodEnd } from '../../../shared/guarantees/rules';
import { countByPeriod, inForceAtDates, seriesOf, totalOf } from './queries';
import { barChart, figure, type ActionBuilder } from './build';

const num = (v: unknown): number => Number(v ?? 0);

const evictionCauseShort: Record<(typeof EVICTION_CAUSES)[number], string> = {
  storning: 'störningar (12 kap. 25 § JB)',
  hyresskuld: 'hyresskuld (12 kap. 44 § JB)',
};

export const dischargeAction: ActionBuilder = async ({ ctx, periods }) => {
  const db = ctx.db;
  const n = periods.length;
  const byOutcome = await countByPeriod(
    db,
    db('discharges').whereNull('archivedAt'),
    'plannedDate',
    periods,
    'outcome',
  );
  const total = totalOf(byOutcome, n);
  const homeless = seriesOf(byOutcome, 'hemloshet', n);
  const open = seriesOf(byOutcome, '', n);
  return {
    figures: [
      figure(
        'planned',
        'Utskrivningar under året',
        total,
        'Personer med planerat utskrivningsdatum under året (från anstalt, HVB, LVM, sjukhus eller annat).',
      ),
      ...DISCHARGE_OUTCOMES.map((o) =>
        figure(o, dischargeOutcomeLabels[o], seriesOf(byOutcome, o, n), 'Utskrivningar under året med detta utfall.'),
      ),
      figure('open', 'Utfall ännu inte registrerat', open, 'Utskrivningar under året utan registrerat utfall.'),
      figure(
        'homelessShare',
        'Andel utskrivna till hemlöshet',
        homeless.map((h, i) => percent(h, total[i]! - open[i]!)),
        'Utskrivna till hemlöshet i procent av utskrivningar med känt utfall.',
        'procent',
      ),
    ],
    charts: [
      barChart('Utskrivningar per utfall', periods, [
        ...DISCHARGE_OUTCOMES.map((o) => ({
          name: dischargeOutcomeLabels[o],
          data: seriesOf(byOutcome, o, n),
          stack: 'utfall',
        })),
        { name: 'Utfall ej registrerat', data: open, stack: 'utfall' },
      ]),
    ],
    tables: [],
  };
};

export const quotaAction: ActionBuilder = async ({ ctx, periods, current }) => {
  const db = ctx.db;
  const n = periods.length;
  const years = periods.map((p) => p.year);
  const placesRows = await db('quotas')
    .whereNull('archivedAt')
    .whereIn('year', years)
    .groupBy('year')
    .select('year')
    .sum({ s: 'places' });
  const places = periods.map((p) => num(placesRows.find((r) => Number(r.year) === p.year)?.s));
  const placements = db('quotaPlacements').whereNull('archivedAt');
  const byBeyond = await countByPeriod(db, placements, 'placementDate', periods, 'beyondQuota');
  const beyond = periods.map((_, i) => (byBeyond.get('1')?.[i] ?? 0) + (byBeyond.get('true')?.[i] ?? 0));
  const within = totalOf(byBeyond, n).map((t, i) => t - beyond[i]!);
  const perLandlord = (await db('quotas as q')
    .join('organisations as o', 'o.id', 'q.landlordId')
    .whereNull('q.archivedAt')
    .where('q.year', current.year)
    .select('q.landlordId', 'o.name', 'q.places')) as { landlordId: number; name: string; places: number }[];
  const usedRows = await db('quotaPlacements')
    .whereNull('archivedAt')
    .whereBetween('placementDate', [current.first, current.last])
    .groupBy('landlordId')
    .select('landlordId')
    .count({ n: '*' });
  const used = (id: number) => num(usedRows.find((r) => r.landlordId === id)?.n);
  perLandlord.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return {
    figures: [
      figure('places', 'Platser i kvoterna', places, 'Summan av de avtalade platserna för året hos alla hyresvärdar.'),
      figure(
        'within',
        'Tilldelade inom kvot',
        within,
        'Tilldelningar under året som räknas mot kvoten (de tre villkoren i 3:5 uppfyllda).',
      ),
      figure(
        'beyond',
        'Tilldelade utöver kvot',
        beyond,
        'Tilldelningar under året registrerade när kvoten var full eller saknades.',
      ),
    ],
    charts: [
      {
        title: `Kvot och användning per hyresvärd ${current.year}`,
        unit: 'antal',
        categories: perLandlord.map((q) => q.name),
        series: [
          { name: 'Platser', kind: 'bar', data: perLandlord.map((q) => Number(q.places)) },
          { name: 'Använda', kind: 'bar', data: perLandlord.map((q) => used(q.landlordId)) },
        ],
      },
    ],
    tables: [
      {
        title: `Kvot per hyresvärd ${current.year}`,
        columns: ['Hyresvärd', 'Platser', 'Använda', 'Kvar'],
        rows: perLandlord.map((q) => [
          q.name,
          Number(q.places),
          used(q.landlordId),
          Math.max(0, Number(q.places) - used(q.landlordId)),
        ]),
      },
    ],
  };
};

export const moveOnAction: ActionBuilder = async ({ ctx, periods }) => {
  const db = ctx.db;
  const n = periods.length;
  const done = db('moveOns').whereNull('archivedAt').where('status', 'genomford');
  const total = seriesOf(await countByPeriod(db, done.clone(), 'moveDate', periods), '', n);
  const withGuarantee = seriesOf(
    await countByPeriod(db, done.clone().whereNotNull('guaranteeId'), 'moveDate', periods),
    '',
    n,
  );
  const newGuarantees = seriesOf(
    await countByPeriod(db, db('rentGuarantees').whereNull('archivedAt'), 'startDate', periods),
    '',
    n,
  );
  const openGuarantees = await inForceAtDates(
    db,
    db('rentGuarantees').whereNull('archivedAt'),
    periods.map((p) => p.last),
    'startDate',
    'endedOn',
  );
  return {
    figures: [
      figure(
        'moveOns',
        'Flyttat till eget förstahandskontrakt',
        total,
        'Genomförda utflyttningar från kommunalt kontrakt, räknade på flyttdagen.',
      ),
      figure(
        'withGuarantee',
        'varav med hyresgaranti',
        withGuarantee,
        'Genomförda utflyttningar där staden gav hyresgaranti.',
      ),
      figure(
        'withoutGuarantee',
        'varav utan hyresgaranti',
        total.map((t, i) => t - withGuarantee[i]!),
        'Genomförda utflyttningar utan hyresgaranti.',
      ),
      figure('newGuarantees', 'Nya hyresgarantier', newGuarantees, 'Hyresgarantier med startdag under året.'),
      figure(
        'openGuarantees',
        'Gällande hyresgarantier vid periodens slut',
        openGuarantees,
        'Hyresgarantier som börjat och inte upphört vid periodens slut.',
      ),
    ],
    charts: [
      barChart('Genomflöde: flyttar till eget förstahandskontrakt', periods, [
        { name: 'Med hyresgaranti', data: withGuarantee, stack: 'flytt' },
        { name: 'Utan hyresgaranti', data: total.map((t, i) => t - withGuarantee[i]!), stack: 'flytt' },
      ]),
    ],
    tables: [],
  };
};

export const evictionAction: ActionBuilder = async ({ ctx, periods }) => {
  const db = ctx.db;
  const n = periods.length;
  const risks = db('evictionRisks').whereNull('archivedAt');
  const byCause = await countByPeriod(db, risks.clone(), 'warningDate', periods, 'cause');
  const byOutcome = await countByPeriod(db, risks.clone().whereNotNull('outcome'), 'outcomeDate', periods, 'outcome');
  const open = await inForceAtDates(
    db,
    risks.clone(),
    periods.map((p) => p.last),
    'warningDate',
    'outcomeDate',
  );
  const outcome = (o: (typeof EVICTION_OUTCOMES)[number]) => seriesOf(byOutcome, o, n);
  const decided = totalOf(byOutcome, n);
  return {
    figures: [
      figure(
        'new',
        'Nya risker för vräkning',
        totalOf(byCause, n),
        'Hushåll där hyresvärden varnat under året (räknat på varningens datum).',
      ),
      ...EVICTION_CAUSES.map((c) =>
        figure(
          `cause_${c}`,
          `varav ${evictionCauseShort[c]}`,
          seriesOf(byCause, c, n),
          'Nya risker under året med denna orsak.',
        ),
      ),
      ...EVICTION_OUTCOMES.map((o) =>
        figure(
          o,
          `${evictionOutcomeLabels[o]} under året`,
          outcome(o),
          'Risker som fått detta utfall under året (räknat på utfallets datum).',
        ),
      ),
      figure(
        'preventedShare',
        'Andel avvärjda',
        outcome('avvard').map((a, i) => percent(a, decided[i]!)),
        'Avvärjda i procent av alla avgjorda risker under året.',
        'procent',
      ),
      figure(
        'open',
        'Pågående vid periodens slut',
        open,
        'Risker med varning före periodens slut och utan utfall vid periodens slut.',
      ),
    ],
    charts: [
      barChart('Risker för vräkning: utfall under året', periods, [
        ...EVICTION_OUTCOMES.map((o) => ({ name: evictionOutcomeLabels[o], data: outcome(o), stack: 'utfall' })),
        { name: 'Pågående vid årets slut', data: open, kind: 'line' as const },
      ]),
    ],
    tables: [],
  };
};

export const newcomerAction: ActionBuilder = async ({ ctx, periods, settings }) => {
  const db = ctx.db;
  const n = periods.length;
  const months = settings.establishmentMonths;
  const settled = seriesOf(
    await countByPeriod(db, db('newcomerSettlements').whereNull('archivedAt'), 'settlementDate', periods),
    '',
    n,
  );
  // Periods end `months` after settlement, so those ending in the years shown settled that much earlier.
  const span = periodsSpan(periods);
  const from = addMonths(span.first, -months - 1);
  const rows = await db('newcomerSettlements')
    .whereNull('archivedAt')
    .whereBetween('settlementDate', [from, span.last])
    .select('settlementDate');
  const ends = rows.map((r) => establishmentPeriodEnd(r.settlementDate, months));
  const ending = countInPeriods(ends, periods);
  const inPeriod = periods.map((p) => rows.filter((r, i) => r.settlementDate <= p.last && ends[i]! > p.last).length);
  return {
    figures: [
      figure(
        'settled',
        'Bosatta nyanlända hushåll',
        settled,
        'Hushåll bosatta enligt bosättningslagen (2016:38) under året, räknade på bosättningsdatum.',
      ),
      figure(
        'ending',
        'Etableringstiden slutar under året',
        ending,
        `Hushåll vars etableringstid (${months} månader från bosättningen, Inställningar) slutar under året.`,
      ),
      figure(
        'inPeriod',
        'Inom etableringstiden vid periodens slut',
        inPeriod,
        'Hushåll bosatta före periodens slut vars etableringstid inte har slutat.',
      ),
    ],
    charts: [
      barChart('Nyanlända: bosatta och etableringstider som slutar', periods, [
        { name: 'Bosatta under året', data: settled },
        { name: 'Etableringstiden slutar', data: ending },
      ]),
    ],
    tables: [],
  };
};
