/**
 * Bevakning: from 1 August to the end of September FF is reminded that the
 * steering group's September follow-up is due (plan §6), until the year's
 * report is approved. Dated 1 September, the month the steering group meets.
 */
import { daysBetween } from '../../../shared/core/dates';
import type { ServiceContext } from '../../core/context';
import { computedKinds } from '../watch/kindQuery';
import type { WatchKindResult, WatchWindow } from '../watch/sources';

/** One item at most (this year's report), computed rather than queried. */
export async function followupReportDueWatch(ctx: ServiceContext, { today }: WatchWindow): Promise<WatchKindResult[]> {
  const year = Number(today.slice(0, 4));
  const remindFrom = `${year}-08-01`;
  const due = `${year}-09-01`;
  // The reporting season: August, and September while the group meets.
  if (today < remindFrom || today > `${year}-09-30`) return [];
  const approved = await ctx.db('followupReports').where({ year }).first('id');
  if (approved) return [];
  return computedKinds([
    {
      kind: 'followup.reportDue',
      date: due,
      daysLeft: daysBetween(today, due),
      title: `Uppföljning ${year} till styrgruppen`,
      detail: `Styrgruppen följer upp planen i september: skriv förvaltningarnas kommentarer och fastställ rapporten för ${year}.`,
      entity: 'followupReport',
      entityId: year,
      route: `uppfoljning/${year}`,
    },
  ]);
}
