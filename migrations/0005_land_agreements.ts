/**
 * Markanvisningar (plan 3:1): land agreements with developers and the
 * dwellings each developer hands over in its existing stock. Status is not
 * stored: it follows from owed, delivered, the due date and today, and is
 * computed in SQL when the list asks (electron/features/landAgreements).
 */
import type { Knex } from 'knex';
import { dateColumn, recordColumns } from './columns';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('land_agreements', (t) => {
    recordColumns(t);
    t.integer('developer_organisation_id').notNullable().references('id').inTable('organisations');
    t.string('project_name', 200).notNullable();
    t.string('property_designation', 200).notNullable();
    t.string('agreement_kind', 30).notNullable();
    dateColumn(t, 'signed_date').notNullable();
    t.integer('volume_dwellings').notNullable();
    t.integer('gross_floor_area_m2').nullable();
    t.float('commitment_percent').notNullable();
    // What the rounding rule gives, kept beside what is owed so an
    // override can always be compared with the rule.
    t.integer('owed_computed').notNullable();
    t.integer('owed_override').nullable();
    t.text('owed_override_reason').nullable();
    // The count in force: the override when there is one, else the rule's.
    t.integer('owed_dwellings').notNullable();
    // Active deliveries, recounted by the delivery service in the same
    // transaction as every delivery write; never typed. Kept here so that
    // sorting, filtering and summing by status stay one pass over this table
    // (a correlated count per row made a status sort of 100 000 agreements
    // take 0.4 s and the summary 4 s).
    t.integer('delivered_count').notNullable().defaultTo(0);
    dateColumn(t, 'due_date').nullable();
    dateColumn(t, 'waived_date').nullable();
    t.text('waiver_reason').nullable();
    t.string('waiver_decision_ref', 100).nullable();
    t.text('notes').nullable();
    t.text('search_text').notNullable().defaultTo('');
    for (const column of [
      'developer_organisation_id',
      'project_name',
      'property_designation',
      'agreement_kind',
      'signed_date',
      'due_date',
      'updated_at',
    ]) {
      t.index([column], `land_agreements_${column}_idx`);
    }
  });

  // The grid's default order, exactly as the list query writes it (empty
  // values last): the first page is an index walk, not a sort of every row.
  await knex.raw(
    'create index land_agreements_default_order_idx on land_agreements ((due_date is null), due_date, (project_name is null), project_name)',
  );

  await knex.schema.createTable('land_deliveries', (t) => {
    recordColumns(t);
    t.integer('land_agreement_id').notNullable().references('id').inTable('land_agreements');
    t.integer('unit_id').notNullable().references('id').inTable('units');
    // The city's lease of the unit, where it rents it. The leases table is
    // built on another branch: the foreign key is added when both meet.
    t.integer('lease_id').nullable();
    dateColumn(t, 'handed_over_date').notNullable();
    t.text('notes').nullable();
    // Counting an agreement's deliveries is an index range, not a scan.
    t.index(['land_agreement_id', 'archived_at'], 'land_deliveries_agreement_idx');
    t.index(['handed_over_date'], 'land_deliveries_handed_over_date_idx');
    t.index(['lease_id'], 'land_deliveries_lease_id_idx');
  });
  // A dwelling counts once: one active delivery per unit, whichever agreement.
  await knex.schema.alterTable('land_deliveries', (t) => {
    t.unique(['unit_id'], { indexName: 'land_deliveries_unit_active_uq', predicate: knex.whereNull('archived_at') });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('land_deliveries');
  await knex.schema.dropTableIfExists('land_agreements');
}
