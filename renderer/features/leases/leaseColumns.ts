import type { ColDef } from 'ag-grid-community';
import { formatMoney } from '../../../shared/core/money';
import {
  indexationKindLabels,
  leaseLabels,
  leaseStatusLabels,
  premisesLabels,
  termTypeLabels,
  type LeaseRow,
} from '../../../shared/leases/schema';
import {
  choiceColumn,
  dateColumn,
  daysLeftColumn,
  moneyColumn,
  numberColumn,
  textColumn,
} from '../../components/grid/columns';

const L = leaseLabels;

/** Deadlines within this many days are amber in the grid (the watch list's default horizon). */
export const LEASE_WARNING_DAYS = 120;

/** What FF looks at first: which lease, with whom, and when it must act. */
export const leaseColumns: ColDef<LeaseRow>[] = [
  textColumn('leaseNumber', L.leaseNumber, { pinned: 'left', width: 140 }),
  choiceColumn('status', L.status, leaseStatusLabels, { width: 110 }),
  textColumn('landlordName', L.landlordId, { width: 190 }),
  textColumn('unitSummary', L.unitIds, { width: 190 }),
  dateColumn('nextNoticeDate', 'Sista uppsägningsdag', {
    width: 165,
    valueFormatter: (p) =>
      (p.value as string | null) ??
      (p.data?.status === 'aktiv' && p.data.currentPeriodEnd === null && p.data.endsOn === null ? 'löpande' : ''),
  }),
  daysLeftColumn('daysLeft', 'Dagar kvar', LEASE_WARNING_DAYS, { width: 115 }),
  dateColumn('currentPeriodEnd', 'Nuvarande period t.o.m.', { width: 170 }),
  dateColumn('endsOn', L.endsOn, { width: 120 }),
  moneyColumn('currentRentOre', 'Årshyra i dag', { width: 140 }),
  textColumn('departmentCode', 'Förvaltning', { width: 110 }),
  choiceColumn('premises', L.premises, premisesLabels, { width: 110 }),
  choiceColumn('termType', L.termType, termTypeLabels, { width: 130 }),
  dateColumn('startDate', L.startDate, { width: 120 }),
  dateColumn('endDate', L.endDate, { width: 120 }),
  numberColumn('noticeMonthsTenant', 'Uppsägningstid (mån)', { width: 150, hide: true }),
  numberColumn('extensionMonths', 'Förlängning (mån)', { width: 140, hide: true }),
  choiceColumn('indexationKind', L.indexationKind, indexationKindLabels, { width: 130, hide: true }),
  moneyColumn('rentPerYearOre', 'Årshyra (bas)', {
    width: 140,
    hide: true,
    valueFormatter: (p) => formatMoney(p.value as number | null),
  }),
  textColumn('landlordReference', L.landlordReference, { width: 160, hide: true }),
];
