/** The lease a stored leases row stands for. */
import { type Lease } from '../../../shared/leases/schema';
import type { TableRow } from '../../db/tableRow';

export function toLease(row: TableRow<'leases'>): Lease {
  const { searchText: _s, archivedBy: _a, noticeEndsOn: _n, derivedOn: _d, refreshDue: _r, ...rest } = row;
  return {
    ...rest,
    rentIncludesHeating: Boolean(row.rentIncludesHeating),
    rentIncludesElectricity: Boolean(row.rentIncludesElectricity),
    rentIncludesWater: Boolean(row.rentIncludesWater),
    subletNotified: Boolean(row.subletNotified),
    isBlockLease: Boolean(row.isBlockLease),
  };
}
