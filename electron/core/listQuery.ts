/**
 * Turns a list request (shared/core/listQuery.ts) into SQL: filters, quick
 * search, sort, one page, and optionally the total — over columns a feature
 * whitelists, so no request can name a column the feature does not expose.
 */
import type { Knex } from 'knex';
import type { FilterCondition, ParsedListQuery } from '../../shared/core/listQuery';
import { own } from '../../shared/core/own';
import { AppError } from '../../shared/core/result';
import { sortKeyOf } from '../db/sortKeys';

export type ColumnKind = 'text' | 'number' | 'date' | 'set';

export interface ListColumn {
  /** Qualified column, camelCase (`units.objectNumber`); knex snake-cases it. */
  column: string;
  kind: ColumnKind;
  /**
   * The column never holds null. Sorting then needs no "empty values last"
   * term, and SQLite can walk the column's index instead of sorting every
   * row (measured at 100 000 units: 3 ms instead of 40 ms a page).
   */
  notNull?: boolean;
  /** The column comes from a joined table (counting without it can skip the join). */
  joined?: boolean;
  /** A name the query's select gives (`count(...) as unitCount`), not a table column. */
  alias?: boolean;
  /**
   * What the grid sorts by when not the column itself: the Swedish sort key
   * (electron/db/sortKeys.ts). Found by the table's name; given here only
   * where the table goes by another name in the query.
   */
  sortColumn?: string;
}

/**
 * The quick search of a list: each word typed must be in one of the
 * columns of lower-cased search text (written with `searchText`).
 */
export interface ListSearch {
  /** Qualified columns holding search text. */
  columns: string[];
  /** One of the columns is in a joined table: counting and paging with a search keep the joins. */
  joined?: boolean;
  /** '-' and '*' part words, so a masked birth date as a list shows it (19851024-****) finds its household. */
  dashesPartWords?: boolean;
  /**
   * A search that means one record as a whole (a full personnummer, never
   * stored in any search text): adds its own condition and returns true,
   * or returns false to search the words.
   */
  exact?(qb: Knex.QueryBuilder, search: string): boolean;
}

export interface ListSpec {
  columns: Record<string, ListColumn>;
  /** What the quick search looks in. */
  search?: ListSearch;
  /** Column that is null unless the record is archived. */
  archivedColumn?: string;
  /** The tie-breaker that keeps paging stable. */
  idColumn: string;
  defaultSort: { column: string; direction: 'asc' | 'desc' }[];
  /**
   * The same rows without the joins, for counting when no filter needs a
   * joined column: a count need not look up every row's department.
   */
  countBase?: () => Knex.QueryBuilder;
  /**
   * Choose the page on `countBase` first (ids only: no joins, no row
   * columns), then read those rows through `base`. Deep pages then walk an
   * index instead of joining and reading every skipped row (households at
   * offset 50 000 of 100 000). Used when no filter or sort needs a join.
   */
  pageFirst?: boolean;
}

/** Escapes LIKE wildcards so a search for "10%" means the text "10%". */
export function likePattern(text: string, where: 'contains' | 'startsWith' | 'endsWith' | 'equals'): string {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  if (where === 'contains') return `%${escaped}%`;
  if (where === 'startsWith') return `${escaped}%`;
  if (where === 'endsWith') return `%${escaped}`;
  return escaped;
}

/** What the quick search compares with: lower case, single spaces. */
export function searchText(parts: (string | number | null | undefined)[]): string {
  return parts
    .filter((p) => p !== null && p !== undefined && p !== '')
    .join(' ')
    .toLocaleLowerCase('sv-SE')
    .replace(/\s+/g, ' ');
}

function column(spec: ListSpec, name: string): ListColumn {
  const col = own(spec.columns, name);
  if (!col)
    throw new AppError('VALIDATION', `Kolumnen "${name}" går inte att sortera eller filtrera på.`, {
      fields: { [name]: 'Okänd kolumn' },
    });
  return col;
}

function applyCondition(qb: Knex.QueryBuilder, col: ListColumn, c: FilterCondition): void {
  const name = col.column;
  if (c.filterType === 'set') {
    if (c.values.length > 0) qb.whereIn(name, c.values);
    return;
  }
  if (c.type === 'blank') {
    qb.where((w) => {
      if (col.kind === 'text') w.whereNull(name).orWhere(name, '');
      else w.whereNull(name);
    });
    return;
  }
  if (c.type === 'notBlank') {
    qb.whereNotNull(name);
    if (col.kind === 'text') qb.whereNot(name, '');
    return;
  }
  if (c.filterType === 'text') {
    const text = c.filter ?? '';
    if (text === '') return;
    const like = (where: 'contains' | 'startsWith' | 'endsWith' | 'equals', not = false) =>
      qb.whereRaw(`?? ${not ? 'not ' : ''}like ? escape '\\'`, [name, likePattern(text, where)]);
    if (c.type === 'contains') like('contains');
    else if (c.type === 'notContains') like('contains', true);
    else if (c.type === 'startsWith') like('startsWith');
    else if (c.type === 'endsWith') like('endsWith');
    else if (c.type === 'equals') like('equals');
    else like('equals', true);
    return;
  }
  const [from, to] =
    c.filterType === 'number' ? [c.filter, c.filterTo] : [c.dateFrom?.slice(0, 10), c.dateTo?.slice(0, 10)];
  if (from === null || from === undefined) return;
  switch (c.type) {
    case 'equals':
      qb.where(name, from);
      break;
    case 'notEqual':
      qb.where((w) => {
        w.whereNot(name, from).orWhereNull(name);
      });
      break;
    case 'lessThan':
      qb.where(name, '<', from);
      break;
    case 'lessThanOrEqual':
      qb.where(name, '<=', from);
      break;
    case 'greaterThan':
      qb.where(name, '>', from);
      break;
    case 'greaterThanOrEqual':
      qb.where(name, '>=', from);
      break;
    case 'inRange':
      if (to !== null && to !== undefined) qb.whereBetween(name, [from, to] as [never, never]);
      break;
  }
}

