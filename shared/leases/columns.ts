/** The Hyresavtal sheet of the portfolio workbook: terms, deadlines and rent. */
import type { ExportColumn } from '../exports/schema';
import { indexationKindLabels, leaseLabels as L, leaseStatusLabels, premisesLabels, termTypeLabels } from './schema';

export const leasePortfolioColumns: ExportColumn[] = [
  { id: 'leaseNumber', header: L.leaseNumber, type: 'text' },
  { id: 'status', header: L.status, type: 'choice', labels: leaseStatusLabels },
  { id: 'landlordName', header: 'Hyresvärd', type: 'text' },
  { id: 'landlordReference', header: L.landlordReference, type: 'text' },
  { id: 'departmentCode', header: 'Förvaltning', type: 'text' },
  { id: 'unitSummary', header: 'Bostäder', type: 'text' },
  { id: 'unitCount', header: 'Antal bostäder', type: 'number' },
  { id: 'premises', header: L.premises, type: 'choice', labels: premisesLabels },
  { id: 'termType', header: L.termType, type: 'choice', labels: termTypeLabels },
  { id: 'signedDate', header: 'Undertecknat', type: 'date' },
  { id: 'startDate', header: L.startDate, type: 'date' },
  { id: 'endDate', header: L.endDate, type: 'date' },
  { id: 'noticeMonthsTenant', header: 'Uppsägningstid staden (mån)', type: 'number' },
  { id: 'noticeMonthsLandlord', header: 'Uppsägningstid hyresvärden (mån)', type: 'number' },
  { id: 'extensionMonths', header: 'Förlängning (mån)', type: 'number' },
  { id: 'nextNoticeDate', header: 'Sista uppsägningsdag', type: 'date' },
  { id: 'nextNoticeEndsOn', header: 'Upphör vid uppsägning då', type: 'date' },
  { id: 'currentPeriodEnd', header: 'Nuvarande period t.o.m.', type: 'date' },
  { id: 'endsOn', header: L.endsOn, type: 'date' },
  { id: 'rentPerYearOre', header: 'Årshyra (bas)', type: 'money' },
  { id: 'currentRentOre', header: 'Årshyra i dag', type: 'money' },
  { id: 'indexationKind', header: L.indexationKind, type: 'choice', labels: indexationKindLabels },
  { id: 'depositOre', header: 'Säkerhet', type: 'money' },
  { id: 'isBlockLease', header: 'Blockförhyrning', type: 'flag' },
  { id: 'subletNotifiedDate', header: 'Hyresvärden underrättad om andrahandsuthyrning', type: 'date' },
];
