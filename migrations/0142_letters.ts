/**
 * Letters sent (shared/letters/schema.ts): one row per letter, and the
 * records it covers (one 12:39 letter may cover several contracts of one
 * landlord).
 */
import type { Knex } from 'knex';
import { dateColumn, recordColumns } from './columns';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('letters', (t) => {
    recordColumns(t);
    t.string('kind', 30).notNullable();
    t.string('owner', 20).notNullable();
    t.integer('recipient_organisation_id').nullable().references('id').inTable('organisations');
    dateColumn(t, 'sent_on').notNullable();
    t.string('method', 20).notNullable();
    t.string('sent_by_name', 200).notNullable();
    // The day the recipient signed for it (a notice's mottagningsbevis).
    dateColumn(t, 'received_on').nullable();
  });
  await knex.schema.createTable('letter_records', (t) => {
    t.integer('letter_id').notNullable().references('id').inTable('letters');
    t.string('owner', 20).notNullable();
    t.integer('owner_id').notNullable();
    t.primary(['letter_id', 'owner', 'owner_id']);
    t.index(['owner', 'owner_id'], 'letter_records_owner_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('letter_records');
  await knex.schema.dropTableIfExists('letters');
}
