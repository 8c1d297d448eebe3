/**
 * What every register's import does with a file's rows, in two steps: plan
 * (read, validate, match each row on its natural key: new, update,
 * unchanged or refused, with every reason) and write (the accepted rows,
 * in chunks, through the register's own values and the audit log).
 */
import type { RowOutcome } from '../../../shared/imports/schema';
import type { ServiceContext } from '../../core/context';
import { BULK_CHUNK } from '../../core/audit';
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

/** Rows of `table` whose `column` is one of `values`, fetched in chunks. */
export async function fetchWhereIn<T>(
  ctx: ServiceContext,
  table: string,
  column: string,
  values: readonly (string | number)[],
  columns: string[] = ['*'],
): Promise<T[]> {
  const out: T[] = [];
  const unique = [...new Set(values)];
  for (let i = 0; i < unique.length; i += BULK_CHUNK) {
    out.push(
      ...((await ctx
        .db(table)
        .whereIn(column, unique.slice(i, i + BULK_CHUNK))
        .select(columns)) as T[]),
    );
  }
  return out;
}