/** Adds the request's filters and quick search (not sort or paging). */
export function applyFilters(qb: Knex.QueryBuilder, spec: ListSpec, query: ParsedListQuery): void {
  if (spec.archivedColumn && !query.includeArchived) qb.whereNull(spec.archivedColumn);
  for (const [name, filter] of Object.entries(query.filters)) {
    const col = column(spec, name);
    if ('operator' in filter) {
      qb.where((group) => {
        for (const c of filter.conditions) {
          if (filter.operator === 'AND') group.andWhere((w) => applyCondition(w, col, c));
          else group.orWhere((w) => applyCondition(w, col, c));
        }
      });
    } else {
      qb.where((w) => applyCondition(w, col, filter));
    }
  }
  if (spec.search) applyListSearch(qb, spec.search, query.search);
}

/** The quick search's condition, for a list or a picker's look-up over the same text. */
export function applyListSearch(qb: Knex.QueryBuilder, search: ListSearch, text: string): void {
  if (search.exact?.(qb, text)) return;
  const lower = text.toLocaleLowerCase('sv-SE');
  const words = (search.dashesPartWords ? lower.replace(/[-*]/g, ' ') : lower).split(/\s+/).filter(Boolean);
  for (const word of words) {
    const pattern = likePattern(word, 'contains');
    qb.where((w) => {
      for (const c of search.columns) w.orWhereRaw(`?? like ? escape '\\'`, [c, pattern]);
    });
  }
}

/** Whether the request needs the list's joins to filter: a filter on a joined column, or a search in a joined table. */
function needsJoins(spec: ListSpec, query: ParsedListQuery): boolean {
  return (
    Object.keys(query.filters).some((name) => column(spec, name).joined) ||
    (spec.search?.joined === true && query.search.trim() !== '')
  );
}

/** Ids per `in (…)` list: well under SQLite's limit on bound parameters. */
const ID_CHUNK = 5000;

/**
 * The ids of the list's rows in the list's order (filters, quick search,
 * sort), without paging: a narrow query the indexes can answer. The page of
 * a list and an export's whole view are both read in this order.
 */
export function orderedIdsQuery(base: Knex.QueryBuilder, spec: ListSpec, query: ParsedListQuery): Knex.QueryBuilder {
  const filtered = base.clone();
  applyFilters(filtered, spec, query);
  const sort = query.sort.length > 0 ? query.sort : spec.defaultSort;
  const filterNeedsJoins = needsJoins(spec, query);
  const sortNeedsJoins = sort.some((s) => column(spec, s.column).joined);
  // Sorting on a name the select gives needs that select.
  const narrow = !sort.some((s) => column(spec, s.column).alias);
  let idsQuery: Knex.QueryBuilder;
  if (narrow && spec.pageFirst && spec.countBase && !filterNeedsJoins && !sortNeedsJoins) {
    // The lists that ask for it choose their ids on the table alone.
    idsQuery = spec.countBase();
    applyFilters(idsQuery, spec, query);
    idsQuery.clearSelect().select(spec.idColumn);
  } else {
    idsQuery = narrow ? filtered.clearSelect().select(spec.idColumn) : filtered;
  }
  for (const s of sort) {
    const col = column(spec, s.column);
    const by = col.sortColumn ?? sortKeyOf(col.column) ?? col.column;
    // Empty values last whichever way the user sorts, as a spreadsheet does.
    if (!col.notNull) idsQuery.orderByRaw(`?? is null`, [by]);
    idsQuery.orderBy(by, s.direction);
  }
  return idsQuery.orderBy(spec.idColumn, 'asc');
}

/**
 * Runs the list: the page's ids in order, then the full rows of those ids,
 * and a count when asked. `base` must select the row's columns and joins;
 * it is cloned, not changed.
 */
export async function runList<T>(
  base: Knex.QueryBuilder,
  spec: ListSpec,
  query: ParsedListQuery,
): Promise<{ rows: T[]; total: number | null }> {
  // The page in two steps: first the ids in order (a narrow query the
  // indexes can answer, however deep the offset), then the full rows of just
  // those ids. Columns computed per row (counts, joined names) are then
  // worked out for the page only, never for the rows an offset skips.
  const idsQuery = orderedIdsQuery(base, spec, query).offset(query.offset).limit(query.limit);
  const idKey = spec.idColumn.split('.').pop()!;
  const ids = ((await idsQuery) as Record<string, number>[]).map((r) => r[idKey]!);
  const position = new Map(ids.map((id, i) => [id, i]));
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    rows.push(...((await base.clone().whereIn(spec.idColumn, ids.slice(i, i + ID_CHUNK))) as T[]));
  }
  rows.sort(
    (a, b) =>
      position.get((a as Record<string, number>)[idKey]!)! - position.get((b as Record<string, number>)[idKey]!)!,
  );

  let total: number | null = null;
  if (query.withTotal) {
    const filterNeedsJoins = needsJoins(spec, query);
    let counter = base.clone();
    applyFilters(counter, spec, query);
    if (spec.countBase && !filterNeedsJoins) {
      counter = spec.countBase();
      applyFilters(counter, spec, query);
    }
    const counted = (await counter.clearSelect().clearOrder().count({ n: '*' }).first()) as
      { n: number | string } | undefined;
    total = Number(counted?.n ?? 0);
  }
  return { rows, total };
}
