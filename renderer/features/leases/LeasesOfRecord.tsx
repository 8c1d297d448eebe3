/** The leases that include a unit, or that a landlord has, on that record's form. */
import { useCallback } from 'react';
import type { LeaseListQuery, LeaseRow } from '../../../shared/leases/schema';
import { DataGrid } from '../../components/grid/DataGrid';
import { navigate } from '../../router';
import { leaseColumns } from './leaseColumns';
import { leasesApi } from './leasesApi';

const shown = [
  'leaseNumber',
  'status',
  'landlordName',
  'unitSummary',
  'endsOn',
  'nextNoticeDate',
  'daysLeft',
  'currentRentOre',
];
const columnsFor = (hide: string) =>
  shown
    .filter((f) => f !== hide)
    .map((f) => leaseColumns.find((c) => c.field === f)!)
    .map((c) => ({ ...c, pinned: null, floatingFilter: false }));
const unitColumns = columnsFor('unitSummary');
const landlordColumns = columnsFor('landlordName');

interface Props {
  filter: { unitId: number } | { landlordId: number };
  title: string;
}

export function LeasesOfRecord({ filter, title }: Props) {
  const key = JSON.stringify(filter);
  const fetchPage = useCallback(
    // Keyed on the filter's value, not its identity: callers pass a new object each render.
    (q: LeaseListQuery) => leasesApi.list({ ...q, ...(JSON.parse(key) as Props['filter']), includeArchived: false }),
    [key],
  );
  return (
    <section className="form-section" aria-label={title}>
      <h3>{title}</h3>
      <div className="embedded-grid short">
        <DataGrid<LeaseRow>
          gridId={'unitId' in filter ? 'unit-leases' : 'landlord-leases'}
          columns={'unitId' in filter ? unitColumns : landlordColumns}
          fetchPage={fetchPage}
          search=""
          scope={filter}
          onOpen={(l) => navigate('hyresavtal', l.id)}
        />
      </div>
    </section>
  );
}
