/**
 * Bevakning for nyanlända: establishment periods ending within six months
 * (or the horizon, when longer), so that the household's contract is
 * reviewed in time under the normalisation principle (plan 3:9).
 */
import type { ServiceContext } from '../../core/context';
import { runWatchKind } from '../watch/kindQuery';
import type { WatchKindResult, WatchWindow } from '../watch/sources';
import { establishmentEndingKind } from './service';

export async function establishmentEndingWatch(ctx: ServiceContext, window: WatchWindow): Promise<WatchKindResult[]> {
  const { row, ...query } = await establishmentEndingKind(ctx, window.today, window.until);
  return [
    await runWatchKind<Parameters<typeof row>[0]>(ctx, window, {
      ...query,
      kind: 'newcomer.establishmentEnds',
      toItem: (r) => {
        const n = row(r);
        return {
          kind: 'newcomer.establishmentEnds',
          date: n.establishmentEnd,
          daysLeft: n.daysLeft,
          title: `${n.holderName} (${n.holderIdentityMasked})`,
          detail: `Etableringstiden slutar ${n.establishmentEnd} (bosatt ${n.settlementDate})${n.currentContractNumber ? `: se över kontrakt ${n.currentContractNumber} enligt normaliseringsprincipen` : ''}.`,
          entity: 'newcomer',
          entityId: n.id,
          route: `nyanlanda/${n.id}`,
        };
      },
    }),
  ];
}
