/**
 * The lease feature's part of Bevakning: notice deadlines, leases ending,
 * extensions about to happen, and landlords not yet told of a sublet. Each
 * is one query on stored, indexed dates (see shared/leases/derived.ts), run
 * on the values the daily job (features/daily/job.ts) keeps current: counted whole, the first items read.
 */
import type { Knex } from 'knex';
import { addDays, addMonths, daysBetween } from '../../../shared/core/dates';
import { MISSED_NOTICE_GRACE_DAYS } from '../../../shared/leases/derived';
import { HOLDING_LEASE_STATUSES } from '../../../shared/leases/schema';
import type { WatchItem } from '../../../shared/watch/schema';
import type { ServiceContext } from '../../core/context';
import { isNotNullIndexed } from '../../db/dialect';
import { runWatchKinds, type WatchKindQuery } from '../watch/kindQuery';
import type { WatchKindResult, WatchWindow } from '../watch/sources';

type WatchRow = {
  id: number;
  startDate: string;
  endDate: string | null;
  extensionMonths: number | null;
  leaseNumber: string;
  landlordName: string;
  unitSummary: string;
  nextNoticeDate: string | null;
  nextNoticeEndsOn: string | null;
  missedNoticeDate: string | null;
  currentPeriodEnd: string | null;
  endsOn: string | null;
  status: string;
  noticeDate: string | null;
};

function base(ctx: ServiceContext) {
  return ctx.db('leases').whereNull('leases.archivedAt');
}

function columns(qb: Knex.QueryBuilder): Knex.QueryBuilder {
  return qb
    .join('organisations', 'organisations.id', 'leases.landlordId')
    .select(
      'leases.id',
      'leases.leaseNumber',
      'organisations.name as landlordName',
      'leases.unitSummary',
      'leases.startDate',
      'leases.endDate',
      'leases.extensionMonths',
      'leases.nextNoticeDate',
      'leases.nextNoticeEndsOn',
      'leases.missedNoticeDate',
      'leases.currentPeriodEnd',
      'leases.endsOn',
      'leases.noticeDate',
    );
}

function item(kind: string, date: string, today: string, row: WatchRow, detail: string): WatchItem {
  return {
    kind,
    date,
    daysLeft: daysBetween(today, date),
    title: `${row.leaseNumber}, ${row.landlordName}${row.unitSummary ? ` (${shorten(row.unitSummary)})` : ''}`,
    detail,
    entity: 'lease',
    entityId: row.id,
    route: `hyresavtal/${row.id}`,
  };
}

function shorten(units: string): string {
  const list = units.split(', ');
  return list.length <= 3 ? units : `${list.slice(0, 3).join(', ')} m.fl., ${list.length} bostäder`;
}

function monthsText(n: number): string {
  return n === 1 ? '1 månad' : `${n} månader`;
}

