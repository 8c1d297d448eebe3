/**
 * Bevakning for hyresgarantier: open guarantees whose term ends (decide
 * whether to renew, or record that it has ended), and the next deadline
 * for Boverket's grant while qualifying guarantees wait to be applied for.
 */
import { daysBetween } from '../../../shared/core/dates';
import { formatCount } from '../../../shared/core/format';
import { formatMoney } from '../../../shared/core/money';
import { OPEN_GUARANTEE_STATUSES } from '../../../shared/guarantees/schema';
import type { ServiceContext } from '../../core/context';
import { computedKinds, runWatchKind } from '../watch/kindQuery';
import type { WatchKindResult, WatchWindow } from '../watch/sources';
import { grantCandidates } from './grants';

interface EndingRow {
  id: number;
  leaseAddress: string;
  endDate: string;
  guaranteedAmount: number | string;
  holderName: string;
  holderIdentityMasked: string;
}

/** Counted exactly however many guarantees end; only the rows listed are joined and read. */
export async function guaranteeEndingWatch(ctx: ServiceContext, window: WatchWindow): Promise<WatchKindResult[]> {
  const { today, until } = window;
  const rows = ctx
    .db('rentGuarantees')
    .whereNull('rentGuarantees.archivedAt')
    .whereIn('rentGuarantees.status', OPEN_GUARANTEE_STATUSES)
    .whereNotNull('rentGuarantees.endDate')
    .where('rentGuarantees.endDate', '<=', until);
  return [
    await runWatchKind<EndingRow>(ctx, window, {
      kind: 'guarantee.ends',
      rows,
      columns: (qb) =>
        qb
          .join('households', 'households.id', 'rentGuarantees.householdId')
          .select(
            'rentGuarantees.id',
            'rentGuarantees.leaseAddress',
            'rentGuarantees.endDate',
            'rentGuarantees.guaranteedAmount',
            'households.holderName',
            'households.holderIdentityMasked',
          ),
      dateColumn: 'rentGuarantees.endDate',
      idColumn: 'rentGuarantees.id',
      toItem: (g) => {
        const daysLeft = daysBetween(today, g.endDate);
        return {
          kind: 'guarantee.ends',
          date: g.endDate,
          daysLeft,
          title: `${g.holderName} (${g.holderIdentityMasked}), ${g.leaseAddress}`,
          detail:
            daysLeft < 0
              ? `Hyresgarantin på ${formatMoney(Number(g.guaranteedAmount))} gällde t.o.m. ${g.endDate}: registrera att den har upphört.`
              : `Hyresgarantin på ${formatMoney(Number(g.guaranteedAmount))} gäller t.o.m. ${g.endDate}: följ upp med hushållet och hyresvärden.`,
          entity: 'guarantee',
          entityId: g.id,
          route: `garantier/${g.id}`,
        };
      },
    }),
  ];
}

/** One item at most (the next deadline), computed rather than queried. */
export async function grantDeadlineWatch(
  ctx: ServiceContext,
  { today, until }: WatchWindow,
): Promise<WatchKindResult[]> {
  const { deadline, count } = await grantCandidates(ctx);
  if (count === 0 || deadline > until) return [];
  return computedKinds([
    {
      kind: 'guarantee.grantDeadline',
      date: deadline,
      daysLeft: daysBetween(today, deadline),
      title: 'Bidragsansökan till Boverket',
      detail: `${formatCount(count, 'hyresgaranti uppfyller', 'hyresgarantier uppfyller')} villkoren för statligt bidrag och är inte sökta: ansökan ska vara hos Boverket senast ${deadline}.`,
      entity: 'guarantee',
      entityId: 0,
      route: 'garantier/bidrag',
    },
  ]);
}
