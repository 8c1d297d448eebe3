/**
 * One list request for every big grid: a page (offset, limit), the sort and
 * the column filters in AG Grid's own filter-model shape, a quick search and
 * whether archived records are included. The back end turns it into one SQL
 * query over whitelisted columns (electron/core/listQuery.ts).
 */
import { z } from 'zod';

const textCondition = z.object({
  filterType: z.literal('text'),
  type: z.enum(['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank']),
  filter: z.string().max(200).nullish(),
});

const numberCondition = z.object({
  filterType: z.literal('number'),
  type: z.enum([
    'equals',
    'notEqual',
    'lessThan',
    'lessThanOrEqual',
    'greaterThan',
    'greaterThanOrEqual',
    'inRange',
    'blank',
    'notBlank',
  ]),
  filter: z.number().nullish(),
  filterTo: z.number().nullish(),
});

const dateCondition = z.object({
  filterType: z.literal('date'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank']),
  // AG Grid sends 'YYYY-MM-DD hh:mm:ss'; only the date part is used.
  dateFrom: z.string().max(30).nullish(),
  dateTo: z.string().max(30).nullish(),
});

/** Our own filter for columns with a fixed set of values (status, kind). */
const setCondition = z.object({
  filterType: z.literal('set'),
  values: z.array(z.string().max(100)).max(50),
});

export const filterConditionSchema = z.union([textCondition, numberCondition, dateCondition, setCondition]);
export type FilterCondition = z.infer<typeof filterConditionSchema>;

const combinedFilter = z.object({
  filterType: z.enum(['text', 'number', 'date']),
  operator: z.enum(['AND', 'OR']),
  conditions: z.array(filterConditionSchema).min(1).max(4),
});

export const columnFilterSchema = z.union([combinedFilter, filterConditionSchema]);
export type ColumnFilter = z.infer<typeof columnFilterSchema>;

export const sortSchema = z.object({ column: z.string().max(64), direction: z.enum(['asc', 'desc']) });

export const listQuerySchema = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
  sort: z.array(sortSchema).max(5).default([]),
  filters: z.record(z.string().max(64), columnFilterSchema).default({}),
  search: z.string().trim().max(200).default(''),
  includeArchived: z.boolean().default(false),
  /** Counting costs a scan; the grid asks only with its first page. */
  withTotal: z.boolean().default(true),
});
export type ListQuery = z.input<typeof listQuerySchema>;
export type ParsedListQuery = z.output<typeof listQuerySchema>;

export function listResultSchema<T extends z.ZodType>(row: T) {
  return z.object({ rows: z.array(row), total: z.number().int().nullable() });
}
export interface ListResult<T> {
  rows: T[];
  total: number | null;
}
