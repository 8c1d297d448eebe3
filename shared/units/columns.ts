/**
 * The unit register's columns: heading and kind of value, shared by the
 * grid (which adds widths and order) and by exports.
 */
import type { ExportColumn } from '../exports/schema';
import { unitKindLabels, unitLabels, unitStatusLabels, unitUseLabels } from './schema';

export const unitColumnSpecs = {
  objectNumber: { id: 'objectNumber', header: unitLabels.objectNumber, type: 'text' },
  kind: { id: 'kind', header: unitLabels.kind, type: 'choice', labels: unitKindLabels },
  status: { id: 'status', header: unitLabels.status, type: 'choice', labels: unitStatusLabels },
  /** From the unit's lease: when it ends after a notice or without extension. */
  leaseEndsOn: { id: 'leaseEndsOn', header: 'Hyresavtal upphör', type: 'date' },
  address: { id: 'address', header: unitLabels.address, type: 'text' },
  postalCode: { id: 'postalCode', header: unitLabels.postalCode, type: 'text' },
  district: { id: 'district', header: unitLabels.district, type: 'text' },
  site: { id: 'site', header: unitLabels.site, type: 'text' },
  permitEndDate: { id: 'permitEndDate', header: unitLabels.permitEndDate, type: 'date' },
  permitDaysLeft: { id: 'permitDaysLeft', header: 'Bygglov, dagar kvar', type: 'daysLeft' },
  use: { id: 'use', header: unitLabels.use, type: 'choice', labels: unitUseLabels },
  responsibleDepartmentCode: { id: 'responsibleDepartmentCode', header: 'Förvaltning', type: 'text' },
  ownerName: { id: 'ownerName', header: 'Ägare', type: 'text' },
  rooms: { id: 'rooms', header: unitLabels.rooms, type: 'number' },
  areaM2: { id: 'areaM2', header: unitLabels.areaM2, type: 'number' },
  floor: { id: 'floor', header: unitLabels.floor, type: 'number' },
} as const satisfies Record<string, ExportColumn>;

/** The columns of the Bostäder sheet in the portfolio workbook. */
export const unitPortfolioColumns: ExportColumn[] = Object.values(unitColumnSpecs);
