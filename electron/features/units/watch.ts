/** Building permits (tidsbegränsat bygglov) that end within the horizon. */
import { daysBetween } from '../../../shared/core/dates';
import type { ServiceContext } from '../../core/context';
import { runWatchKind } from '../watch/kindQuery';
import type { WatchKindResult, WatchWindow } from '../watch/sources';

interface PermitRow {
  id: number;
  objectNumber: string;
  address: string;
  site: string | null;
  permitEndDate: string;
}

export async function unitPermitWatch(ctx: ServiceContext, window: WatchWindow): Promise<WatchKindResult[]> {
  const { today, until } = window;
  const rows = ctx
    .db('units')
    .whereNull('units.archivedAt')
    .whereNot('units.status', 'avvecklad')
    .whereNotNull('units.permitEndDate')
    .where('units.permitEndDate', '<=', until);
  return [
    await runWatchKind<PermitRow>(ctx, window, {
      kind: 'unit.permitEnds',
      rows,
      columns: (qb) =>
        qb.select('units.id', 'units.objectNumber', 'units.address', 'units.site', 'units.permitEndDate'),
      dateColumn: 'units.permitEndDate',
      idColumn: 'units.id',
      toItem: (u) => {
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
      },
    }),
  ];
}
