/**
 * The foundation: users and their preferences, the audit log, and the
 * Bestånd register (departments, organisations, units).
 */
import type { Knex } from 'knex';
import { SEEDED_DEPARTMENTS } from '../shared/departments/schema';
import { dateColumn, recordColumns } from './columns';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.string('login', 100).primary();
    t.string('display_name', 100).notNullable();
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
  });

  await knex.schema.createTable('user_prefs', (t) => {
    t.string('login', 100).notNullable().references('login').inTable('users');
    t.string('key', 64).notNullable();
    t.text('value').notNullable();
    t.string('updated_at', 30).notNullable();
    t.primary(['login', 'key']);
  });

  await knex.schema.createTable('audit_log', (t) => {
    t.increments('id').primary();
    t.string('at', 30).notNullable();
    t.string('actor', 100).notNullable();
    t.string('entity', 40).notNullable();
    t.integer('entity_id').nullable();
    t.string('action', 20).notNullable();
    t.text('before').nullable();
    t.text('after').nullable();
    t.index(['entity', 'entity_id'], 'audit_log_entity_idx');
    t.index(['at'], 'audit_log_at_idx');
  });

  await knex.schema.createTable('departments', (t) => {
    recordColumns(t);
    t.string('code', 10).notNullable().unique();
    t.string('name', 200).notNullable();
  });

  await knex.schema.createTable('organisations', (t) => {
    recordColumns(t);
    t.string('name', 200).notNullable();
    t.string('org_number', 11).notNullable().unique();
    t.boolean('is_landlord').notNullable().defaultTo(false);
    t.boolean('is_developer').notNullable().defaultTo(false);
    t.string('contact_person', 200).nullable();
    t.string('phone', 40).nullable();
    t.string('email', 200).nullable();
    t.string('address', 200).nullable();
    t.string('postal_code', 10).nullable();
    t.string('city', 100).nullable();
    t.text('notes').nullable();
    // Lower-cased text the quick search looks in (see electron/core/listQuery.ts).
    t.text('search_text').notNullable().defaultTo('');
    t.index(['name'], 'organisations_name_idx');
  });

  await knex.schema.createTable('units', (t) => {
    recordColumns(t);
    t.string('object_number', 30).notNullable().unique();
    t.string('kind', 20).notNullable();
    t.string('use', 30).notNullable();
    t.string('address', 200).notNullable();
    t.string('postal_code', 10).nullable();
    t.string('district', 100).nullable();
    t.float('rooms').nullable();
    t.float('area_m2').nullable();
    t.integer('floor').nullable();
    t.integer('responsible_department_id').notNullable().references('id').inTable('departments');
    t.string('owner_type', 20).notNullable();
    t.integer('owner_organisation_id').nullable().references('id').inTable('organisations');
    t.string('site', 200).nullable();
    dateColumn(t, 'permit_end_date').nullable();
    t.string('status', 20).notNullable();
    t.text('notes').nullable();
    t.text('search_text').notNullable().defaultTo('');
    // The grid sorts and filters on these; an index each keeps a sorted
    // page of 100 000 units a short index walk instead of a full sort.
    for (const column of [
      'address',
      'district',
      'kind',
      'use',
      'status',
      'permit_end_date',
      'owner_organisation_id',
      'responsible_department_id',
      'updated_at',
    ]) {
      t.index([column], `units_${column}_idx`);
    }
  });

  const now = new Date().toISOString();
  // Migrations see snake_case columns (no name conversion here), not the
  // camelCase rows of electron/db/tables.ts, so they use the untyped builder.
  await knex<Record<string, unknown>>('departments').insert(
    SEEDED_DEPARTMENTS.map((d) => ({
      ...d,
      version: 1,
      created_at: now,
      created_by: 'system',
      updated_at: now,
      updated_by: 'system',
    })),
  );
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['units', 'organisations', 'departments', 'audit_log', 'user_prefs', 'users']) {
    await knex.schema.dropTableIfExists(table);
  }
}
