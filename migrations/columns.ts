/** Column sets shared by migrations. Written once for SQLite and PostgreSQL. */
import type { Knex } from 'knex';

/**
 * What every table a user edits carries: id, version for optimistic
 * concurrency, who/when created and last changed, and archiving (records
 * are archived, never deleted). Timestamps are ISO strings: portable, and
 * they sort as text.
 */
export function recordColumns(table: Knex.CreateTableBuilder): void {
  table.increments('id').primary();
  table.integer('version').notNullable().defaultTo(1);
  table.string('created_at', 30).notNullable();
  table.string('created_by', 100).notNullable();
  table.string('updated_at', 30).notNullable();
  table.string('updated_by', 100).notNullable();
  table.string('archived_at', 30).nullable();
  table.string('archived_by', 100).nullable();
}

/** A calendar date, stored as `YYYY-MM-DD` text. */
export function dateColumn(table: Knex.CreateTableBuilder, name: string): Knex.ColumnBuilder {
  return table.string(name, 10);
}
