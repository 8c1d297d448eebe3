/** Shared settings: one versioned row per group (organisation, texts). */
import type { Knex } from 'knex';
import { recordColumns } from './columns';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('settings', (t) => {
    recordColumns(t);
    t.string('key', 40).notNullable().unique();
    t.text('value').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('settings');
}
