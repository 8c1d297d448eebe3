/**
 * The Kommunala kontrakt sheet of the portfolio workbook. The holder's
 * whole personnummer is a column of its own, left out unless the user
 * asks for personal data (and the export is then audited).
 */
import type { ExportColumn } from '../exports/schema';
import {
  contractLabels as L,
  contractPhaseLabels,
  contractStatusLabels,
  endReasonLabels,
  waiverStatusLabels,
} from './schema';

export const CONTRACT_PERSONAL_COLUMNS = ['holderIdentityNumber'];

export const contractPortfolioColumns: ExportColumn[] = [
  { id: 'contractNumber', header: L.contractNumber, type: 'text' },
  { id: 'status', header: L.status, type: 'choice', labels: contractStatusLabels },
  { id: 'phase', header: L.phase, type: 'choice', labels: contractPhaseLabels },
  { id: 'responsibleDepartment', header: 'Ansvarig i fasen', type: 'text' },
  { id: 'unitObjectNumber', header: 'Bostad', type: 'text' },
  { id: 'unitAddress', header: 'Adress', type: 'text' },
  { id: 'holderName', header: 'Kontraktsinnehavare', type: 'text' },
  { id: 'holderIdentityNumber', header: 'Personnummer', type: 'text' },
  { id: 'referringDepartmentCode', header: 'Remitterande förvaltning', type: 'text' },
  { id: 'startDate', header: L.startDate, type: 'date' },
  { id: 'endDate', header: L.endDate, type: 'date' },
  { id: 'endsOn', header: L.endsOn, type: 'date' },
  { id: 'monthlyRent', header: L.monthlyRent, type: 'money' },
  { id: 'waiverStatus', header: L.waiverStatus, type: 'choice', labels: waiverStatusLabels },
  { id: 'waiverDecisionDate', header: L.waiverDecisionDate, type: 'date' },
  { id: 'waiverCaseNumber', header: L.waiverCaseNumber, type: 'text' },
  { id: 'landlordNotifiedDate', header: L.landlordNotifiedDate, type: 'date' },
  { id: 'endedOn', header: L.endedOn, type: 'date' },
  { id: 'endReason', header: L.endReason, type: 'choice', labels: endReasonLabels },
];
