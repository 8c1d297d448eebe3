/**
 * The knex client for SQLite, changed in one way: write transactions begin
 * with BEGIN IMMEDIATE. Knex begins with a plain (deferred) BEGIN, under
 * which a transaction that reads and then writes can fail with SQLITE_BUSY
 * when another process writes in between — without waiting for the busy
 * timeout. Taking the write lock up front makes a second writer wait its
 * turn instead (sqlite.org/lang_transaction.html). Every transaction opened
 * through this client does so: dispatch's, one per procedure that writes,
 * and the few that jobs open themselves (the lease refresh outside a write,
 * the audit rows of exports and documents, the demo seed and the benches).
 *
 * The driver is this one import: `better-sqlite3`'s knex dialect extends the
 * same classes, so swapping drivers means changing these two paths.
 */
import Client_SQLite3 from 'knex/lib/dialects/sqlite3/index.js';
import Transaction_Sqlite from 'knex/lib/dialects/sqlite3/execution/sqlite-transaction.js';

class ImmediateTransaction extends Transaction_Sqlite {
  override begin(conn: unknown): Promise<unknown> {
    return this.query(conn, 'BEGIN IMMEDIATE;');
  }
}

export class ImmediateSqliteClient extends Client_SQLite3 {
  override transaction(...args: unknown[]): never {
    return new ImmediateTransaction(this, ...args) as never;
  }
}
