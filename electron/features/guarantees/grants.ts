/**
 * Boverket's grant for kommunala hyresgarantier: the guarantees that
 * qualify (förordning 2007:623, 2 §) and have not yet been applied for, as
 * the application for the next deadline needs them, and the register's
 * figures for the start page.
 */
import { addDays } from '../../../shared/core/dates';
import {
  GUARANTEE_GRANT_AMOUNT_ORE,
  GRANT_MIN_COVERED_MONTHS,
  nextGrantApplicationDeadline,
} from '../../../shared/guarantees/rules';
import {
  OPEN_GUARANTEE_STATUSES,
  type GrantList,
  type GuaranteeRow,
  type GuaranteeSummary,
} from '../../../shared/guarantees/schema';
import type { ServiceContext } from '../../core/context';
import { GRANT_RULE_COLUMNS, guaranteeGrant, toGuaranteeRow, type GuaranteeJoined } from './service';

/**
 * Not applied for, issued by the deadline, and meeting in SQL what can be
 * said there (first-hand, a recorded yes on försörjningsstöd, six months'
 * rent); the rules then decide exactly, the two-year term included. Every
 * such guarantee is read: the application must list them all, and the
 * count Bevakning and the start page show must be exact however many there are.
 */
function notAppliedFor(ctx: ServiceContext, deadline: string) {
  return ctx
    .db('rentGuarantees')
    .whereNull('rentGuarantees.archivedAt')
    .whereNull('rentGuarantees.grantAppliedOn')
    .where('rentGuarantees.firstHandLease', true)
    .where('rentGuarantees.canPayWithoutForsorjningsstod', true)
    .whereRaw('?? >= ? * ??', [
      'rentGuarantees.guaranteedAmount',
      GRANT_MIN_COVERED_MONTHS,
      'rentGuarantees.monthlyRent',
    ])
    .where('rentGuarantees.startDate', '<=', deadline);
}

async function qualifyingNotApplied(
  ctx: ServiceContext,
  deadline: string,
): Promise<(GuaranteeRow & { landlordOrgNumber: string | null })[]> {
  const rows = (await notAppliedFor(ctx, deadline)
    .join('households', 'households.id', 'rentGuarantees.householdId')
    .join('organisations', 'organisations.id', 'rentGuarantees.landlordId')
    .orderBy('rentGuarantees.startDate')
    .orderBy('rentGuarantees.id')
    .select(
      'rentGuarantees.*',
      'households.holderName',
      'households.holderIdentityMasked',
      'organisations.name as landlordName',
      'organisations.orgNumber as landlordOrgNumber',
    )) as (GuaranteeJoined & { landlordOrgNumber: string })[];
  const today = ctx.clock.today();
  return rows
    .map((r) => ({ ...toGuaranteeRow(r, today), landlordOrgNumber: r.landlordOrgNumber }))
    .filter((g) => g.grantQualifies);
}

export async function grantList(ctx: ServiceContext): Promise<GrantList> {
  const deadline = nextGrantApplicationDeadline(ctx.clock.today());
  const rows = await qualifyingNotApplied(ctx, deadline);
  return {
    deadline,
    grantPerGuarantee: GUARANTEE_GRANT_AMOUNT_ORE,
    grantTotal: rows.length * GUARANTEE_GRANT_AMOUNT_ORE,
    rows: rows.map((g) => ({
      id: g.id,
      version: g.version,
      holderName: g.holderName,
      holderIdentityMasked: g.holderIdentityMasked,
      landlordName: g.landlordName,
      landlordOrgNumber: g.landlordOrgNumber,
      leaseAddress: g.leaseAddress,
      leaseReference: g.leaseReference,
      monthlyRent: g.monthlyRent,
      guaranteedAmount: g.guaranteedAmount,
      coveredMonths: g.coveredMonths,
      startDate: g.startDate,
      endDate: g.endDate,
      issuedOn: g.createdAt.slice(0, 10),
    })),
  };
}

/** How many guarantees the next application can include (Bevakning, start page). */
export async function grantCandidates(ctx: ServiceContext): Promise<{ deadline: string; count: number }> {
  const deadline = nextGrantApplicationDeadline(ctx.clock.today());
  // Only the columns the rules read, without the joins: the count runs on every Bevakning and start page.
  const facts = await notAppliedFor(ctx, deadline).select(...GRANT_RULE_COLUMNS);
  return { deadline, count: facts.filter((g) => guaranteeGrant(g).qualifies).length };
}

export async function guaranteeSummary(ctx: ServiceContext): Promise<GuaranteeSummary> {
  const today = ctx.clock.today();
  const open = () => ctx.db('rentGuarantees').whereNull('archivedAt').whereIn('status', OPEN_GUARANTEE_STATUSES);
  // An aggregate without GROUP BY always yields its one row.
  const count = async (qb: ReturnType<typeof open>) => Number((await qb.count({ n: '*' }).first())?.n);
  const totals = await open().count({ n: '*' }).sum({ amount: 'guaranteedAmount' }).first();
  const claimed = await ctx
    .db('rentGuarantees')
    .whereNull('archivedAt')
    .where('claimedTotal', '>', 0)
    .count({ n: '*' })
    .sum({ amount: 'claimedTotal' })
    .first();
  const grants = await grantCandidates(ctx);
  return {
    open: Number(totals?.n),
    openAmount: Number(totals?.amount ?? 0),
    claimed: Number(claimed?.n),
    claimedTotal: Number(claimed?.amount ?? 0),
    endingWithin90Days: await count(open().whereNotNull('endDate').where('endDate', '<=', addDays(today, 90))),
    nextDeadline: grants.deadline,
    qualifyingNotApplied: grants.count,
  };
}
