import type { ColDef } from 'ag-grid-community';
import {
  contractLabels,
  contractPhaseLabels,
  contractStatusLabels,
  endReasonLabels,
  waiverStatusLabels,
  type ContractRow,
} from '../../../shared/contracts/schema';
import { choiceColumn, dateColumn, daysLeftColumn, moneyColumn, textColumn } from '../../components/grid/columns';

const L = contractLabels;
/** Contracts ending within this many days are highlighted. */
export const CONTRACT_ENDING_WARNING_DAYS = 90;

/** What a caseworker scans for: which contract, where, who (masked), its phase and deadlines. */
export const contractColumns: ColDef<ContractRow>[] = [
  textColumn('contractNumber', L.contractNumber, { pinned: 'left', width: 155 }),
  choiceColumn('status', L.status, contractStatusLabels, { width: 110 }),
  choiceColumn('phase', L.phase, contractPhaseLabels, { width: 230 }),
  textColumn('responsibleDepartment', 'Ansvarig', { width: 105, sortable: false, filter: false }),
  textColumn('unitObjectNumber', 'Objekt', { width: 120 }),
  textColumn('unitAddress', 'Adress', { width: 190 }),
  textColumn('holderName', 'Kontraktsinnehavare', { width: 180 }),
  textColumn('holderIdentityMasked', 'Personnummer', { width: 140 }),
  textColumn('referringDepartmentCode', 'Remitterande', { width: 125 }),
  dateColumn('startDate', L.startDate, { width: 120 }),
  dateColumn('endsOn', L.endsOn, { width: 120 }),
  daysLeftColumn('daysLeft', 'Kvar', CONTRACT_ENDING_WARNING_DAYS, { width: 115 }),
  // The lease the contract sits on: it may not run past the lease's end.
  textColumn('leaseNumber', L.leaseId, { width: 140 }),
  textColumn('leaseLandlordName', 'Hyresvärd', { width: 180 }),
  dateColumn('leaseEndsOn', 'Hyresavtalet upphör', {
    width: 180,
    valueFormatter: (p) => (p.value as string | null) ?? (p.data?.leaseNumber ? 'löper på' : ''),
  }),
  choiceColumn('waiverStatus', L.waiverStatus, waiverStatusLabels, { width: 190 }),
  dateColumn('landlordNotifiedDate', L.landlordNotifiedDate, {
    width: 170,
    // Told for the whole lease counts too (12 kap. 39 § JB).
    valueFormatter: (p) =>
      (p.value as string | null) ??
      (p.data?.leaseSubletNotifiedDate ? `${p.data.leaseSubletNotifiedDate} (hyresavtalet)` : ''),
  }),
  moneyColumn('monthlyRent', L.monthlyRent, { width: 120 }),
  dateColumn('endDate', L.endDate, { width: 120, hide: true }),
  choiceColumn('endReason', L.endReason, endReasonLabels, { width: 190, hide: true }),
];
