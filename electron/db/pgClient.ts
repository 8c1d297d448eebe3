/**
 * The knex client for PostgreSQL, changed in one way: every transaction
 * takes one transaction-level advisory lock right after BEGIN, so writers
 * run one at a time across every process on the database, as they do on
 * SQLite with BEGIN IMMEDIATE (sqliteClient.ts).
 *
 * Why a lock and not SERIALIZABLE: the services were written for a single
 * writer. They read, check the version, and write (records.ts); they give
 * the next gapless lease or contract number by reading the counter and
 * writing it back (numbering.ts). Under READ COMMITTED two writers would
 * both read the same counter; under SERIALIZABLE one of them would fail
 * with a serialization error that every caller would have to retry. With
 * the advisory lock the second writer simply waits its turn (writes are
 * short: no transaction is held across a user's think time), the checks
 * stay exactly as tested on SQLite, and the lock is released by COMMIT or
 * ROLLBACK, even when the client dies, because PostgreSQL ends the session.
 * Reads take no lock and never wait for a writer (MVCC).
 *
 * Only the dispatch layer and the migrator open transactions; reads run
 * outside them.
 */
import Client_PG from 'knex/lib/dialects/postgres/index.js';
import Transaction_PG from 'knex/lib/dialects/postgres/execution/pg-transaction.js';

/** The one key every Bostadsportföljen writer locks ("BOSTADPF" as ASCII bytes, fits an int8). */
export const WRITE_LOCK_KEY = '4778129351000739910';

class WriteLockedTransaction extends Transaction_PG {
  override async begin(conn: unknown): Promise<unknown> {
    const began = await super.begin(conn);
    await this.query(conn, `SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY});`);
    return began;
  }
}

export class WriteLockedPgClient extends Client_PG {
  override transaction(...args: unknown[]): never {
    return new WriteLockedTransaction(this, ...args) as never;
  }
}
