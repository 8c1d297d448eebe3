/**
 * Roles (issue 16): each user's role in the shared database, with a version
 * so two administrators changing the same user are told, not overwritten.
 * A database that already has users gets its earliest user as
 * administratör (someone must be able to grant roles) and the rest as
 * handläggare, which is what everyone could do before roles existed.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.string('role', 20).notNullable().defaultTo('handlaggare');
    t.integer('version').notNullable().defaultTo(1);
  });
  const first = (await knex<Record<string, unknown>>('users').orderBy('created_at').orderBy('login').first('login')) as
    { login: string } | undefined;
  if (first)
    await knex<Record<string, unknown>>('users').where({ login: first.login }).update({ role: 'administrator' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('role');
    t.dropColumn('version');
  });
}
