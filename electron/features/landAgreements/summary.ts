/**
 * The steering group's follow-up of the 10 % commitments: per developer and
 * per due year, computed in SQL over the same derived rows as the grid, so
 * the summary and the list can never disagree.
 */
import { compareSwedish } from '../../../shared/core/sortKey';
import type { Knex } from 'knex';
import type { CommitmentFigures, LandAgreementSummary } from '../../../shared/landAgreements/schema';
import type { ServiceContext } from '../../core/context';
import { agreementRowsInner } from './rowsQuery';

/** Aggregates over the derived table `r` (snake_case: raw SQL). */
const FIGURES = `count(*) as agreements,
  coalesce(sum(r.volume_dwellings), 0) as volume_dwellings,
  coalesce(sum(r.owed_dwellings), 0) as owed_dwellings,
  coalesce(sum(r.delivered_count), 0) as delivered_dwellings,
  coalesce(sum(case when r.status <> 'avskrivet' then r.remaining_count else 0 end), 0) as remaining_dwellings,
  coalesce(sum(case when r.status = 'avskrivet' then r.remaining_count else 0 end), 0) as written_off_dwellings,
  coalesce(sum(case when r.status = 'pagaende' then 1 else 0 end), 0) as status_pagaende,
  coalesce(sum(case when r.status = 'uppfyllt' then 1 else 0 end), 0) as status_uppfyllt,
  coalesce(sum(case when r.status = 'forsenat' then 1 else 0 end), 0) as status_forsenat,
  coalesce(sum(case when r.status = 'avskrivet' then 1 else 0 end), 0) as status_avskrivet`;

/** A row of the raw() aggregates above, which knex cannot type: read by name, each as a number. */
type RawFigures = Record<string, number | string | null>;

function figures(row: RawFigures): CommitmentFigures {
  const n = (key: string) => Number(row[key] ?? 0);
  return {
    agreements: n('agreements'),
    volumeDwellings: n('volumeDwellings'),
    owedDwellings: n('owedDwellings'),
    deliveredDwellings: n('deliveredDwellings'),
    remainingDwellings: n('remainingDwellings'),
    writtenOffDwellings: n('writtenOffDwellings'),
    byStatus: {
      pagaende: n('statusPagaende'),
      uppfyllt: n('statusUppfyllt'),
      forsenat: n('statusForsenat'),
      avskrivet: n('statusAvskrivet'),
    },
  };
}

const EMPTY: CommitmentFigures = figures({});

function add(a: CommitmentFigures, b: CommitmentFigures): CommitmentFigures {
  return {
    agreements: a.agreements + b.agreements,
    volumeDwellings: a.volumeDwellings + b.volumeDwellings,
    owedDwellings: a.owedDwellings + b.owedDwellings,
    deliveredDwellings: a.deliveredDwellings + b.deliveredDwellings,
    remainingDwellings: a.remainingDwellings + b.remainingDwellings,
    writtenOffDwellings: a.writtenOffDwellings + b.writtenOffDwellings,
    byStatus: {
      pagaende: a.byStatus.pagaende + b.byStatus.pagaende,
      uppfyllt: a.byStatus.uppfyllt + b.byStatus.uppfyllt,
      forsenat: a.byStatus.forsenat + b.byStatus.forsenat,
      avskrivet: a.byStatus.avskrivet + b.byStatus.avskrivet,
    },
  };
}

export async function landAgreementSummary(ctx: ServiceContext): Promise<LandAgreementSummary> {
  const today = ctx.clock.today();
  const active = (): Knex.QueryBuilder => agreementRowsInner(ctx.db, today).whereNull('landAgreements.archivedAt');
  const grouped = async (extra: string, groupBy: string) =>
    (await ctx.db
      .from(active().as('r'))
      .select(ctx.db.raw(`${extra}${FIGURES}`))
      .groupByRaw(groupBy)) as RawFigures[];

  const developerRows = await grouped(
    'r.developer_organisation_id, r.developer_name, r.developer_org_number, ',
    'r.developer_organisation_id, r.developer_name, r.developer_org_number',
  );
  const yearRows = await grouped('substr(r.due_date, 1, 4) as due_year, ', 'substr(r.due_date, 1, 4)');
  // Hand-overs by the calendar year they happened, for active agreements only.
  const handedOver = (await ctx
    .db('landDeliveries')
    .join('landAgreements', 'landAgreements.id', 'landDeliveries.landAgreementId')
    .whereNull('landDeliveries.archivedAt')
    .whereNull('landAgreements.archivedAt')
    .select(ctx.db.raw('substr(land_deliveries.handed_over_date, 1, 4) as year'))
    .count({ n: '*' })
    .groupByRaw('substr(land_deliveries.handed_over_date, 1, 4)')) as { year: string; n: number | string }[];

  // Every agreement has one due year (or none): the years add up to the total.
  let total = EMPTY;
  const byYear = new Map<number | null, LandAgreementSummary['byYear'][number]>();
  for (const r of yearRows) {
    const year = r['dueYear'] === null ? null : Number(r['dueYear']);
    const f = figures(r);
    total = add(total, f);
    byYear.set(year, { year, ...f, handedOverInYear: 0 });
  }
  for (const h of handedOver) {
    const year = Number(h.year);
    const entry = byYear.get(year) ?? { year, ...EMPTY, handedOverInYear: 0 };
    entry.handedOverInYear = Number(h.n);
    byYear.set(year, entry);
  }

  return {
    asOf: today,
    total,
    byDeveloper: developerRows
      .map((r) => ({
        developerOrganisationId: Number(r['developerOrganisationId']),
        developerName: String(r['developerName']),
        developerOrgNumber: String(r['developerOrgNumber']),
        ...figures(r),
      }))
      .sort((a, b) => compareSwedish(a.developerName, b.developerName)),
    // Years in order; agreements with no due year last.
    byYear: [...byYear.values()].sort((a, b) => (a.year ?? 99999) - (b.year ?? 99999)),
  };
}
