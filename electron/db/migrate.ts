/**
 * Runs the bundled migrations (migrations/index.ts) before any window or
 * host opens, and refuses a database that a newer version of the app has
 * migrated: running old code on a newer schema could lose data.
 */
import type { Knex } from 'knex';
import { migrations, type Migration } from '../../migrations';
import { AppError } from '../../shared/core/result';

export const migrationSource: Knex.MigrationSource<Migration> = {
  getMigrations: async () => [...migrations],
  getMigrationName: (m) => m.name,
  getMigration: async (m) => m,
};

/** The names this build knows, in order. */
export function knownMigrationNames(): string[] {
  return migrations.map((m) => m.name);
}

export class DatabaseTooNewError extends AppError {
  constructor(readonly unknownMigrations: string[]) {
    super(
      'INTERNAL',
      `Databasen har uppdaterats av en nyare version av Bostadsportföljen (okända migreringar: ${unknownMigrations.join(', ')}). ` +
        'Installera den senaste versionen av programmet innan du öppnar den här databasen.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** The migrations already applied and those this build would apply. */
export async function pendingMigrations(knex: Knex): Promise<{ applied: string[]; pending: string[] }> {
  if (!(await knex.schema.hasTable('knex_migrations'))) return { applied: [], pending: knownMigrationNames() };
  const applied = ((await knex('knex_migrations').select('name')) as { name: string }[]).map((r) => r.name);
  const done = new Set(applied);
  return { applied, pending: knownMigrationNames().filter((n) => !done.has(n)) };
}

/** Migrates to the latest version; returns the names it applied. */
export async function migrateToLatest(knex: Knex): Promise<string[]> {
  if (await knex.schema.hasTable('knex_migrations')) {
    const applied: { name: string }[] = await knex('knex_migrations').select('name');
    const known = new Set(knownMigrationNames());
    const unknown = applied.map((r) => r.name).filter((n) => !known.has(n));
    if (unknown.length > 0) throw new DatabaseTooNewError(unknown);
  }
  const [, applied] = (await knex.migrate.latest({ migrationSource })) as [number, string[]];
  return applied;
}
