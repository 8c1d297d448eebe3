/**
 * Names and row types of the tables declared in electron/db/tables.ts (the
 * generated knex `Tables`), for code that takes a table as a parameter.
 */
import type { Knex } from 'knex';
import type { Tables } from 'knex/types/tables';

export type TableName = keyof Tables;

/** A row of table `N` as a select returns it. */
export type TableRow<N extends TableName> = Knex.ResolveTableType<Tables[N]>;

/**
 * A select over joined tables, typed as the row it yields. Knex types only
 * unqualified column names: a select of `table.column` or `a.b as c` comes
 * back as `any`. The select function states its row here once, so the reads
 * of it (`first()`, a page, a filtered list) need no cast each.
 */
export function joinedRows<R extends object>(qb: Knex.QueryBuilder): Knex.QueryBuilder<R, R[]> {
  return qb as Knex.QueryBuilder<R, R[]>;
}
