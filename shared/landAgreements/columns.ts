/** The Markanvisningar sheet of the portfolio workbook. */
import type { ExportColumn } from '../exports/schema';
import { LAND_AGREEMENT_STATUS_LABELS } from './rules';
import { agreementKindLabels, landAgreementDerivedLabels as D, landAgreementLabels as L } from './schema';

export const landAgreementPortfolioColumns: ExportColumn[] = [
  { id: 'projectName', header: L.projectName, type: 'text' },
  { id: 'developerName', header: D.developerName, type: 'text' },
  { id: 'developerOrgNumber', header: 'Organisationsnummer', type: 'text' },
  { id: 'propertyDesignation', header: L.propertyDesignation, type: 'text' },
  { id: 'agreementKind', header: L.agreementKind, type: 'choice', labels: agreementKindLabels },
  { id: 'signedDate', header: L.signedDate, type: 'date' },
  { id: 'volumeDwellings', header: L.volumeDwellings, type: 'number' },
  { id: 'commitmentPercent', header: L.commitmentPercent, type: 'number' },
  { id: 'owedDwellings', header: D.owedDwellings, type: 'number' },
  { id: 'deliveredCount', header: D.deliveredCount, type: 'number' },
  { id: 'remainingCount', header: D.remainingCount, type: 'number' },
  { id: 'dueDate', header: L.dueDate, type: 'date' },
  { id: 'status', header: D.status, type: 'choice', labels: LAND_AGREEMENT_STATUS_LABELS },
];
