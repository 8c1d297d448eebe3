import type { ColDef } from 'ag-grid-community';
import { guaranteeColumnSpecs as c } from '../../../shared/guarantees/columns';
import type { GuaranteeRow } from '../../../shared/guarantees/schema';
import { specColumn } from '../../components/grid/columns';

const yesNo = (p: { value: unknown }) => (p.value === true ? 'Ja' : p.value === false ? 'Nej' : '');

/** Who, with which landlord, how much, until when, and whether Boverket's grant can be sought. */
export const guaranteeColumns: ColDef<GuaranteeRow>[] = [
  specColumn(c.holderName, { pinned: 'left', width: 180 }),
  specColumn(c.holderIdentityMasked, { width: 140 }),
  specColumn(c.landlordName, { width: 170 }),
  specColumn(c.leaseAddress, { width: 200 }),
  specColumn(c.status, { width: 130 }),
  specColumn(c.guaranteedAmount, { width: 130 }),
  specColumn(c.monthlyRent, { width: 120 }),
  specColumn(c.coveredMonths, { width: 110, sortable: false, filter: false }),
  specColumn(c.startDate, { width: 120 }),
  specColumn(c.endDate, { width: 120 }),
  specColumn(c.daysLeft, { width: 110 }),
  specColumn(c.withinQuota, { width: 100, sortable: false, filter: false, valueFormatter: yesNo }),
  specColumn(c.claimedTotal, { width: 140 }),
  specColumn(c.grantQualifies, {
    width: 150,
    headerName: 'Statligt bidrag',
    sortable: false,
    filter: false,
    valueFormatter: (p) => (p.value === true ? 'Uppfyller villkoren' : p.value === false ? 'Nej' : ''),
    tooltipValueGetter: (p) => (p.data && !p.data.grantQualifies ? p.data.grantReasons.join(' ') : undefined),
  }),
  specColumn(c.grantAppliedOn, { width: 130 }),
  specColumn(c.leaseReference, { width: 130, hide: true }),
];
