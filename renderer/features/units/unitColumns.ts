import type { ColDef } from 'ag-grid-community';
import { unitColumnSpecs as c } from '../../../shared/units/columns';
import type { UnitRow } from '../../../shared/units/schema';
import { specColumn } from '../../components/grid/columns';

/** What FF looks at first: which unit, where, its state and its permit. */
export const unitColumns: ColDef<UnitRow>[] = [
  specColumn(c.objectNumber, { pinned: 'left', width: 130 }),
  specColumn(c.kind, { width: 125 }),
  specColumn(c.status, { width: 105 }),
  specColumn(c.leaseEndsOn, {
    width: 150,
    sortable: false,
    filter: false,
    headerTooltip: 'Bostadens hyresavtal är uppsagt eller löper ut utan förlängning',
    cellClassRules: { 'cell-warning': (p) => typeof p.value === 'string' },
  }),
  specColumn(c.address, { width: 200 }),
  specColumn(c.district, { width: 130 }),
  specColumn(c.site, { width: 150 }),
  specColumn(c.permitEndDate, { width: 125 }),
  specColumn(c.permitDaysLeft, { width: 120, headerName: 'Bygglov kvar' }),
  specColumn(c.use, { width: 170 }),
  specColumn(c.responsibleDepartmentCode, { width: 110 }),
  // The list says "Staden" for a city-owned unit (units/service.ts), as the export does.
  specColumn(c.ownerName, { width: 180 }),
  specColumn(c.rooms, { width: 80 }),
  specColumn(c.areaM2, { width: 90 }),
  specColumn(c.postalCode, { width: 100, hide: true }),
  specColumn(c.floor, { width: 80, hide: true }),
];
