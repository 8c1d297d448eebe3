/**
 * Inläsning: each import of an Excel list is a batch with its own number,
 * the file it came from and its counts; the records it created or changed
 * (with the version it left them at, so a revert can tell whether anyone
 * has changed them since); the audit rows it wrote name it; and the column
 * mappings users chose, remembered per user and heading set.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('import_batches', (t) => {
    t.increments('id').primary();
    t.string('register', 30).notNullable();
    t.string('file_name', 260).notNullable();
    t.bigInteger('file_size').notNullable();
    t.string('file_sha256', 64).notNullable();
    t.string('sheet', 100).nullable();
    t.string('created_at', 30).notNullable();
    t.string('created_by', 100).notNullable();
    t.integer('created_count').notNullable();
    t.integer('updated_count').notNullable();
    t.integer('unchanged_count').notNullable();
    t.integer('refused_count').notNullable();
    t.string('reverted_at', 30).nullable();
    t.string('reverted_by', 100).nullable();
    t.index(['created_at'], 'import_batches_created_at_idx');
  });

  await knex.schema.createTable('import_batch_records', (t) => {
    t.integer('batch_id').notNullable().references('id').inTable('import_batches');
    t.string('entity', 40).notNullable();
    t.integer('entity_id').notNullable();
    t.string('action', 10).notNullable();
    t.integer('version_after').notNullable();
    // The row as it was before an update, to put back on revert.
    t.text('before').nullable();
    t.primary(['batch_id', 'entity', 'entity_id']);
  });

  await knex.schema.createTable('import_mappings', (t) => {
    t.string('login', 100).notNullable();
    t.string('register', 30).notNullable();
    t.string('heading_key', 64).notNullable();
    t.text('mapping').notNullable();
    t.string('updated_at', 30).notNullable();
    t.primary(['login', 'register', 'heading_key']);
  });

  await knex.schema.alterTable('audit_log', (t) => {
    t.integer('import_batch_id').nullable();
    t.index(['import_batch_id'], 'audit_log_import_batch_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_log', (t) => {
    t.dropIndex(['import_batch_id'], 'audit_log_import_batch_idx');
    t.dropColumn('import_batch_id');
  });
  for (const table of ['import_mappings', 'import_batch_records', 'import_batches']) {
    await knex.schema.dropTableIfExists(table);
  }
}
