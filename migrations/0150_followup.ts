/**
 * Uppföljning (plan §6, actions 3:1–3:10): what the registers did not
 * record yet, and the steering group's yearly report.
 *
 * How figures for past dates are kept (the design, and why):
 * - Most figures are queries over the records' own effective dates
 *   (contract start/end, move date, warning date, planned discharge date…):
 *   a record that changes status mid-year counts in each year by its dates,
 *   so any date can be asked without a second copy of the data to keep in step.
 * - What has no dates of its own gets an event table: a unit's kind, use,
 *   owner and whether it is in the stock (`unit_stock_events`, appended by
 *   the units service on every change that matters), and the phases of
 *   process 3:4 (`contract_phase_moves`, already kept).
 * - An approved (fastställd) report is frozen: its whole model (figures,
 *   series, comments) is stored as JSON in `followup_reports`, so it reprints
 *   the same after later edits, late registrations, or gallring.
 * These tables hold only dates, codes, units and counts: gallring of personal
 * data (names, personnummer, notes) leaves every figure intact.
 */
import type { Knex } from 'knex';
import { dateColumn, recordColumns } from './columns';

export async function up(knex: Knex): Promise<void> {
  // 3:2: people leaving custody, care or treatment who need housing.
  await knex.schema.createTable('discharges', (t) => {
    recordColumns(t);
    t.integer('household_id').notNullable().references('id').inTable('households');
    dateColumn(t, 'planned_date').notNullable();
    t.string('from_kind', 20).notNullable();
    t.string('institution', 200).nullable();
    // Null while open; then fore (housing arranged before discharge), efter, hemloshet.
    t.string('outcome', 20).nullable();
    dateColumn(t, 'outcome_date').nullable();
    t.text('notes').nullable();
    t.index(['planned_date'], 'discharges_planned_date_idx');
    t.index(['outcome', 'planned_date'], 'discharges_outcome_planned_date_idx');
    t.index(['household_id'], 'discharges_household_id_idx');
  });

  // 3:8: risks of eviction, from the landlord's warning to the outcome.
  await knex.schema.createTable('eviction_risks', (t) => {
    recordColumns(t);
    t.integer('household_id').notNullable().references('id').inTable('households');
    t.integer('contract_id').nullable().references('id').inTable('municipal_contracts');
    t.integer('landlord_id').nullable().references('id').inTable('organisations');
    // storning (JB 12:25) or hyresskuld (JB 12:44).
    t.string('cause', 20).notNullable();
    dateColumn(t, 'warning_date').notNullable();
    // The copy of the warning to socialnämnden.
    dateColumn(t, 'social_notice_date').nullable();
    // Department codes, comma separated: few, fixed, shown together.
    t.string('departments', 100).notNullable().defaultTo('');
    t.text('actions').nullable();
    // Null while open; then avvard, avhyst, flyttat_sjalv.
    t.string('outcome', 20).nullable();
    dateColumn(t, 'outcome_date').nullable();
    t.text('notes').nullable();
    t.index(['warning_date'], 'eviction_risks_warning_date_idx');
    t.index(['outcome', 'outcome_date'], 'eviction_risks_outcome_date_idx');
    t.index(['household_id'], 'eviction_risks_household_id_idx');
  });

  // 3:7: the city's own rental units: who manages them, how they are let, support.
  await knex.schema.createTable('city_unit_management', (t) => {
    recordColumns(t);
    t.integer('unit_id').notNullable().unique().references('id').inTable('units');
    t.string('managing_department', 10).notNullable();
    t.string('letting_method', 30).notNullable();
    t.boolean('support_boendestod').notNullable().defaultTo(false);
    t.boolean('support_hemtjanst').notNullable().defaultTo(false);
    t.string('support_other', 200).nullable();
    t.text('notes').nullable();
    t.index(['managing_department'], 'city_unit_management_department_idx');
  });

  await knex.schema.createTable('unit_disturbances', (t) => {
    recordColumns(t);
    t.integer('unit_id').notNullable().references('id').inTable('units');
    dateColumn(t, 'reported_on').notNullable();
    t.text('description').nullable();
    t.index(['reported_on'], 'unit_disturbances_reported_on_idx');
    t.index(['unit_id'], 'unit_disturbances_unit_id_idx');
  });

  // A unit's state from a date on; appended, never changed. The state as of
  // D is each unit's last event dated on or before D.
  await knex.schema.createTable('unit_stock_events', (t) => {
    t.increments('id').primary();
    t.integer('unit_id').notNullable().references('id').inTable('units');
    dateColumn(t, 'effective_date').notNullable();
    t.string('kind', 20).notNullable();
    t.string('use', 30).notNullable();
    t.string('owner_type', 20).notNullable();
    t.boolean('in_stock').notNullable();
    t.string('recorded_at', 30).notNullable();
    t.index(['effective_date', 'unit_id'], 'unit_stock_events_date_unit_idx');
    t.index(['unit_id', 'effective_date'], 'unit_stock_events_unit_date_idx');
  });
  // The comparison itself is the boolean: PostgreSQL's boolean, SQLite's 1 or 0.
  await knex.raw(
    `insert into unit_stock_events (unit_id, effective_date, kind, "use", owner_type, in_stock, recorded_at)
     select id, substr(created_at, 1, 10), kind, "use", owner_type,
            (archived_at is null and status <> 'avvecklad'), created_at from units`,
  );

  // The department's comment per action and year, written before approval.
  await knex.schema.createTable('followup_comments', (t) => {
    recordColumns(t);
    t.integer('year').notNullable();
    t.string('action', 5).notNullable();
    t.text('comment').notNullable();
    t.unique(['year', 'action'], { indexName: 'followup_comments_year_action_uq' });
  });

  // An approved report, frozen: the whole model as JSON.
  await knex.schema.createTable('followup_reports', (t) => {
    recordColumns(t);
    t.integer('year').notNullable().unique();
    dateColumn(t, 'as_of').notNullable();
    t.text('model').notNullable();
    t.string('approved_at', 30).notNullable();
    t.string('approved_by', 100).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'followup_reports',
    'followup_comments',
    'unit_stock_events',
    'unit_disturbances',
    'city_unit_management',
    'eviction_risks',
    'discharges',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
