/**
 * Plan 3:7's management history: who manages a city-owned unit, how it is
 * let and its support measures change over time, and a figure as of a past
 * date must count them as they were then. As with the unit stock
 * (`unit_stock_events`), each change is appended as an event that holds from
 * its date until the next one; `city_unit_management` keeps the current
 * state for the unit's page and its version check. Existing records get
 * their first event on the day they were created.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('city_unit_management_events', (t) => {
    t.increments('id').primary();
    t.integer('unit_id').notNullable().references('id').inTable('units');
    t.string('effective_date', 10).notNullable();
    t.string('managing_department', 10).notNullable();
    t.string('letting_method', 30).notNullable();
    t.boolean('support_boendestod').notNullable();
    t.boolean('support_hemtjanst').notNullable();
    t.boolean('support_other').notNullable();
    t.string('recorded_at', 30).notNullable();
    t.string('recorded_by', 100).notNullable();
    t.index(
      ['unit_id', 'effective_date', 'id', 'managing_department', 'letting_method'],
      'city_unit_management_events_unit_date_idx',
    );
  });
  await knex.raw(
    `insert into city_unit_management_events (unit_id, effective_date, managing_department, letting_method,
       support_boendestod, support_hemtjanst, support_other, recorded_at, recorded_by)
     select unit_id, substr(created_at, 1, 10), managing_department, letting_method,
       support_boendestod, support_hemtjanst, case when support_other is null then false else true end, created_at, created_by
     from city_unit_management where archived_at is null`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('city_unit_management_events');
}