/** Each kind as a query; the dates are stored and indexed (status first). */
function kinds(ctx: ServiceContext, { today, until }: WatchWindow): WatchKindQuery<WatchRow>[] {
  const kind = (
    name: string,
    dateColumn: string,
    rows: ReturnType<typeof base>,
    toItem: (r: WatchRow) => WatchItem,
  ): WatchKindQuery<WatchRow> => ({
    kind: name,
    rows,
    columns,
    dateColumn,
    idColumn: 'leases.id',
    toItem,
  });
  return [
    kind(
      'lease.noticeMissed',
      'leases.missedNoticeDate',
      base(ctx)
        .where('leases.status', 'aktiv')
        .whereNotNull('leases.missedNoticeDate')
        .where('leases.missedNoticeDate', '>=', addDays(today, -MISSED_NOTICE_GRACE_DAYS)),
      (r) =>
        item(
          'lease.noticeMissed',
          r.missedNoticeDate!,
          today,
          r,
          `Sista dag att säga upp var ${r.missedNoticeDate}; avtalet löper vidare${r.currentPeriodEnd ? ` efter ${r.currentPeriodEnd}` : ''}. Nästa möjlighet: ${r.nextNoticeDate ? `senast ${r.nextNoticeDate} till ${r.nextNoticeEndsOn}` : 'när som helst, till månadsskifte'}.`,
        ),
    ),
    kind(
      'lease.noticeDeadline',
      'leases.nextNoticeDate',
      // "(deadline is null) = false" says what `<=` implies in the words of the (status, deadline is null,
      // deadline) index: SQLite then reads just the range, in order, for the count and the first items.
      base(ctx)
        .where('leases.status', 'aktiv')
        .where(isNotNullIndexed(ctx.db, 'leases.nextNoticeDate'))
        .where('leases.nextNoticeDate', '<=', until),
      (r) =>
        item(
          'lease.noticeDeadline',
          r.nextNoticeDate!,
          today,
          r,
          `Säg upp senast ${r.nextNoticeDate} om avtalet ska upphöra ${r.nextNoticeEndsOn}; annars ${r.extensionMonths ? `förlängs det med ${monthsText(r.extensionMonths)}` : 'fortsätter det tills vidare'}.`,
        ),
    ),
    kind(
      'lease.ends',
      'leases.endsOn',
      base(ctx)
        .whereIn('leases.status', HOLDING_LEASE_STATUSES)
        .whereNotNull('leases.endsOn')
        .whereBetween('leases.endsOn', [today, until]),
      (r) =>
        item(
          'lease.ends',
          r.endsOn!,
          today,
          r,
          r.noticeDate
            ? `Uppsagt ${r.noticeDate}; avtalet upphör ${r.endsOn}: planera avflyttning och återlämning av bostäderna.`
            : `Hyrestiden går ut ${r.endsOn} utan förlängning: planera avflyttning eller teckna nytt avtal.`,
        ),
    ),
    kind(
      'lease.extends',
      'leases.currentPeriodEnd',
      base(ctx)
        .where('leases.status', 'aktiv')
        .whereNull('leases.endsOn')
        .whereNotNull('leases.currentPeriodEnd')
        .whereBetween('leases.currentPeriodEnd', [today, until]),
      (r) => extensionItem(r, today),
    ),
    // JB 12:39: the city may sublet a bostad it rents, but must tell the landlord at once.
    kind(
      'lease.subletNotice',
      'leases.startDate',
      base(ctx)
        .where('leases.subletNotified', false)
        .where('leases.premises', 'bostad')
        .whereIn('leases.status', HOLDING_LEASE_STATUSES)
        .where('leases.startDate', '<=', until),
      (r) =>
        item(
          'lease.subletNotice',
          r.startDate,
          today,
          r,
          `Underrätta hyresvärden om andrahandsuthyrningen (12 kap. 39 § jordabalken) och registrera datumet på avtalet.`,
        ),
    ),
  ];
}

function extensionItem(r: WatchRow, today: string): WatchItem {
  const end = r.currentPeriodEnd!;
  const next = r.extensionMonths ? addDays(addMonths(addDays(end, 1), r.extensionMonths), -1) : null;
  // The stored values tell whether this period's deadline is still ahead
  // (the next deadline ends the lease at this period's end) or has passed:
  // no rule needs running for thousands of rows.
  const passed =
    r.nextNoticeEndsOn === end && r.nextNoticeDate
      ? `säg upp senast ${r.nextNoticeDate} för att undvika det`
      : r.missedNoticeDate
        ? `sista dag att säga upp var ${r.missedNoticeDate}`
        : 'tiden för uppsägning har gått ut';
  return item(
    'lease.extends',
    end,
    today,
    r,
    next
      ? `Hyrestiden går ut ${end}; utan uppsägning förlängs avtalet med ${monthsText(r.extensionMonths!)} till ${next} (${passed}).`
      : `Hyrestiden går ut ${end}; utan uppsägning gäller avtalet sedan tills vidare (${passed}).`,
  );
}

export async function leaseWatch(ctx: ServiceContext, window: WatchWindow): Promise<WatchKindResult[]> {
  return runWatchKinds(ctx, window, kinds(ctx, window));
}
