/**
 * Runs the bundled migrations (migrations/index.ts) before any window or
 * host opens, and refuses a database that a newer version of the app has
 * migrated: running old code on a newer schema could lose data.
 *
 * Two rules keep a shared file usable by everyone:
 * - An up-to-date database is not written at all on start. Knex's migrator
 *   sets and clears its lock row even when nothing is pending, so a
 *   read-only share, or a colleague holding the write lock, would fail
 *   every start.
 * - Every migration runs in knex's one wrapping transaction, lock included:
 *   a killed upgrade rolls back whole and never leaves the lock set, and a
 *   colleague starting at the same moment waits on SQLite's write lock
 *   instead of meeting "Migration table is already locked". Table rebuilds
 *   (0007) need foreign keys off, which SQLite ignores inside a
 *   transaction, so they are turned off on the migrating connection before
 *   the transaction starts, and every key is checked before it commits.
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

function isSqlite(knex: Knex): boolean {
  return ['sqlite3', 'better-sqlite3'].includes((knex.client as { dialect: string }).dialect);
}

/**
 * The migrations already applied and those this build would apply; throws
 * when the database has migrations this build does not know (a newer app).
 */
export async function pendingMigrations(knex: Knex): Promise<{ applied: string[]; pending: string[] }> {
  if (!(await knex.schema.hasTable('knex_migrations'))) return { applied: [], pending: knownMigrationNames() };
  const applied = ((await knex('knex_migrations').select('name')) as { name: string }[]).map((r) => r.name);
  const known = knownMigrationNames();
  const unknown = applied.filter((n) => !known.includes(n));
  if (unknown.length > 0) throw new DatabaseTooNewError(unknown);
  const done = new Set(applied);
  return { applied, pending: known.filter((n) => !done.has(n)) };
}

async function checkForeignKeys(trx: Knex): Promise<void> {
  const broken = (await trx.raw('PRAGMA foreign_key_check')) as { table: string; parent: string }[];
  if (broken.length > 0) {
    const first = broken[0]!;
    throw new Error(`Migration left ${broken.length} broken foreign key(s), first ${first.table} → ${first.parent}`);
  }
}

/**
 * Runs `work` with foreign keys off on the migrating connection (SQLite;
 * the pool holds one connection, so the pragma reaches the transaction).
 */
async function withForeignKeysOff<T>(knex: Knex, work: () => Promise<T>): Promise<T> {
  if (!isSqlite(knex)) return work();
  await knex.raw('PRAGMA foreign_keys = OFF');
  try {
    return await work();
  } finally {
    await knex.raw('PRAGMA foreign_keys = ON');
  }
}

function migratorConfig(knex: Knex): Knex.MigratorConfig {
  return { migrationSource, ...(isSqlite(knex) ? { afterAll: checkForeignKeys } : {}) };
}

/** Migrates to the latest version; returns the names it applied. Writes nothing when none is pending. */
export async function migrateToLatest(knex: Knex): Promise<string[]> {
  if ((await pendingMigrations(knex)).pending.length === 0) return [];
  const [, applied] = (await withForeignKeysOff(knex, () => knex.migrate.latest(migratorConfig(knex)))) as [
    number,
    string[],
  ];
  return applied;
}

/** Undoes migrations down to (and including) `name`; for tests of a migration on a database in use. */
export async function migrateDownTo(knex: Knex, name: string): Promise<void> {
  await withForeignKeysOff(knex, () => knex.migrate.down({ ...migratorConfig(knex), name }));
}

/** Whether knex's lock row says a migration is running (or was killed by an older build). */
export async function migrationLockIsSet(knex: Knex): Promise<boolean> {
  if (!(await knex.schema.hasTable('knex_migrations_lock'))) return false;
  const row = (await knex('knex_migrations_lock').first('is_locked')) as { is_locked: number } | undefined;
  return Number(row?.is_locked ?? 0) === 1;
}

/**
 * Clears a lock left by an upgrade that was killed while it ran without a
 * wrapping transaction (builds before this one). This build sets the lock
 * only inside its migration transaction, so a committed lock that stays
 * set while nobody holds the write lock is stale.
 */
export async function releaseStaleMigrationLock(knex: Knex): Promise<void> {
  await knex('knex_migrations_lock').update({ is_locked: 0 });
}
