/** A leases row as the service reads it, and the lease it stands for. */
import { type Lease } from '../../../shared/leases/schema';

/** A leases row as SQLite returns it (booleans as 0/1). */
export type LeaseDbRow = Omit<
  Lease,
  'rentIncludesHeating' | 'rentIncludesElectricity' | 'rentIncludesWater' | 'subletNotified' | 'isBlockLease'
> & {
  rentIncludesHeating: number | boolean;
  rentIncludesElectricity: number | boolean;
  rentIncludesWater: number | boolean;
  subletNotified: number | boolean;
  isBlockLease: number | boolean;
  noticeEndsOn: string | null;
  derivedOn: string;
  refreshDue: string | null;
  searchText?: string;
  archivedBy?: string | null;
};

export function toLease(row: LeaseDbRow): Lease {
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
