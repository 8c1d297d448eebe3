/**
 * Bevakning for land agreements: commitments due this year (or within the
 * horizon) that are not yet fulfilled, and commitments that are late.
 * Written-off and fulfilled agreements need no action and do not appear.
 */
import { dateParts, daysBetween, fromParts, maxDate } from '../../../shared/core/dates';
import type { WatchItem } from '../../../shared/watch/schema';
import type { ServiceContext } from '../../core/context';
import { runWatchKind } from '../watch/kindQuery';
import type { WatchKindResult, WatchWindow } from '../watch/sources';
import { agreementRows } from './rowsQuery';

interface DueRow {
  id: number;
  projectName: string;
  propertyDesignation: string;
  developerName: string;
  dueDate: string;
  owedDwellings: number;
  deliveredCount: number | string;
  remainingCount: number | string;
  status: string;
}

function item(a: DueRow, today: string): WatchItem {
  const late = a.status === 'forsenat';
  const remaining = Number(a.remainingCount);
  const counts = `${remaining} av ${a.owedDwellings} bostäder återstår (${Number(a.deliveredCount)} lämnade)`;
  return {
    kind: late ? 'landAgreement.late' : 'landAgreement.due',
    date: a.dueDate,
    daysLeft: daysBetween(today, a.dueDate),
    title: `${a.projectName}, ${a.developerName}`,
    detail: late
      ? `Försenat: ${counts}; skulle ha lämnats senast ${a.dueDate}. Följ upp med byggaktören och MEX.`
      : `${counts}; ska lämnas senast ${a.dueDate}.`,
    entity: 'landAgreement',
    entityId: a.id,
    route: `markanvisningar/${a.id}`,
  };
}

export async function landAgreementWatch(ctx: ServiceContext, window: WatchWindow): Promise<WatchKindResult[]> {
  const { today, until } = window;
  // "Due this year" holds whatever the horizon: the plan's commitments run by calendar year.
  const endOfYear = fromParts(dateParts(today).year, 12, 31);
  const due = (status: 'forsenat' | 'pagaende') =>
    agreementRows(ctx.db, today)
      .whereNull('agreementRows.archivedAt')
      .whereNotNull('agreementRows.dueDate')
      .where('agreementRows.dueDate', '<=', maxDate(until, endOfYear))
      .where('agreementRows.status', status);
  const kind = (name: string, status: 'forsenat' | 'pagaende') =>
    runWatchKind<DueRow>(ctx, window, {
      kind: name,
      rows: due(status),
      columns: (qb) => qb,
      dateColumn: 'agreementRows.dueDate',
      idColumn: 'agreementRows.id',
      toItem: (a) => item(a, today),
    });
  return [await kind('landAgreement.late', 'forsenat'), await kind('landAgreement.due', 'pagaende')];
}
