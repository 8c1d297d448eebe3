/**
 * The lease feature's part of Bevakning: notice deadlines, leases ending,
 * extensions about to happen, and landlords not yet told of a sublet. Each
 * is one query on stored, indexed dates (see shared/leases/derived.ts), run
 * after the day's lazy refresh.
 */
import { addDays, addMonths, daysBetween } from '../../../shared/core/dates';
import { MISSED_NOTICE_GRACE_DAYS } from '../../../shared/leases/derived';
import type { WatchItem } from '../../../shared/watch/schema';
import type { ServiceContext } from '../../core/context';
import type { WatchWindow } from '../watch/sources';
import { refreshDueLeases } from './store';

/** Per kind, like the other sources: enough for any real horizon, bounded for 100 000 leases. */
const LIMIT = 5000;

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
  return ctx.db('leases')
    .join('organisations', 'organisations.id', 'leases.landlordId')
    .whereNull('leases.archivedAt')
    .select(
      'leases.id', 'leases.leaseNumber', 'organisations.name as landlordName', 'leases.unitSummary', 'leases.startDate', 'leases.endDate',
      'leases.extensionMonths', 'leases.nextNoticeDate', 'leases.nextNoticeEndsOn', 'leases.missedNoticeDate', 'leases.currentPeriodEnd',
      'leases.endsOn', 'leases.noticeDate',
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

async function noticeDeadlines(ctx: ServiceContext, { today, until }: WatchWindow): Promise<WatchItem[]> {
  const upcoming = (await base(ctx)
    .where('leases.status', 'aktiv')
    .where('leases.nextNoticeDate', '<=', until)
    // In the order of the (status, deadline is null, deadline) index: no sort.
    .orderByRaw('?? is null', ['leases.nextNoticeDate'])
    .orderBy('leases.nextNoticeDate')
    .limit(LIMIT)) as WatchRow[];
  const missed = (await base(ctx)
    .where('leases.status', 'aktiv')
    .whereNotNull('leases.missedNoticeDate')
    .where('leases.missedNoticeDate', '>=', addDays(today, -MISSED_NOTICE_GRACE_DAYS))
    .orderBy('leases.missedNoticeDate')
    .limit(LIMIT)) as WatchRow[];
  return [
    ...missed.map((r) =>
      item('lease.noticeMissed', r.missedNoticeDate!, today, r, `Sista dag att säga upp var ${r.missedNoticeDate}; avtalet löper vidare${r.currentPeriodEnd ? ` efter ${r.currentPeriodEnd}` : ''}. Nästa möjlighet: ${r.nextNoticeDate ? `senast ${r.nextNoticeDate} till ${r.nextNoticeEndsOn}` : 'när som helst, till månadsskifte'}.`),
    ),
    ...upcoming.map((r) =>
      item('lease.noticeDeadline', r.nextNoticeDate!, today, r, `Säg upp senast ${r.nextNoticeDate} om avtalet ska upphöra ${r.nextNoticeEndsOn}; annars ${r.extensionMonths ? `förlängs det med ${monthsText(r.extensionMonths)}` : 'fortsätter det tills vidare'}.`),
    ),
  ];
}

async function leasesEnding(ctx: ServiceContext, { today, until }: WatchWindow): Promise<WatchItem[]> {
  const rows = (await base(ctx)
    .whereIn('leases.status', ['aktiv', 'uppsagd'])
    .whereNotNull('leases.endsOn')
    .whereBetween('leases.endsOn', [today, until])
    .orderBy('leases.endsOn')
    .limit(LIMIT)) as WatchRow[];
  return rows.map((r) =>
    item('lease.ends', r.endsOn!, today, r, r.noticeDate
      ? `Uppsagt ${r.noticeDate}; avtalet upphör ${r.endsOn}: planera avflyttning och återlämning av bostäderna.`
      : `Hyrestiden går ut ${r.endsOn} utan förlängning: planera avflyttning eller teckna nytt avtal.`),
  );
}

async function extensionsAhead(ctx: ServiceContext, { today, until }: WatchWindow): Promise<WatchItem[]> {
  const rows = (await base(ctx)
    .where('leases.status', 'aktiv')
    .whereNull('leases.endsOn')
    .whereNotNull('leases.currentPeriodEnd')
    .whereBetween('leases.currentPeriodEnd', [today, until])
    .orderBy('leases.currentPeriodEnd')
    .limit(LIMIT)) as WatchRow[];
  return rows.map((r) => {
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
    return item('lease.extends', end, today, r, next
      ? `Hyrestiden går ut ${end}; utan uppsägning förlängs avtalet med ${monthsText(r.extensionMonths!)} till ${next} (${passed}).`
      : `Hyrestiden går ut ${end}; utan uppsägning gäller avtalet sedan tills vidare (${passed}).`);
  });
}

/** JB 12:39: the city may sublet a bostad it rents, but must tell the landlord at once. */
async function subletNotTold(ctx: ServiceContext, { today, until }: WatchWindow): Promise<WatchItem[]> {
  const rows = (await base(ctx)
    .where('leases.subletNotified', false)
    .where('leases.premises', 'bostad')
    .whereIn('leases.status', ['aktiv', 'uppsagd'])
    .where('leases.startDate', '<=', until)
    .orderBy('leases.startDate')
    .limit(LIMIT)) as WatchRow[];
  return rows.map((r) =>
    item('lease.subletNotice', r.startDate, today, r, `Underrätta hyresvärden om andrahandsuthyrningen (12 kap. 39 § jordabalken) och registrera datumet på avtalet.`),
  );
}

export async function leaseWatch(ctx: ServiceContext, window: WatchWindow): Promise<WatchItem[]> {
  await refreshDueLeases(ctx);
  const parts = [
    await noticeDeadlines(ctx, window),
    await leasesEnding(ctx, window),
    await extensionsAhead(ctx, window),
    await subletNotTold(ctx, window),
  ];
  return parts.flat();
}
