/**
 * Names and row types of the tables declared in electron/db/tables.ts (the
 * generated knex `Tables`), for code that takes a table as a parameter.
 */
import type { Knex } from 'knex';
import type { Tables } from 'knex/types/tables';

export type TableName = keyof Tables;

/** A row of table `N` as a select returns it. */
export type TableRow<N extends TableName> = Knex.ResolveTableType<Tables[N]>;
