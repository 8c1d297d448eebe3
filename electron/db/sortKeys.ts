/**
 * The text columns people sort by, each with a stored Swedish sort key
 * beside it (`address` → `address_sort`, shared/core/sortKey.ts). Written
 * in TypeScript on every write that sets the column: records.ts for a
 * user's edits, `withSortKeys` for the bulk inserts (demo, benchmarks,
 * copy). The grids sort on the key (listQuery.ts), the same on both
 * engines, and the indexes of migration 0110 keep a sorted page at
 * 100 000 rows an index walk. A test (tests/integration/sortKeys.test.ts)
 * checks every key against its text after the demo data is written, so a
 * write path that forgets one is caught.
 */
import { swedishSortKey } from '../../shared/core/sortKey';

/** camelCase table → camelCase columns that carry a key. */
export const SORT_KEYED: Readonly<Record<string, readonly string[]>> = {
  units: ['objectNumber', 'address', 'district', 'site'],
  organisations: ['name', 'contactPerson', 'city'],
  households: ['holderName', 'caseworkerName'],
  leases: ['unitSummary', 'landlordReference'],
  landAgreements: ['projectName', 'propertyDesignation'],
  rentGuarantees: ['leaseAddress', 'leaseReference'],
  moveOns: ['newAddress'],
};

export function sortKeyColumn(column: string): string {
  return `${column}Sort`;
}

/** `table.column` (camelCase, as list specs write it) → its key column, or undefined. */
export function sortKeyOf(qualified: string): string | undefined {
  const [table, column] = qualified.split('.');
  if (table === undefined || column === undefined) return undefined;
  return SORT_KEYED[table]?.includes(column) ? `${table}.${sortKeyColumn(column)}` : undefined;
}

/** `values` plus the sort key of each keyed column it sets (camelCase keys). */
export function withSortKeys<T extends Record<string, unknown>>(table: string, values: T): T {
  const keyed = SORT_KEYED[table];
  if (!keyed) return values;
  let out: Record<string, unknown> | null = null;
  for (const column of keyed) {
    if (!(column in values)) continue;
    out ??= { ...values };
    const v = values[column];
    out[sortKeyColumn(column)] = typeof v === 'string' ? swedishSortKey(v) : null;
  }
  return (out ?? values) as T;
}

/** The row without its sort keys: what the audit log and a record's history show. */
export function withoutSortKeys<T extends Record<string, unknown>>(table: string, row: T): T {
  const keyed = SORT_KEYED[table];
  if (!keyed) return row;
  const out: Record<string, unknown> = { ...row };
  for (const column of keyed) delete out[sortKeyColumn(column)];
  return out as T;
}
