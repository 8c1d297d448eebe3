/**
 * Which engine the integration suite runs on. `npm test` runs it twice:
 * on SQLite files, then with BOSTAD_TEST_ENGINE=postgresql and
 * BOSTAD_TEST_PG_URL (an administrator's URL to a throw-away cluster,
 * scripts/test-pg.mjs) on PostgreSQL. Each test back end then gets its own database, created from
 * a template migrated once per run of migrations, so a test costs one
 * CREATE DATABASE, not a migration.
 */
import { createHash } from 'node:crypto';
import knexFactory, { type Knex } from 'knex';
import { openDatabase } from '../../electron/db/connection';
import { knownMigrationNames } from '../../electron/db/migrate';

export const testEngine: 'sqlite' | 'postgresql' =
  process.env['BOSTAD_TEST_ENGINE'] === 'postgresql' ? 'postgresql' : 'sqlite';
export const PG_ADMIN_URL = testEngine === 'postgresql' ? (process.env['BOSTAD_TEST_PG_URL'] ?? '') : '';
if (testEngine === 'postgresql' && !PG_ADMIN_URL) {
  throw new Error('BOSTAD_TEST_ENGINE=postgresql needs BOSTAD_TEST_PG_URL (see scripts/test-pg.mjs)');
}
export const onPostgres = testEngine === 'postgresql';

/**
 * For the few tests about one engine's own machinery (SQLite pragmas and
 * table rebuilds): true when they do not apply here, with the reason printed.
 */
export function skipUnlessSqlite(what: string): boolean {
  if (!onPostgres) return false;
  console.log(`Skipped on PostgreSQL: ${what} applies to the SQLite file only.`);
  return true;
}

/** The other way round: true (and the reason printed) on SQLite. */
export function skipUnlessPostgres(what: string): boolean {
  if (onPostgres) return false;
  console.log(`Skipped on SQLite: ${what} needs PostgreSQL (the PostgreSQL pass of npm test runs it).`);
  return true;
}

/**
 * This run's databases are named after it (pgGlobalSetup.ts sets the id
 * before the workers start), so the teardown drops this run's and never
 * another's running on the same server.
 */
const RUN = process.env['BOSTAD_TEST_RUN'] ?? `p${process.pid}`;
const PREFIX = `bostad_t_${RUN}_`;

let admin: Knex | null = null;
function adminDb(): Knex {
  admin ??= knexFactory({ client: 'pg', connection: PG_ADMIN_URL, pool: { min: 0, max: 1 } });
  return admin;
}

export function databaseUrl(name: string): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Named after the migrations it holds: a new migration makes a new template. */
const TEMPLATE = `bostad_tpl_${createHash('sha1').update(knownMigrationNames().join(',')).digest('hex').slice(0, 10)}`;
let templateReady: Promise<void> | null = null;

async function ensureTemplate(): Promise<void> {
  const db = adminDb();
  // Two vitest workers may get here at once: one builds, the other waits.
  // CREATE DATABASE cannot run in a transaction, so the lock is the
  // session's (the admin pool has one connection).
  await db.raw('select pg_advisory_lock(72110)');
  try {
    const exists = await db('pg_database').where({ datname: TEMPLATE }).first('datname');
    if (exists) return;
    const building = `${TEMPLATE}_build`;
    await db.raw('drop database if exists ??', [building]);
    await db.raw(`create database ?? template template0 encoding 'UTF8'`, [building]);
    const built = await openDatabase(databaseUrl(building));
    await built.close();
    await db.raw('alter database ?? rename to ??', [building, TEMPLATE]);
  } finally {
    await db.raw('select pg_advisory_unlock(72110)');
  }
}

/**
 * Open back ends per database this worker created. Each database is some
 * 8 MB of catalog, so the closed ones are dropped when the next is made
 * (a test that closes a database and opens it again does so before it
 * makes another); the global teardown drops whatever is left.
 */
const openCount = new Map<string, number>();

export function databaseOpened(url: string): void {
  if (openCount.has(url)) openCount.set(url, openCount.get(url)! + 1);
}

export function databaseClosed(url: string): void {
  if (openCount.has(url)) openCount.set(url, openCount.get(url)! - 1);
}

async function dropClosedDatabases(): Promise<void> {
  for (const [url, n] of openCount) {
    if (n > 0) continue;
    openCount.delete(url);
    await adminDb().raw('drop database if exists ?? with (force)', [new URL(url).pathname.slice(1)]);
  }
}

let counter = 0;
/** A fresh, migrated database; returns its URL. */
export async function createTestDatabase(): Promise<string> {
  templateReady ??= ensureTemplate();
  await templateReady;
  await dropClosedDatabases();
  const name = `${PREFIX}${process.pid}_${counter++}`;
  await adminDb().raw('create database ?? template ??', [name, TEMPLATE]);
  const url = databaseUrl(name);
  openCount.set(url, 0);
  return url;
}

/** An empty database (no tables at all), for copy-db; returns its URL. */
export async function createEmptyTestDatabase(): Promise<string> {
  const name = `${PREFIX}${process.pid}_${counter++}`;
  await adminDb().raw(`create database ?? template template0 encoding 'UTF8'`, [name]);
  return databaseUrl(name);
}

/** Drops one database (the concurrency trial's, when it is done). */
export async function dropTestDatabase(url: string): Promise<void> {
  await adminDb().raw('drop database if exists ?? with (force)', [new URL(url).pathname.slice(1)]);
}

/** Closes the administrator's connection (for runs without the global teardown). */
export async function closeTestAdmin(): Promise<void> {
  await admin?.destroy();
  admin = null;
}

/** Drops every database this run made (the global teardown, once all workers are done). */
export async function dropTestDatabases(): Promise<number> {
  const db = adminDb();
  try {
    const names = (await db('pg_database')
      .where('datname', 'like', `${PREFIX.replace(/_/g, '\\_')}%`)
      .pluck('datname')) as string[];
    for (const name of names) await db.raw('drop database if exists ?? with (force)', [name]);
    return names.length;
  } finally {
    await db.destroy();
    admin = null;
  }
}
