/**
 * Indexes for the registers beside the leases at 100 000 records, each for
 * a question a screen asks (measured with electron/cli/benchRegisters.ts):
 *
 * - contracts by status and end: Bevakning's "ending" and the grid's
 *   "active, by end date" read a range in order instead of sorting every
 *   active contract; with archived_at, phase and waiver status in the index
 *   the start page's counts (contracts.summary) never touch the table;
 * - contracts without an approved waiver, and without the landlord told,
 *   by start date: Bevakning's two kinds read their range;
 * - units by owner, with archived_at: the landlord list counts each
 *   owner's units from the index alone;
 * - households in name order, active ones only (a partial index): the
 *   grid's page at offset 50 000 is a walk of the index, with no look-up of
 *   each skipped household to see whether it is archived (119 ms → 4 ms).
 */
import type { Knex } from 'knex';

const INDEXES: { table: string; name: string; columns: string[] }[] = [
  {
    table: 'municipal_contracts',
    name: 'municipal_contracts_status_ends_on_idx',
    columns: ['status', 'ends_on', 'archived_at', 'phase', 'waiver_status'],
  },
  {
    table: 'municipal_contracts',
    name: 'municipal_contracts_waiver_start_idx',
    columns: ['waiver_status', 'start_date'],
  },
  {
    table: 'municipal_contracts',
    name: 'municipal_contracts_notified_start_idx',
    columns: ['landlord_notified_date', 'start_date'],
  },
  { table: 'units', name: 'units_owner_archived_idx', columns: ['owner_organisation_id', 'archived_at'] },
];

const ACTIVE_HOUSEHOLDS_BY_NAME = 'households_active_holder_name_idx';

export async function up(knex: Knex): Promise<void> {
  for (const i of INDEXES) await knex.schema.alterTable(i.table, (t) => t.index(i.columns, i.name));
  await knex.schema.alterTable('households', (t) => {
    t.index(['holder_name'], ACTIVE_HOUSEHOLDS_BY_NAME, { predicate: knex.whereNull('archived_at') });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('households', (t) => t.dropIndex(['holder_name'], ACTIVE_HOUSEHOLDS_BY_NAME));
  for (const i of INDEXES) await knex.schema.alterTable(i.table, (t) => t.dropIndex(i.columns, i.name));
}
