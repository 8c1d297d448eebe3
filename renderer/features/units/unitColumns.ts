import type { ColDef } from 'ag-grid-community';
import { unitKindLabels, unitLabels, unitStatusLabels, unitUseLabels, type UnitRow } from '../../../shared/units/schema';
import { choiceColumn, dateColumn, daysLeftColumn, numberColumn, textColumn } from '../../components/grid/columns';

export const unitColumns: ColDef<UnitRow>[] = [
  textColumn('objectNumber', unitLabels.objectNumber, { pinned: 'left', width: 140 }),
  choiceColumn('kind', unitLabels.kind, unitKindLabels, { width: 140 }),
  choiceColumn('use', unitLabels.use, unitUseLabels, { width: 180 }),
  textColumn('address', unitLabels.address, { width: 220 }),
  textColumn('district', unitLabels.district, { width: 150 }),
  textColumn('postalCode', unitLabels.postalCode, { width: 110, hide: true }),
  numberColumn('rooms', unitLabels.rooms, { width: 90 }),
  numberColumn('areaM2', unitLabels.areaM2, { width: 100 }),
  numberColumn('floor', unitLabels.floor, { width: 90, hide: true }),
  textColumn('responsibleDepartmentCode', 'Förvaltning', { width: 120 }),
  textColumn('ownerName', 'Ägare', { width: 190, valueFormatter: (p) => p.value ?? (p.data ? 'Staden' : '') }),
  textColumn('site', unitLabels.site, { width: 160 }),
  dateColumn('permitEndDate', unitLabels.permitEndDate),
  daysLeftColumn('permitDaysLeft', 'Bygglov, dagar kvar'),
  choiceColumn('status', unitLabels.status, unitStatusLabels, { width: 120 }),
];
