/**
 * Bilagor (shared/attachments/schema.ts). The bytes sit in a table of
 * their own, so listing a record's attachments never reads a file, and in
 * the database itself (blob / bytea), so a backup of the database is a
 * backup of the attachments and both engines hold them alike. The sha256
 * is kept beside them so a copy can be checked against the original.
 */
import type { Knex } from 'knex';
import { dateColumn, recordColumns } from './columns';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('attachments', (t) => {
    recordColumns(t);
    t.string('owner', 20).notNullable();
    t.integer('owner_id').notNullable();
    t.string('kind', 30).notNullable();
    dateColumn(t, 'document_date').notNullable();
    t.string('file_name', 255).notNullable();
    t.text('note').nullable();
    t.string('media_type', 40).notNullable();
    t.integer('size_bytes').notNullable();
    t.string('sha256', 64).notNullable();
    t.boolean('encrypted').notNullable().defaultTo(false);
    t.index(['owner', 'owner_id'], 'attachments_owner_idx');
  });
  await knex.schema.createTable('attachment_contents', (t) => {
    t.integer('attachment_id').primary().references('id').inTable('attachments');
    t.binary('content').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('attachment_contents');
  await knex.schema.dropTableIfExists('attachments');
}
