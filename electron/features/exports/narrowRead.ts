/**
 * Reads a list's whole view for an export: only the sheet's columns, in the
 * list's order, without paging. First the ordered ids (one narrow query the
 * list's indexes answer), then the rows of a chunk of ids at a time, each
 * chunk its own short statement. Why chunks and not one long streaming
 * statement: the database runs with the rollback journal (it may sit on a
 * network share), where a reader that stays open keeps every writer from
 * committing; and this process has one connection, so a chunk at a time lets
 * other users' list calls in between. Paging the list itself (as before)
 * read every column and re-ran the sort for every page: 15 s for the CSV of
 * 100 000 leases.
 */
import type { Knex } from 'knex';
import type { IsoDate } from '../../../shared/core/dates';
import type { ParsedListQuery } from '../../../shared/core/listQuery';
import type { ExportColumn } from '../../../shared/exports/schema';
import type { ServiceContext } from '../../core/context';
import { orderedIdsQuery, type ListSpec } from '../../core/listQuery';
import { chunkStatement } from './chunkStatement';

export interface ListView {
  /** The list's rows before paging: its joins and scope (its select is replaced). */
  base: Knex.QueryBuilder;
  spec: ListSpec;
  /** The query to filter and order by, when the view has applied part of it (a search) itself. */
  query?: ParsedListQuery;
}

/** How an export source reads narrowly; sources without one read pages of their list. */
export interface NarrowRead {
  view(ctx: ServiceContext, query: ParsedListQuery): Promise<ListView> | ListView;
  /** The table whose own columns a sheet may name as they are (camelCase). */
  table: string;
  /** Columns from joins or per-row subqueries, by the sheet's column id. */
  joined(db: Knex): Record<string, string | Knex.QueryBuilder>;
  /** Columns worked out from others read with them (days left from a date). */
  computed?: Record<string, Computed>;
}

export interface Computed {
  from: string[];
  compute(row: Record<string, unknown>, today: IsoDate): unknown;
}

/**
 * Ids per read statement: a few ms of reading and writing, so a colleague's
 * list call waits at most that long for the connection and the main thread.
 */
export const READ_CHUNK = 500;
const ROW_ID = 'exportRowId';

const tableColumnsCache = new WeakMap<Knex, Map<string, Set<string>>>();

async function tableColumns(db: Knex, table: string): Promise<Set<string>> {
  let byTable = tableColumnsCache.get(db);
  if (!byTable) tableColumnsCache.set(db, (byTable = new Map<string, Set<string>>()));
  let columns = byTable.get(table);
  if (!columns) {
    columns = new Set(Object.keys(await db(table).columnInfo()));
    byTable.set(table, columns);
  }
  return columns;
}

export interface NarrowPlan {
  idsQuery: Knex.QueryBuilder;
  rowsQuery: Knex.QueryBuilder;
  idColumn: string;
  /** The rows query's columns (camelCase), in its select's order: the row id first. */
  keys: string[];
  computed: (Computed & { id: string })[];
}

/**
 * The select for the sheet's columns, or null when a column is neither the
 * table's own nor one the source knows how to read (then the export pages
 * through the list instead, which has every column the grid shows).
 */
export async function planNarrowRead(
  ctx: ServiceContext,
  read: NarrowRead,
  query: ParsedListQuery,
  columns: ExportColumn[],
): Promise<NarrowPlan | null> {
  const own = await tableColumns(ctx.db, read.table);
  const joined = read.joined(ctx.db);
  const select: (string | Knex.QueryBuilder | Knex.Raw)[] = [];
  const selected = new Set<string>();
  const computed: NarrowPlan['computed'] = [];
  const add = (id: string): boolean => {
    if (selected.has(id)) return true;
    const source = joined[id] ?? (own.has(id) ? `${read.table}.${id}` : null);
    if (source === null) return false;
    selected.add(id);
    select.push(typeof source === 'string' ? ctx.db.raw('?? as ??', [source, id]) : source.clone().as(id));
    return true;
  };
  for (const column of columns) {
    const rule = read.computed?.[column.id];
    if (rule) {
      if (!rule.from.every(add)) return null;
      computed.push({ id: column.id, ...rule });
    } else if (!add(column.id)) return null;
  }
  const view = await read.view(ctx, query);
  const idColumn = view.spec.idColumn;
  return {
    idsQuery: orderedIdsQuery(view.base, view.spec, view.query ?? query),
    rowsQuery: view.base
      .clone()
      .clearSelect()
      .select(ctx.db.raw('?? as ??', [idColumn, ROW_ID]), ...select),
    idColumn,
    keys: [ROW_ID, ...selected],
    computed,
  };
}

/** The view's rows, a chunk at a time, in the list's order. */
export async function* readNarrow(ctx: ServiceContext, plan: NarrowPlan): AsyncGenerator<Record<string, unknown>[]> {
  const idKey = plan.idColumn.split('.').pop()!;
  const ids = ((await plan.idsQuery) as Record<string, number>[]).map((r) => r[idKey]!);
  const today = ctx.clock.today();
  const statement = chunkStatement(ctx.db, plan, READ_CHUNK);
  const chunkAt = (start: number) => ids.slice(start, start + READ_CHUNK);
  // The next chunk is read while this one is written: the driver runs the
  // statement on the thread pool, beside the thread that builds the rows.
  const read = (start: number) => {
    const pending = start < ids.length ? statement.run(chunkAt(start)) : null;
    pending?.catch(() => undefined); // awaited below, or dropped when the export stops early
    return pending;
  };
  let next = read(0);
  try {
    for (let start = 0; start < ids.length; start += READ_CHUNK) {
      const chunk = chunkAt(start);
      const rows = (await next)!;
      next = read(start + READ_CHUNK);
      const position = new Map(chunk.map((id, i) => [id, i]));
      const ordered = new Array<Record<string, unknown>>(chunk.length);
      for (const row of rows) {
        for (const c of plan.computed) row[c.id] = c.compute(row, today);
        ordered[position.get(row[ROW_ID] as number)!] = row;
      }
      // Nothing is deleted, but a row may leave the view between the two reads.
      yield rows.length === chunk.length ? ordered : ordered.filter(Boolean);
    }
  } finally {
    await next?.catch(() => undefined);
    await statement.close();
  }
}
