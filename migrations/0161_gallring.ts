/**
 * Gallring (issue 16): when and by which rule a household's or a lease's
 * personal data was removed. The record itself stays, with its dates,
 * sizes and amounts, for the follow-up.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  for (const table of ['households', 'leases']) {
    await knex.schema.alterTable(table, (t) => {
      t.string('gallrad_at', 10).nullable();
      t.string('gallrad_rule', 40).nullable();
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['households', 'leases']) {
    await knex.schema.alterTable(table, (t) => {
      t.dropColumn('gallrad_at');
      t.dropColumn('gallrad_rule');
    });
  }
}
