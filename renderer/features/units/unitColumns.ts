import type { ColDef } from 'ag-grid-community';
import { unitKindLabels, unitLabels, unitStatusLabels, unitUseLabels, type UnitRow } from '../../../shared/units/schema';
import { choiceColumn, dateColumn, daysLeftColumn, numberColumn, textColumn } from '../../components/grid/columns';

/** What FF looks at first: which unit, where, its state and its permit. */
export const unitColumns: ColDef<UnitRow>[] = [
  textColumn('objectNumber', unitLabels.objectNumber, { pinned: 'left', width: 130 }),
  choiceColumn('kind', unitLabels.kind, unitKindLabels, { width: 125 }),
  choiceColumn('status', unitLabels.status, unitStatusLabels, { width: 105 }),
  dateColumn('leaseEndsOn', 'Hyresavtal upphör', {
    width: 150,
    sortable: false,
    filter: false,
    headerTooltip: 'Bostadens hyresavtal är uppsagt eller löper ut utan förlängning',
    cellClassRules: { 'cell-warning': (p) => typeof p.value === 'string' },
  }),
  textColumn('address', unitLabels.address, { width: 200 }),
  textColumn('district', unitLabels.district, { width: 130 }),
  textColumn('site', unitLabels.site, { width: 150 }),
  dateColumn('permitEndDate', unitLabels.permitEndDate, { width: 125 }),
  daysLeftColumn('permitDaysLeft', 'Bygglov kvar', undefined, { width: 120 }),
  choiceColumn('use', unitLabels.use, unitUseLabels, { width: 170 }),
  textColumn('responsibleDepartmentCode', 'Förvaltning', { width: 110 }),
  textColumn('ownerName', 'Ägare', { width: 180, valueFormatter: (p) => p.value ?? (p.data ? 'Staden' : '') }),
  numberColumn('rooms', unitLabels.rooms, { width: 80 }),
  numberColumn('areaM2', unitLabels.areaM2, { width: 90 }),
  textColumn('postalCode', unitLabels.postalCode, { width: 100, hide: true }),
  numberColumn('floor', unitLabels.floor, { width: 80, hide: true }),
];
