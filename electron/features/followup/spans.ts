/**
 * Sets every unit stock event's and contract phase move's `validUntil` from
 * the next one in (date, id) order, for code that writes or redates these
 * events in bulk (the demo's history, the bench's seed) instead of through
 * the units service and the contract lifecycle, which keep it as they
 * append (migration 0157).
 */
import type { Knex } from 'knex';

export async function refreshValidUntil(db: Knex): Promise<void> {
  await db.raw(
    `update unit_stock_events set valid_until = (
       select min(n.effective_date) from unit_stock_events n
       where n.unit_id = unit_stock_events.unit_id
         and (n.effective_date > unit_stock_events.effective_date
              or (n.effective_date = unit_stock_events.effective_date and n.id > unit_stock_events.id)))`,
  );
  await db.raw(
    `update contract_phase_moves set valid_until = (
       select min(n.moved_at) from contract_phase_moves n
       where n.contract_id = contract_phase_moves.contract_id
         and (n.moved_at > contract_phase_moves.moved_at
              or (n.moved_at = contract_phase_moves.moved_at and n.id > contract_phase_moves.id)))`,
  );
}
