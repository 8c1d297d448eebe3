/**
 * Bevakning for nyanlända: establishment periods ending within six months
 * (or the horizon, when longer), so that the household's contract is
 * reviewed in time under the normalisation principle (plan 3:9).
 */
import type { WatchItem } from '../../../shared/watch/schema';
import type { ServiceContext } from '../../core/context';
import type { WatchWindow } from '../watch/sources';
import { establishmentEnding } from './service';

export async function establishmentEndingWatch(
  ctx: ServiceContext,
  { today, until }: WatchWindow,
): Promise<WatchItem[]> {
  const rows = await establishmentEnding(ctx, today, until);
  return rows.map((n) => ({
    kind: 'newcomer.establishmentEnds',
    date: n.establishmentEnd,
    daysLeft: n.daysLeft,
    title: `${n.holderName} (${n.holderIdentityMasked})`,
    detail: `Etableringstiden slutar ${n.establishmentEnd} (bosatt ${n.settlementDate})${n.currentContractNumber ? `: se över kontrakt ${n.currentContractNumber} enligt normaliseringsprincipen` : ''}.`,
    entity: 'newcomer',
    entityId: n.id,
    route: `nyanlanda/${n.id}`,
  }));
}
