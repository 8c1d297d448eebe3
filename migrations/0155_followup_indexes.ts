/**
 * Indexes for the follow-up's figures at 100 000 records per register
 * (measured with `npm run bench -- followup`). Each figure reads a date
 * range and counts rows per period, per outcome or cause; with the date
 * first and the few other columns the figure reads after it, the count is a
 * range scan of the index alone, never a look-up of each row in the table
 * (the registers' rows are wide, their personal data and notes included):
 *
 * - discharges by planned date (3:2), eviction risks by warning and by
 *   outcome date (3:8), quota placements (3:5), move-ons and new rent
 *   guarantees (3:6), newcomers' settlements (3:9), disturbances (3:7),
 *   land deliveries and agreements (3:1);
 * - contracts and leases in force at several dates (3:3, 3:4, 3:7, 3:10):
 *   by start date, with status, end and the columns joined or summed;
 * - each unit's stock events and each contract's phase moves in date order
 *   with what they say, for the one windowed scan that gives the state at
 *   every date (electron/features/followup/atDates.ts).
 */
import type { Knex } from 'knex';

const INDEXES: { table: string; name: string; columns: string[] }[] = [
  {
    table: 'discharges',
    name: 'discharges_followup_idx',
    columns: ['planned_date', 'archived_at', 'outcome'],
  },
  {
    table: 'eviction_risks',
    name: 'eviction_risks_warning_followup_idx',
    columns: ['warning_date', 'archived_at', 'cause', 'outcome_date'],
  },
  {
    table: 'eviction_risks',
    name: 'eviction_risks_outcome_followup_idx',
    columns: ['outcome_date', 'archived_at', 'outcome'],
  },
  {
    table: 'quota_placements',
    name: 'quota_placements_followup_idx',
    columns: ['placement_date', 'archived_at', 'beyond_quota', 'landlord_id'],
  },
  {
    table: 'move_ons',
    name: 'move_ons_followup_idx',
    columns: ['status', 'move_date', 'archived_at', 'guarantee_id'],
  },
  {
    table: 'rent_guarantees',
    name: 'rent_guarantees_followup_idx',
    columns: ['start_date', 'archived_at', 'ended_on'],
  },
  {
    table: 'newcomer_settlements',
    name: 'newcomer_settlements_followup_idx',
    columns: ['settlement_date', 'archived_at'],
  },
  {
    table: 'unit_disturbances',
    name: 'unit_disturbances_followup_idx',
    columns: ['reported_on', 'archived_at'],
  },
  {
    table: 'land_deliveries',
    name: 'land_deliveries_followup_idx',
    columns: ['handed_over_date', 'archived_at', 'land_agreement_id'],
  },
  {
    table: 'land_agreements',
    name: 'land_agreements_signed_followup_idx',
    columns: ['signed_date', 'archived_at', 'waived_date', 'owed_dwellings'],
  },
  {
    table: 'land_agreements',
    name: 'land_agreements_due_followup_idx',
    columns: ['due_date', 'archived_at', 'waived_date', 'owed_dwellings'],
  },
  {
    table: 'municipal_contracts',
    name: 'municipal_contracts_followup_idx',
    columns: ['start_date', 'status', 'ended_on', 'unit_id', 'household_id'],
  },
  {
    table: 'leases',
    name: 'leases_followup_idx',
    columns: ['start_date', 'status', 'archived_at', 'ends_on', 'rent_per_year_ore'],
  },
  {
    table: 'unit_stock_events',
    name: 'unit_stock_events_followup_idx',
    columns: ['unit_id', 'effective_date', 'id', 'kind', 'use', 'owner_type', 'in_stock'],
  },
  {
    table: 'contract_phase_moves',
    name: 'contract_phase_moves_followup_idx',
    columns: ['contract_id', 'moved_at', 'id', 'to_phase'],
  },
  {
    table: 'contract_phase_moves',
    name: 'contract_phase_moves_moved_at_idx',
    columns: ['moved_at', 'from_phase'],
  },
];

export async function up(knex: Knex): Promise<void> {
  for (const i of INDEXES) await knex.schema.alterTable(i.table, (t) => t.index(i.columns, i.name));
}

export async function down(knex: Knex): Promise<void> {
  for (const i of INDEXES) await knex.schema.alterTable(i.table, (t) => t.dropIndex(i.columns, i.name));
}
