/**
 * The daily job's runs, one row per day. The primary key is the lock: the
 * app instance whose insert succeeds runs the day's job, every other one
 * sees the row and skips it. A run that never finished (its app died) can
 * be taken over once its claim is old.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('daily_jobs', (t) => {
    t.string('day', 10).primary();
    t.string('claimed_by', 200).notNullable();
    t.string('claimed_at', 30).notNullable();
    t.string('finished_at', 30).nullable();
    t.text('summary').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('daily_jobs');
}
