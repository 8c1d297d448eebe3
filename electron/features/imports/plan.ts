/**
 * What every register's import does with a file's rows, in two steps: plan
 * (read, validate, match each row on its natural key: new, update,
 * unchanged or refused, with every reason) and write (the accepted rows,
 * in chunks, through the register's own values and the audit log).
 */
import type { RowOutcome } from '../../../shared/imports/schema';
import type { ServiceContext } from '../../core/context';
import type { TableName, TableRow } from '../../db/tableRow';
import { BULK_CHUNK } from '../../core/audit';
import { createRecords, type EntityInfo } from '../../core/records';
import type { MappedRow, Problem } from './cells';

export interface PlannedRow {
  rowNumber: number;
  outcome: RowOutcome;
  key: string | null;
  problems: Problem[];
  texts: Record<string, string>;
  creates: string[];
}

/** One record the batch created or changed, for its revert. */
export interface BatchRecord {
  entity: string;
  entityId: number;
  action: 'create' | 'update';
  versionAfter: number;
  before: unknown;
}

export interface WriteProgress {
  /** Called between chunks: reports rows done, and throws when the user cancelled. */
  (rowsDone: number): Promise<void> | void;
}

export interface Plan {
  rows: PlannedRow[];
  /** Writes the rows whose number is in `accepted` (all new and update rows, or the approved ones). */
  write(ctx: ServiceContext, accepted: ReadonlySet<number>, progress: WriteProgress): Promise<BatchRecord[]>;
}

export type Planner = (
  ctx: ServiceContext,
  rows: readonly MappedRow[],
  options: { createMissing: boolean },
) => Promise<Plan>;

/** A planned row with what it writes: the checked values and, for an update, the stored record it changes. */
export interface PlannedWork<V, C extends { id: number; version: number }> {
  planned: PlannedRow;
  values?: V;
  current?: C;
}

/** The checked values of a row planned as new or changed: the planner sets them on every such row. */
export function valuesOf<V, C extends { id: number; version: number }>(w: PlannedWork<V, C>): V {
  if (w.values === undefined)
    throw new Error(`Rad ${w.planned.rowNumber} skulle skrivas men saknar kontrollerade värden.`);
  return w.values;
}

/** The stored record a row planned as changed updates: the planner sets it on every such row. */
export function currentOf<V, C extends { id: number; version: number }>(w: PlannedWork<V, C>): C {
  if (w.current === undefined)
    throw new Error(`Rad ${w.planned.rowNumber} skulle ändra en post men saknar den sparade posten.`);
  return w.current;
}

/** How a register writes one record: its columns for a new one, and its own update (checks, derived columns). */
export interface RegisterWriter<V, C> {
  info: EntityInfo;
  columns(values: V): Record<string, unknown>;
  update(ctx: ServiceContext, values: V, current: C): Promise<{ id: number; version: number }>;
}

/**
 * The write step of a register whose rows are new or changed records: the
 * accepted new rows created in chunks, then the accepted changed rows
 * updated one at a time, each recorded for the batch's revert. Returns the
 * records and the rows written, for what a register does after (recounts).
 */
export async function writeNewAndChanged<V, C extends { id: number; version: number }>(
  ctx: ServiceContext,
  work: readonly PlannedWork<V, C>[],
  accepted: ReadonlySet<number>,
  progress: WriteProgress,
  writer: RegisterWriter<V, C>,
): Promise<{ records: BatchRecord[]; written: PlannedWork<V, C>[] }> {
  const chosen = (outcome: RowOutcome) =>
    work.filter((w) => w.planned.outcome === outcome && accepted.has(w.planned.rowNumber));
  const creates = chosen('new');
  const updates = chosen('update');
  const created = await createRecords(
    ctx,
    writer.info,
    creates.map((w) => writer.columns(valuesOf(w))),
    progress,
  );
  const records: BatchRecord[] = created.map((r) => ({
    entity: writer.info.entity,
    entityId: r.id,
    action: 'create',
    versionAfter: 1,
    before: null,
  }));
  let done = created.length;
  for (const w of updates) {
    const after = await writer.update(ctx, valuesOf(w), currentOf(w));
    records.push({
      entity: writer.info.entity,
      entityId: after.id,
      action: 'update',
      versionAfter: after.version,
      before: w.current,
    });
    if (++done % 100 === 0) await progress(done);
  }
  return { records, written: [...creates, ...updates] };
}

export function refused(row: MappedRow, key: string | null, problems: Problem[]): PlannedRow {
  return { rowNumber: row.rowNumber, outcome: 'refused', key, problems, texts: row.texts, creates: [] };
}

/** Marks the second and later rows with the same key as refused: one file, one row per record. */
export function refuseDuplicateKeys(planned: PlannedRow[], keyField: string, keyLabel: string): void {
  const first = new Map<string, number>();
  for (const row of planned) {
    if (row.key === null) continue;
    const earlier = first.get(row.key);
    if (earlier === undefined) first.set(row.key, row.rowNumber);
    else {
      row.outcome = 'refused';
      row.problems.unshift({
        field: keyField,
        message: `${keyLabel}: ${row.key} finns redan på rad ${earlier} i filen; en post får bara förekomma en gång.`,
      });
    }
  }
}

/** Whole rows of `table` whose `column` is one of `values`, fetched in chunks; typed from electron/db/tables.ts. */
export async function fetchWhereIn<N extends TableName>(
  ctx: ServiceContext,
  table: N,
  column: keyof TableRow<N> & string,
  values: readonly (string | number)[],
): Promise<TableRow<N>[]>;
/** Some columns (`columns`, or expressions) of those rows, as the caller declares them. */
export async function fetchWhereIn<T>(
  ctx: ServiceContext,
  table: string,
  column: string,
  values: readonly (string | number)[],
  columns: string[],
): Promise<T[]>;
export async function fetchWhereIn(
  ctx: ServiceContext,
  table: string,
  column: string,
  values: readonly (string | number)[],
  columns: string[] = ['*'],
): Promise<unknown[]> {
  const out: unknown[] = [];
  const unique = [...new Set(values)];
  for (let i = 0; i < unique.length; i += BULK_CHUNK) {
    out.push(
      ...((await ctx
        .db(table)
        .whereIn(column, unique.slice(i, i + BULK_CHUNK))
        .select(columns)) as unknown[]),
    );
  }
  return out;
}
