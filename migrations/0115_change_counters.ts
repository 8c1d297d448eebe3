/**
 * One counter per table, bumped by triggers on every insert, update and
 * delete (installed at open by electron/db/changeTriggers.ts, so tables
 * added by later migrations get them too). An app instance that sees
 * `PRAGMA data_version` move reads this small table and learns which
 * tables another process changed: the "something changed in table X"
 * event behind live refresh.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('change_counters', (t) => {
    t.string('table_name', 80).primary();
    t.bigInteger('version').notNullable().defaultTo(0);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('change_counters');
}
