/**
 * When each unit stock event and each contract phase move stopped holding:
 * `valid_until` is the date (for a move, the moment) the record's next
 * event took over, null while it is the latest. Written when the next one
 * is appended (the units service, the contract lifecycle), so a state as of
 * any date is a plain range read, `from <= D and (valid_until is null or
 * valid_until > D)`, with no window over the events. Measured with
 * `npm run bench -- followup` at 100 000 units and contracts: the `lead()`
 * window that gave the same spans read and sorted every event on each
 * build and was most of the report's time (3:4, 3:7 and 3:10).
 *
 * The existing rows get theirs from the next event in (date, id) order, as
 * the window gave it; the correlated look-up runs once, here.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('unit_stock_events', (t) => {
    t.string('valid_until', 10).nullable();
  });
  await knex.raw(
    `update unit_stock_events set valid_until = (
       select min(n.effective_date) from unit_stock_events n
       where n.unit_id = unit_stock_events.unit_id
         and (n.effective_date > unit_stock_events.effective_date
              or (n.effective_date = unit_stock_events.effective_date and n.id > unit_stock_events.id)))`,
  );
  await knex.schema.alterTable('contract_phase_moves', (t) => {
    t.string('valid_until', 30).nullable();
  });
  await knex.raw(
    `update contract_phase_moves set valid_until = (
       select min(n.moved_at) from contract_phase_moves n
       where n.contract_id = contract_phase_moves.contract_id
         and (n.moved_at > contract_phase_moves.moved_at
              or (n.moved_at = contract_phase_moves.moved_at and n.id > contract_phase_moves.id)))`,
  );
  // Covering the stock by kind, use and owner at several dates, and Bostad Först's units joined to contracts.
  await knex.schema.alterTable('unit_stock_events', (t) => {
    t.index(['in_stock', 'kind', 'use', 'owner_type', 'effective_date', 'valid_until'], 'unit_stock_events_state_idx');
    t.index(['use', 'effective_date', 'unit_id', 'valid_until'], 'unit_stock_events_use_idx');
  });
  await knex.schema.alterTable('contract_phase_moves', (t) => {
    t.index(['moved_at', 'contract_id', 'to_phase', 'valid_until'], 'contract_phase_moves_state_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('contract_phase_moves', (t) => {
    t.dropIndex(['moved_at', 'contract_id', 'to_phase', 'valid_until'], 'contract_phase_moves_state_idx');
  });
  await knex.schema.alterTable('contract_phase_moves', (t) => {
    t.dropColumn('valid_until');
  });
  await knex.schema.alterTable('unit_stock_events', (t) => {
    t.dropIndex(['use', 'effective_date', 'unit_id', 'valid_until'], 'unit_stock_events_use_idx');
    t.dropIndex(
      ['in_stock', 'kind', 'use', 'owner_type', 'effective_date', 'valid_until'],
      'unit_stock_events_state_idx',
    );
  });
  await knex.schema.alterTable('unit_stock_events', (t) => {
    t.dropColumn('valid_until');
  });
}
