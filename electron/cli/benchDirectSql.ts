/**
 * "The same SQL, directly": records the statements one procedure call sends
 * through knex, then replays exactly those statements on a separate plain
 * sqlite3 connection, so the overhead of dispatch and HTTP is measured
 * against the database's own time for the same work.
 */
import sqlite3 from 'sqlite3';
import type { Knex } from 'knex';

export interface RecordedStatement {
  sql: string;
  bindings: readonly unknown[];
}

export async function recordStatements(knex: Knex, run: () => Promise<unknown>): Promise<RecordedStatement[]> {
  const statements: RecordedStatement[] = [];
  const listener = (q: { sql: string; bindings?: readonly unknown[] }) =>
    statements.push({ sql: q.sql, bindings: q.bindings ?? [] });
  knex.on('query', listener);
  try {
    await run();
  } finally {
    knex.off('query', listener);
  }
  return statements;
}

export interface DirectConnection {
  run(statements: RecordedStatement[]): Promise<void>;
  close(): Promise<void>;
}

export async function openDirect(file: string): Promise<DirectConnection> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => (err ? reject(err) : resolve(d)));
  });
  const all = (s: RecordedStatement) =>
    new Promise<void>((resolve, reject) =>
      db.all(s.sql, s.bindings as unknown[], (err) => (err ? reject(err) : resolve())),
    );
  return {
    async run(statements) {
      for (const s of statements) await all(s);
    },
    close: () => new Promise<void>((resolve) => db.close(() => resolve())),
  };
}
