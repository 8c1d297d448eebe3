/**
 * Bevakning for land agreements: commitments due this year (or within the
 * horizon) that are not yet fulfilled, and commitments that are late.
 * Written-off and fulfilled agreements need no action and do not appear.
 */
import { dateParts, daysBetween, fromParts, maxDate } from '../../../shared/core/dates';
import type { WatchItem } from '../../../shared/watch/schema';
import type { ServiceContext } from '../../core/context';
import type { WatchWindow } from '../watch/sources';
import { agreementRows } from './rowsQuery';

/** Far more than FF will ever have open; keeps a broken database from flooding the screen. */
const MAX_ITEMS = 5000;

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

export async function landAgreementWatch(ctx: ServiceContext, { today, until }: WatchWindow): Promise<WatchItem[]> {
  // "Due this year" holds whatever the horizon: the plan's commitments run by calendar year.
  const endOfYear = fromParts(dateParts(today).year, 12, 31);
  const rows = (await agreementRows(ctx.db, today)
    .whereNull('agreementRows.archivedAt')
    .whereNotNull('agreementRows.dueDate')
    .where('agreementRows.dueDate', '<=', maxDate(until, endOfYear))
    .whereIn('agreementRows.status', ['pagaende', 'forsenat'])
    .orderBy('agreementRows.dueDate')
    .limit(MAX_ITEMS)) as DueRow[];

  return rows.map((a) => {
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
  });
}
