/**
 * Kommunala kontrakt: households and their members, the contracts, the
 * phase moves of process 3:4, and the yearly series of contract numbers.
 */
import type { Knex } from 'knex';
import { dateColumn, recordColumns } from './columns';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('households', (t) => {
    recordColumns(t);
    // The holder's name and masked number, kept here so the list sorts
    // and filters on an index instead of joining the members.
    t.string('holder_name', 200).notNullable();
    t.string('holder_identity_masked', 13).notNullable();
    t.integer('household_size').notNullable();
    t.integer('children_count').notNullable();
    t.string('target_group', 30).notNullable();
    t.integer('referring_department_id').notNullable().references('id').inTable('departments');
    t.string('caseworker_name', 200).nullable();
    t.string('caseworker_phone', 40).nullable();
    t.string('caseworker_email', 200).nullable();
    t.string('phone', 40).nullable();
    t.string('email', 200).nullable();
    t.string('postal_address', 300).nullable();
    t.text('notes').nullable();
    // Names and birth dates only: full personal numbers are never put here.
    t.text('search_text').notNullable().defaultTo('');
    for (const column of ['holder_name', 'target_group', 'referring_department_id', 'children_count', 'updated_at']) {
      t.index([column], `households_${column}_idx`);
    }
  });

  await knex.schema.createTable('household_members', (t) => {
    t.increments('id').primary();
    t.integer('household_id').notNullable().references('id').inTable('households');
    t.integer('position').notNullable();
    t.string('name', 200).notNullable();
    t.string('identity_number', 12).notNullable();
    t.string('identity_kind', 20).notNullable();
    t.boolean('is_holder').notNullable().defaultTo(false);
    t.unique(['household_id', 'identity_number'], { indexName: 'household_members_household_identity_uq' });
    // Finding a person's households by their whole number, exactly.
    t.index(['identity_number'], 'household_members_identity_number_idx');
  });

  await knex.schema.createTable('municipal_contracts', (t) => {
    recordColumns(t);
    t.string('contract_number', 20).notNullable().unique();
    t.integer('unit_id').notNullable().references('id').inTable('units');
    // The lease the contract sits on when the unit is rented. No foreign
    // key: the leases table comes with its own migration.
    t.integer('lease_id').nullable();
    t.integer('household_id').notNullable().references('id').inTable('households');
    t.integer('referring_department_id').notNullable().references('id').inTable('departments');
    dateColumn(t, 'start_date').notNullable();
    dateColumn(t, 'end_date').notNullable();
    t.bigInteger('monthly_rent').notNullable();
    t.text('waiver_ground').nullable();
    t.string('waiver_status', 30).notNullable();
    dateColumn(t, 'waiver_application_date').nullable();
    dateColumn(t, 'waiver_decision_date').nullable();
    t.string('waiver_case_number', 40).nullable();
    dateColumn(t, 'landlord_notified_date').nullable();
    t.text('notes').nullable();
    t.string('status', 20).notNullable();
    t.string('phase', 30).notNullable();
    t.string('phase_changed_at', 30).notNullable();
    dateColumn(t, 'notice_date').nullable();
    dateColumn(t, 'termination_date').nullable();
    dateColumn(t, 'ended_on').nullable();
    t.string('end_reason', 40).nullable();
    t.text('end_note').nullable();
    dateColumn(t, 'ends_on').notNullable();
    // JSON array of the warnings a user confirmed when saving (see the audit
    // log for who and when); a new warning must be confirmed again.
    t.text('acknowledged_warnings').nullable();
    t.text('search_text').notNullable().defaultTo('');
    for (const column of [
      'unit_id',
      'household_id',
      'lease_id',
      'status',
      'phase',
      'referring_department_id',
      'start_date',
      'end_date',
      'ends_on',
      'waiver_status',
      'landlord_notified_date',
      'updated_at',
    ]) {
      t.index([column], `municipal_contracts_${column}_idx`);
    }
  });

  await knex.schema.createTable('contract_phase_moves', (t) => {
    t.increments('id').primary();
    t.integer('contract_id').notNullable().references('id').inTable('municipal_contracts');
    t.string('from_phase', 30).nullable();
    t.string('to_phase', 30).notNullable();
    t.string('responsible_department', 10).notNullable();
    t.string('moved_at', 30).notNullable();
    t.string('moved_by', 100).notNullable();
    t.text('note').nullable();
    t.index(['contract_id'], 'contract_phase_moves_contract_id_idx');
  });

  // One row per year: the last number handed out. Incremented inside the
  // write transaction that creates the contract, so numbers have no gaps
  // even when two users create contracts at the same moment.
  await knex.schema.createTable('contract_number_series', (t) => {
    t.integer('year').primary();
    t.integer('last_number').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'contract_number_series',
    'contract_phase_moves',
    'municipal_contracts',
    'household_members',
    'households',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
