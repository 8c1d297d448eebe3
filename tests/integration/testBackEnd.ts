/**
 * A real back end over a real SQLite file in a fresh temp folder, or a
 * fresh PostgreSQL database when the suite runs on PostgreSQL
 * (testEngine.ts), migrated by the same migration source the app uses. `call` goes through dispatch,
 * the one way in, exactly as both transports do.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Api, ProcedureName } from '../../shared/api';
import type { InputOf, OutputOf } from '../../shared/core/procedure';
import type { Envelope } from '../../shared/core/result';
import { startBackEnd } from '../../electron/core/backEnd';
import type { Knex } from 'knex';
import type { BackEnd, ServiceContext } from '../../electron/core/context';
import { dispatch } from '../../electron/core/dispatch';
import { createTestDatabase, databaseClosed, databaseOpened, onPostgres } from './testEngine';

export interface TestBackEnd {
  backEnd: BackEnd;
  dir: string;
  /** The SQLite file, or on PostgreSQL the database's URL: pass it back as `dbPath` to open it again. */
  dbPath: string;
  /** The raw envelope, for asserting on errors. */
  send(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** The value, or a thrown error with the envelope's message. */
  call<K extends ProcedureName>(name: K, input: InputOf<Api[K]>): Promise<OutputOf<Api[K]>>;
  close(): Promise<void>;
}

export function tempDir(prefix = 'bostad-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function openTestBackEnd(
  options: { dbPath?: string; today?: string; login?: string } = {},
): Promise<TestBackEnd> {
  const dir = options.dbPath && !onPostgres ? path.dirname(options.dbPath) : tempDir();
  const dbPath = options.dbPath ?? (onPostgres ? await createTestDatabase() : path.join(dir, 'test.sqlite'));
  const backEnd = await startBackEnd({
    databasePath: dbPath,
    today: options.today ?? '2026-11-26',
    login: options.login ?? 'testare',
    // pg_dump's copies, on PostgreSQL: in the test's own folder.
    serverBackupDir: path.join(dir, 'sakerhetskopior'),
  });
  // The day's job runs in the background from start-up; tests start from a settled day.
  await backEnd.dailyJobRun();
  if (onPostgres) databaseOpened(dbPath);
  const send = (name: string, input: unknown) => dispatch(name, input, backEnd);
  return {
    backEnd,
    dir,
    dbPath,
    send,
    async call(name, input) {
      const result = await send(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    // A PostgreSQL test database outlives close (a test may open it again,
    // as it would reopen a file); testEngine.ts drops it once none is open.
    async close() {
      await backEnd.close();
      databaseClosed(dbPath);
    },
  };
}

/** A service context over the test's back end (or a transaction of it), for calling a service directly. */
export function serviceContext(t: TestBackEnd, db: Knex = t.backEnd.database.knex): ServiceContext {
  return {
    db,
    actor: t.backEnd.actor,
    role: 'handlaggare',
    clock: t.backEnd.clock,
    info: t.backEnd.info(),
    maintenance: t.backEnd.maintenance,
    dbTarget: t.backEnd.database.target,
  };
}

/** Counts rows in a table, straight from the database. */
export async function countRows(t: TestBackEnd, table: string): Promise<number> {
  const row = (await t.backEnd.database.knex(table).count({ n: '*' }).first()) as { n: number | string };
  return Number(row.n);
}

/** The seeded departments' ids by code (FF, SOF, AMF, VOF, SLF, MEX). */
export async function departmentIds(t: TestBackEnd): Promise<Record<string, number>> {
  return Object.fromEntries((await t.call('departments.list', {})).map((d) => [d.code, d.id]));
}
