/**
 * Getting households onward (plan 3:5, 3:6, 3:9): rent guarantees and their
 * claims, the yearly quota per landlord and the placements counted against
 * it, move-ons from a kommunalt kontrakt to a first-hand lease, FF's
 * "ready to move on" flag per household, and newcomers' settlement dates.
 *
 * Newcomer data has its own table (one row per household) rather than
 * columns on households: it concerns few households, has its own editors
 * and history, and keeps the household record (edited by another screen)
 * free of version clashes. The same holds for the ready flag. The end of the
 * establishment period is not stored: it follows from the settlement date
 * and a setting that may change (SOU 2025:35), so lists compute it.
 */
import type { Knex } from 'knex';
import { dateColumn, recordColumns } from './columns';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('quota_placements', (t) => {
    recordColumns(t);
    t.integer('household_id').notNullable().references('id').inTable('households');
    t.integer('landlord_id').notNullable().references('id').inTable('organisations');
    // Its calendar year decides which quota the placement counts against.
    dateColumn(t, 'placement_date').notNullable();
    // The three conditions of plan 3:5, each confirmed (all three must be).
    t.boolean('paid_current_rent').notNullable();
    t.boolean('no_disturbances').notNullable();
    t.boolean('ff_vouches').notNullable();
    // Set when the quota was already full (or none agreed) at registration.
    t.boolean('beyond_quota').notNullable().defaultTo(false);
    t.text('beyond_quota_reason').nullable();
    t.text('notes').nullable();
    t.index(['landlord_id', 'placement_date'], 'quota_placements_landlord_date_idx');
    t.index(['household_id'], 'quota_placements_household_id_idx');
  });

  await knex.schema.createTable('quotas', (t) => {
    recordColumns(t);
    t.integer('landlord_id').notNullable().references('id').inTable('organisations');
    t.integer('year').notNullable();
    t.integer('places').notNullable();
    t.text('notes').nullable();
    t.unique(['landlord_id', 'year'], { indexName: 'quotas_landlord_year_uq' });
    t.index(['year'], 'quotas_year_idx');
  });

  await knex.schema.createTable('rent_guarantees', (t) => {
    recordColumns(t);
    t.integer('household_id').notNullable().references('id').inTable('households');
    t.integer('landlord_id').notNullable().references('id').inTable('organisations');
    // The first-hand lease the guarantee covers.
    t.string('lease_address', 200).notNullable();
    t.string('lease_reference', 60).nullable();
    t.bigInteger('monthly_rent').notNullable();
    t.bigInteger('guaranteed_amount').notNullable();
    dateColumn(t, 'start_date').notNullable();
    dateColumn(t, 'end_date').nullable();
    t.boolean('first_hand_lease').notNullable().defaultTo(true);
    // The municipality's assessment; null while none is recorded.
    t.boolean('can_pay_without_forsorjningsstod').nullable();
    t.integer('placement_id').nullable().references('id').inTable('quota_placements');
    t.string('status', 20).notNullable();
    dateColumn(t, 'ended_on').nullable();
    // Sum of the claims, kept by the claim service in the same transaction
    // so lists sort and sum it without a join.
    t.bigInteger('claimed_total').notNullable().defaultTo(0);
    dateColumn(t, 'grant_applied_on').nullable();
    t.text('notes').nullable();
    t.text('search_text').notNullable().defaultTo('');
    for (const column of [
      'household_id',
      'landlord_id',
      'status',
      'start_date',
      'end_date',
      'grant_applied_on',
      'lease_address',
      'guaranteed_amount',
      'monthly_rent',
      'claimed_total',
      'updated_at',
    ]) {
      t.index([column], `rent_guarantees_${column}_idx`);
    }
  });

  // Claims paid out under a guarantee: appended, never changed (the
  // guarantee's version guards each one, and the audit log keeps them).
  await knex.schema.createTable('guarantee_claims', (t) => {
    t.increments('id').primary();
    t.integer('guarantee_id').notNullable().references('id').inTable('rent_guarantees');
    dateColumn(t, 'claim_date').notNullable();
    t.bigInteger('amount').notNullable();
    t.text('note').nullable();
    t.string('created_at', 30).notNullable();
    t.string('created_by', 100).notNullable();
    t.index(['guarantee_id'], 'guarantee_claims_guarantee_id_idx');
  });

  await knex.schema.createTable('move_ons', (t) => {
    recordColumns(t);
    t.integer('household_id').notNullable().references('id').inTable('households');
    t.integer('contract_id').notNullable().references('id').inTable('municipal_contracts');
    t.integer('landlord_id').notNullable().references('id').inTable('organisations');
    dateColumn(t, 'move_date').notNullable();
    t.string('new_address', 200).notNullable();
    t.integer('guarantee_id').nullable().references('id').inTable('rent_guarantees');
    t.integer('placement_id').nullable().references('id').inTable('quota_placements');
    // planerad: notice given, the contract ends on the moving day;
    // genomford: the contract is ended.
    t.string('status', 20).notNullable();
    t.text('notes').nullable();
    t.index(['move_date'], 'move_ons_move_date_idx');
    t.index(['status', 'move_date'], 'move_ons_status_move_date_idx');
    t.index(['household_id'], 'move_ons_household_id_idx');
    t.index(['contract_id'], 'move_ons_contract_id_idx');
  });

  await knex.schema.createTable('move_on_readiness', (t) => {
    recordColumns(t);
    t.integer('household_id').notNullable().unique().references('id').inTable('households');
    t.boolean('ready').notNullable().defaultTo(false);
    t.text('note').nullable();
    t.index(['ready'], 'move_on_readiness_ready_idx');
  });

  await knex.schema.createTable('newcomer_settlements', (t) => {
    recordColumns(t);
    t.integer('household_id').notNullable().unique().references('id').inTable('households');
    // The day the Migrationsverket/länsstyrelsen assignment (anvisning) reached the city.
    dateColumn(t, 'assignment_date').notNullable();
    dateColumn(t, 'settlement_date').notNullable();
    t.text('notes').nullable();
    t.index(['settlement_date'], 'newcomer_settlements_settlement_date_idx');
    t.index(['assignment_date'], 'newcomer_settlements_assignment_date_idx');
  });

  // The candidate list filters live contracts by how long they have run.
  await knex.schema.alterTable('municipal_contracts', (t) => {
    t.index(['status', 'start_date'], 'municipal_contracts_status_start_date_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('municipal_contracts', (t) => {
    t.dropIndex(['status', 'start_date'], 'municipal_contracts_status_start_date_idx');
  });
  for (const table of [
    'newcomer_settlements',
    'move_on_readiness',
    'move_ons',
    'guarantee_claims',
    'rent_guarantees',
    'quotas',
    'quota_placements',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
