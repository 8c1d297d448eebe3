/**
 * Hyresavtal: leases with external landlords, the units each covers, the
 * KPI table their rents follow and the counter that numbers them.
 */
import type { Knex } from 'knex';
import { dateColumn, recordColumns } from './columns';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('leases', (t) => {
    recordColumns(t);
    t.string('lease_number', 20).notNullable().unique();
    t.string('landlord_reference', 100).nullable();
    t.integer('landlord_id').notNullable().references('id').inTable('organisations');
    t.integer('department_id').notNullable().references('id').inTable('departments');
    t.string('department_contact', 200).nullable();
    t.string('premises', 10).notNullable();
    dateColumn(t, 'signed_date').nullable();
    dateColumn(t, 'start_date').notNullable();
    t.string('term_type', 20).notNullable();
    dateColumn(t, 'end_date').nullable();
    t.integer('notice_months_tenant').nullable();
    t.integer('notice_months_landlord').nullable();
    t.integer('extension_months').nullable();
    t.bigInteger('rent_per_year_ore').notNullable();
    t.boolean('rent_includes_heating').notNullable().defaultTo(false);
    t.boolean('rent_includes_electricity').notNullable().defaultTo(false);
    t.boolean('rent_includes_water').notNullable().defaultTo(false);
    t.string('rent_includes_other', 200).nullable();
    t.string('indexation_kind', 10).notNullable();
    t.double('kpi_base_index').nullable();
    t.string('kpi_base_month', 7).nullable();
    t.double('kpi_indexed_percent').nullable();
    t.double('fixed_percent_per_year').nullable();
    t.bigInteger('deposit_ore').nullable();
    t.boolean('sublet_notified').notNullable().defaultTo(false);
    dateColumn(t, 'sublet_notified_date').nullable();
    t.boolean('is_block_lease').notNullable().defaultTo(false);
    t.string('status', 20).notNullable();
    t.text('notes').nullable();
    // The registered notice (uppsägning).
    t.string('notice_given_by', 20).nullable();
    dateColumn(t, 'notice_date').nullable();
    t.text('notice_reason').nullable();
    t.string('notice_rule', 100).nullable();
    dateColumn(t, 'notice_ends_on').nullable();
    // Derived and stored (shared/leases/derived.ts explains why and when
    // they are refreshed); the lists sort and filter on them.
    dateColumn(t, 'ends_on').nullable();
    dateColumn(t, 'next_notice_date').nullable();
    dateColumn(t, 'next_notice_ends_on').nullable();
    dateColumn(t, 'current_period_end').nullable();
    dateColumn(t, 'missed_notice_date').nullable();
    t.bigInteger('current_rent_ore').nullable();
    t.string('rent_missing_index_month', 7).nullable();
    dateColumn(t, 'derived_on').notNullable();
    dateColumn(t, 'refresh_due').nullable();
    t.text('unit_summary').notNullable().defaultTo('');
    t.text('search_text').notNullable().defaultTo('');
    for (const column of [
      'landlord_id',
      'department_id',
      'start_date',
      'end_date',
      'ends_on',
      'next_notice_date',
      'current_period_end',
      'current_rent_ore',
      'refresh_due',
      'derived_on',
      'updated_at',
    ]) {
      t.index([column], `leases_${column}_idx`);
    }
    // The watch list asks "active leases by date": status first, so the
    // index walks only the rows it returns, in date order. (Status alone,
    // four values, would make SQLite scan a quarter of the table.)
    for (const column of ['missed_notice_date', 'current_period_end', 'ends_on']) {
      t.index(['status', column], `leases_status_${column}_idx`);
    }
    t.index(['sublet_notified', 'premises', 'start_date'], 'leases_sublet_idx');
  });
  // The grids sort empty values last (`x is null, x`, electron/core/listQuery.ts).
  // For the deadline, by status, an index on the same expressions gives the
  // page in order with no sort: "active leases by next deadline" (the grid
  // with a status filter, and Bevakning) reads 100 rows, not 20 000. No such
  // index without status: SQLite would then walk it for a quick search too,
  // visiting all rows in index order instead of scanning and sorting the few
  // that match (measured: 360 ms against 60 ms at 100 000 leases).
  await knex.raw(
    'create index leases_status_next_notice_order_idx on leases (status, (next_notice_date is null), next_notice_date)',
  );

  await knex.schema.createTable('lease_units', (t) => {
    t.integer('lease_id').notNullable().references('id').inTable('leases');
    t.integer('unit_id').notNullable().references('id').inTable('units');
    t.primary(['lease_id', 'unit_id']);
    t.index(['unit_id'], 'lease_units_unit_id_idx');
  });

  // One row per year: the last number given (HA-YYYY-NNNN). Incremented
  // inside the creating write transaction, which holds SQLite's write lock
  // from its first statement (BEGIN IMMEDIATE), so numbers never collide
  // and a rolled-back create gives its number back: no gaps.
  await knex.schema.createTable('lease_number_counters', (t) => {
    t.integer('year').primary();
    t.integer('last_number').notNullable();
  });

  await knex.schema.createTable('kpi_values', (t) => {
    recordColumns(t);
    t.string('month', 7).notNullable().unique();
    t.double('value').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['kpi_values', 'lease_number_counters', 'lease_units', 'leases']) {
    await knex.schema.dropTableIfExists(table);
  }
}
