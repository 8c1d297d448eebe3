/** Building permits (tidsbegränsat bygglov) that end within the horizon. */
import { daysBetween } from '../../../shared/core/dates';
import type { WatchItem } from '../../../shared/watch/schema';
import type { ServiceContext } from '../../core/context';
import type { WatchWindow } from '../watch/sources';

export async function unitPermitWatch(ctx: ServiceContext, { today, until }: WatchWindow): Promise<WatchItem[]> {
  const rows = (await ctx.db('units')
    .whereNull('archivedAt')
    .whereNot('status', 'avvecklad')
    .whereNotNull('permitEndDate')
    .where('permitEndDate', '<=', until)
    .orderBy('permitEndDate')
    .limit(5000)
    .select('id', 'objectNumber', 'address', 'site', 'permitEndDate')) as { id: number; objectNumber: string; address: string; site: string | null; permitEndDate: string }[];
  return rows.map((u) => {
    const daysLeft = daysBetween(today, u.permitEndDate);
    return {
      kind: 'unit.permitEnds',
      date: u.permitEndDate,
      daysLeft,
      title: `${u.objectNumber}, ${u.address}`,
      detail:
        daysLeft < 0
          ? `Bygglovet${u.site ? ` för ${u.site}` : ''} gick ut ${u.permitEndDate}: sök nytt lov eller avveckla.`
          : `Bygglovet${u.site ? ` för ${u.site}` : ''} gäller t.o.m. ${u.permitEndDate}: sök förlängning eller planera avveckling.`,
      entity: 'unit',
      entityId: u.id,
      route: `bostader/${u.id}`,
    };
  });
}
