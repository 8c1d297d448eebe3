/**
 * The import's reference: the same rows the import committed (landlords,
 * units, leases, their links, the audit rows, the batch) inserted into an
 * empty database of the same schema with plain prepared statements in one
 * transaction, the fastest way SQLite stores them. The import's time over
 * this is what reading the file, validating, matching and going through
 * knex cost on top of the database's own work.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sqlite3 from 'sqlite3';
import { openDatabase } from '../db/connection';

/** The tables an import of leases writes, parents first. */
const TABLES = [
  'organisations',
  'units',
  'leases',
  'lease_units',
  'lease_number_counters',
  'import_batches',
  'import_batch_records',
  'import_mappings',
  'audit_log',
];

type Row = Record<string, unknown>;

function open(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, mode, (err) => (err ? reject(err) : resolve(db)));
  });
}

function all(db: sqlite3.Database, sql: string): Promise<Row[]> {
  return new Promise((resolve, reject) => db.all(sql, (err, rows: Row[]) => (err ? reject(err) : resolve(rows))));
}

function exec(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));
}

function runStatement(statement: sqlite3.Statement, values: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => statement.run(values, (err) => (err ? reject(err) : resolve())));
}

function finalize(statement: sqlite3.Statement): Promise<void> {
  return new Promise((resolve) => statement.finalize(() => resolve()));
}

/** Milliseconds to insert, directly, every row the import left in `importedFile` (rows already in memory). */
export async function directInsertMs(importedFile: string): Promise<{ ms: number; rows: number }> {
  const source = await open(importedFile, sqlite3.OPEN_READONLY);
  const data: { table: string; rows: Row[] }[] = [];
  for (const table of TABLES) data.push({ table, rows: await all(source, `select * from ${table}`) });
  await new Promise<void>((resolve) => source.close(() => resolve()));

  // An empty database with the same schema, as the app creates it; departments and settings are seeded there too.
  const dir = fs.mkdtempSync(path.join(path.dirname(importedFile), 'direct-'));
  const file = path.join(dir, 'direct.sqlite');
  await (await openDatabase(file)).close();
  const target = await open(file, sqlite3.OPEN_READWRITE);
  try {
    await exec(target, 'pragma foreign_keys = on; pragma synchronous = full; pragma journal_mode = delete;');
    const start = performance.now();
    await exec(target, 'begin immediate');
    let count = 0;
    for (const { table, rows } of data) {
      if (rows.length === 0) continue;
      const columns = Object.keys(rows[0]!);
      const statement = target.prepare(
        `insert or replace into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of rows)
        await runStatement(
          statement,
          columns.map((c) => row[c]),
        );
      await finalize(statement);
      count += rows.length;
    }
    await exec(target, 'commit');
    return { ms: performance.now() - start, rows: count };
  } finally {
    await new Promise<void>((resolve) => target.close(() => resolve()));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
