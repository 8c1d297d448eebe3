/**
 * Who has the database open: one row per running back end (a desktop app
 * or a browser host), refreshed by a heartbeat. A row whose heartbeat is
 * older than the expiry is a crashed or sleeping app and is not shown.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sessions', (t) => {
    t.string('id', 64).primary();
    t.string('login', 200).notNullable();
    t.string('display_name', 200).notNullable();
    t.string('machine', 200).notNullable();
    t.string('started_at', 30).notNullable();
    t.string('heartbeat_at', 30).notNullable().index();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('sessions');
}
