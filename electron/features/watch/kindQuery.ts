/**
 * One kind of watch item as a query: the rows due by the horizon, the date
 * that orders them and decides "overdue", and how a row reads. Counting is
 * exact (one COUNT over the same filter, through the same indexes) however
 * many items there are; only the first `limit` rows, soonest first, are
 * read and turned into items. So the start page can count 16 000 lease
 * deadlines without building them, and the Bevakning screen gets the
 * first few hundred.
 */
import type { Knex } from 'knex';
import type { IsoDate } from '../../../shared/core/dates';
import type { WatchItem } from '../../../shared/watch/schema';
import type { ServiceContext } from '../../core/context';
import type { WatchCandidate, WatchKindResult, WatchWindow } from './sources';

export interface WatchKindQuery<R> {
  kind: string;
  /**
   * The rows of this kind due on or before the horizon (overdue included):
   * the record's table and filters only, no joins, order or limit, so the
   * count reads nothing it does not need.
   */
  rows: Knex.QueryBuilder;
  /** Adds the joins and columns an item reads, for the few rows listed. */
  columns(qb: Knex.QueryBuilder): Knex.QueryBuilder;
  /** Qualified column with the item's date: the order, and overdue when before today. */
  dateColumn: string;
  /**
   * When the column holds a date the item's date follows from in the same
   * order (a settlement date, whose establishment period ends months later):
   * the item's date from it, and the column's value below which an item is
   * overdue. Without these the column's date is the item's.
   */
  itemDate?: { of(columnDate: IsoDate): IsoDate; overdueBefore: IsoDate };
  /** Qualified id column: the tie-breaker that keeps the order stable. */
  idColumn: string;
  toItem(row: R): WatchItem;
}

export async function runWatchKind<R>(
  ctx: ServiceContext,
  window: WatchWindow,
  q: WatchKindQuery<R>,
): Promise<WatchKindResult> {
  const counted = (await q.rows
    .clone()
    .clearSelect()
    .clearOrder()
    .select(
      ctx.db.raw('count(*) as total'),
      ctx.db.raw('coalesce(sum(case when ?? < ? then 1 else 0 end), 0) as overdue', [
        q.dateColumn,
        q.itemDate?.overdueBefore ?? window.today,
      ]),
    )
    .first()) as { total: number | string; overdue: number | string };
  // The first rows by date, id and date only: an index range read in order.
  const read =
    window.limit === 0
      ? []
      : ((await q.rows
          .clone()
          .clearSelect()
          .select(`${q.idColumn} as id`, `${q.dateColumn} as date`)
          .orderBy(q.dateColumn)
          .orderBy(q.idColumn)
          .limit(window.limit)) as WatchCandidate[]);
  const itemDate = q.itemDate;
  const first = itemDate ? read.map((c) => ({ id: c.id, date: itemDate.of(c.date) })) : read;
  return {
    kind: q.kind,
    total: Number(counted.total),
    overdue: Number(counted.overdue),
    first,
    // The joins and columns, for the rows the list keeps only.
    async build(chosen) {
      if (chosen.length === 0) return [];
      const rows = (await q.columns(
        q.rows.clone().whereIn(
          q.idColumn,
          chosen.map((c) => c.id),
        ),
      )) as R[];
      return rows.map((r) => q.toItem(r));
    },
  };
}

/**
 * A kind computed rather than queried (an aggregate such as a quota over
 * its places, or the one next grant deadline): its few items, counted and
 * offered to the list like a query's rows.
 */
export function computedKinds(items: WatchItem[]): WatchKindResult[] {
  const kinds = new Map<string, { kind: string; items: WatchItem[]; overdue: number }>();
  for (const item of items) {
    const k = kinds.get(item.kind) ?? { kind: item.kind, items: [], overdue: 0 };
    k.items.push(item);
    if (item.daysLeft < 0) k.overdue += 1;
    kinds.set(item.kind, k);
  }
  return [...kinds.values()].map((k) => ({
    kind: k.kind,
    total: k.items.length,
    overdue: k.overdue,
    first: k.items.map((item, i) => ({ id: i, date: item.date })),
    build: async (chosen) => chosen.map((c) => k.items[c.id]!),
  }));
}

/** Runs the kinds one after another (SQLite has one connection; nothing is gained in parallel). */
export async function runWatchKinds(
  ctx: ServiceContext,
  window: WatchWindow,
  kinds: WatchKindQuery<never>[],
): Promise<WatchKindResult[]> {
  const results: WatchKindResult[] = [];
  for (const q of kinds) results.push(await runWatchKind(ctx, window, q));
  return results;
}
