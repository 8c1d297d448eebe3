/**
 * The history shows who made each change by name. The name was read from
 * the users table at display time, so a user who changed their display name
 * appeared under the new name on old entries too. Each audit row now keeps
 * the name as it was when the change was made; older rows are filled with
 * the name known now (the best there is), and the reader falls back to the
 * users table only where a row has none.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_log', (t) => {
    t.string('actor_name', 200).nullable();
  });
  await knex('audit_log').update({
    actor_name: knex('users').select('display_name').where('users.login', knex.ref('audit_log.actor')),
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_log', (t) => {
    t.dropColumn('actor_name');
  });
}
