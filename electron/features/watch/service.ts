/**
 * Bevakning: every source's items within the horizon, sorted by date. The
 * counts per kind are exact; the items are the first `limit` by date (the
 * screen says how many there are in all).
 */
import { addDays } from '../../../shared/core/dates';
import type { WatchCount, WatchItem, watchQuerySchema } from '../../../shared/watch/schema';
import type { z } from 'zod';
import type { ServiceContext } from '../../core/context';
import { watchSources, type WatchKindResult, type WatchWindow } from './sources';

/** One collator for the whole sort: `localeCompare(…, 'sv')` builds one per call, slow over 10 000+ items. */
const swedish = new Intl.Collator('sv');

const byDate = (a: WatchItem, b: WatchItem) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : swedish.compare(a.title, b.title);

/**
 * The first `limit` items across the kinds, soonest first: chosen on the
 * candidates' dates (with every candidate on the last chosen date, so the
 * title can decide among them), then built and sorted by date and title.
 */
async function firstItems(results: WatchKindResult[], limit: number): Promise<WatchItem[]> {
  if (limit === 0) return [];
  const dates = results.flatMap((r) => r.first.map((c) => c.date)).sort();
  const last = dates[Math.min(limit, dates.length) - 1];
  if (last === undefined) return [];
  const items: WatchItem[] = [];
  for (const r of results) items.push(...(await r.build(r.first.filter((c) => c.date <= last))));
  return items.sort(byDate).slice(0, limit);
}

export async function watchList(
  ctx: ServiceContext,
  query: z.output<typeof watchQuerySchema>,
): Promise<{ items: WatchItem[]; counts: WatchCount[]; total: number }> {
  const today = ctx.clock.today();
  const window: WatchWindow = { today, until: addDays(today, query.horizonDays), limit: query.limit };
  const results: WatchKindResult[] = [];
  for (const source of watchSources) {
    results.push(...(await source(ctx, window)));
  }
  const present = results.filter((r) => r.total > 0);
  const wanted = query.kinds.length > 0 ? present.filter((r) => query.kinds.includes(r.kind)) : present;
  return {
    items: await firstItems(wanted, query.limit),
    counts: present.map(({ kind, total, overdue }) => ({ kind, total, overdue })),
    total: wanted.reduce((n, r) => n + r.total, 0),
  };
}
