/**
 * The Hyresgarantier sheet of the portfolio workbook and the grid's
 * columns: heading and kind of value. Household names appear; personnummer
 * only as the masked column, and whole numbers never.
 */
import type { ExportColumn } from '../exports/schema';
import { guaranteeLabels as L, guaranteeStatusLabels } from './schema';

export const guaranteeColumnSpecs = {
  holderName: { id: 'holderName', header: 'Hushåll', type: 'text' },
  holderIdentityMasked: { id: 'holderIdentityMasked', header: 'Personnummer', type: 'text' },
  landlordName: { id: 'landlordName', header: L.landlordId, type: 'text' },
  leaseAddress: { id: 'leaseAddress', header: 'Adress', type: 'text' },
  leaseReference: { id: 'leaseReference', header: L.leaseReference, type: 'text' },
  monthlyRent: { id: 'monthlyRent', header: L.monthlyRent, type: 'money' },
  guaranteedAmount: { id: 'guaranteedAmount', header: L.guaranteedAmount, type: 'money' },
  coveredMonths: { id: 'coveredMonths', header: 'Antal månadshyror', type: 'number' },
  startDate: { id: 'startDate', header: L.startDate, type: 'date' },
  endDate: { id: 'endDate', header: L.endDate, type: 'date' },
  daysLeft: { id: 'daysLeft', header: 'Dagar kvar', type: 'daysLeft' },
  withinQuota: { id: 'withinQuota', header: L.withinQuota, type: 'flag' },
  status: { id: 'status', header: L.status, type: 'choice', labels: guaranteeStatusLabels },
  claimedTotal: { id: 'claimedTotal', header: L.claimedTotal, type: 'money' },
  grantQualifies: { id: 'grantQualifies', header: 'Uppfyller villkoren för statligt bidrag', type: 'flag' },
  grantAppliedOn: { id: 'grantAppliedOn', header: L.grantAppliedOn, type: 'date' },
} as const satisfies Record<string, ExportColumn>;

export const guaranteePortfolioColumns: ExportColumn[] = [
  guaranteeColumnSpecs.holderName,
  guaranteeColumnSpecs.landlordName,
  guaranteeColumnSpecs.leaseAddress,
  guaranteeColumnSpecs.leaseReference,
  guaranteeColumnSpecs.monthlyRent,
  guaranteeColumnSpecs.guaranteedAmount,
  guaranteeColumnSpecs.coveredMonths,
  guaranteeColumnSpecs.startDate,
  guaranteeColumnSpecs.endDate,
  guaranteeColumnSpecs.withinQuota,
  guaranteeColumnSpecs.status,
  guaranteeColumnSpecs.claimedTotal,
  guaranteeColumnSpecs.grantQualifies,
  guaranteeColumnSpecs.grantAppliedOn,
];
