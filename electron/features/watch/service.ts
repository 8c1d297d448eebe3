/** Bevakning: every source's items within the horizon, sorted by date. */
import { addDays } from '../../../shared/core/dates';
import type { WatchCount, WatchItem, watchQuerySchema } from '../../../shared/watch/schema';
import type { z } from 'zod';
import type { ServiceContext } from '../../core/context';
import { watchSources } from './sources';

/** One collator for the whole sort: `localeCompare(…, 'sv')` builds one per call, slow over 10 000+ items. */
const swedish = new Intl.Collator('sv');

export async function watchList(ctx: ServiceContext, query: z.output<typeof watchQuerySchema>): Promise<{ items: WatchItem[]; counts: WatchCount[] }> {
  const today = ctx.clock.today();
  const window = { today, until: addDays(today, query.horizonDays) };
  const all = (await Promise.all(watchSources.map((source) => source(ctx, window)))).flat();
  const wanted = query.kinds.length > 0 ? all.filter((i) => query.kinds.includes(i.kind)) : all;
  wanted.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : swedish.compare(a.title, b.title)));
  const counts = new Map<string, WatchCount>();
  for (const item of all) {
    const c = counts.get(item.kind) ?? { kind: item.kind, total: 0, overdue: 0 };
    c.total += 1;
    if (item.daysLeft < 0) c.overdue += 1;
    counts.set(item.kind, c);
  }
  return { items: wanted, counts: [...counts.values()] };
}
