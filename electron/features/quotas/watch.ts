/** Bevakning for kvoter: a landlord's quota this year or last with more placements than places. */
import { dateParts, daysBetween } from '../../../shared/core/dates';
import type { ServiceContext } from '../../core/context';
import { computedKinds } from '../watch/kindQuery';
import type { WatchKindResult, WatchWindow } from '../watch/sources';
import { exceededQuotas } from './service';

export async function quotaExceededWatch(ctx: ServiceContext, { today }: WatchWindow): Promise<WatchKindResult[]> {
  // A landlord's quota per year: a handful, aggregated, so computed rather than queried.
  const quotas = await exceededQuotas(ctx, dateParts(today).year - 1);
  return computedKinds(
    quotas.map((q) => ({
      kind: 'quota.exceeded',
      date: q.firstBeyondDate,
      daysLeft: daysBetween(today, q.firstBeyondDate),
      title: `${q.landlordName} ${q.year}: ${q.used} av ${q.places} platser`,
      detail: `Kvoten är överskriden med ${q.over}; varje placering utöver kvoten ska ha ett skriftligt skäl. Ta upp antalet med hyresvärden.`,
      entity: 'quota',
      entityId: q.id,
      route: 'kvoter',
    })),
  );
}
