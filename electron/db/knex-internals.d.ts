// Knex's SQLite dialect classes, which it does not type. We subclass them
// only to begin write transactions with BEGIN IMMEDIATE (see sqliteClient.ts).
declare module 'knex/lib/dialects/sqlite3/index.js' {
  import type { Knex } from 'knex';
  const Client_SQLite3: typeof Knex.Client;
  export default Client_SQLite3;
}

declare module 'knex/lib/dialects/sqlite3/execution/sqlite-transaction.js' {
  class Transaction_Sqlite {
    constructor(client: unknown, ...args: unknown[]);
    query(conn: unknown, sql: string): Promise<unknown>;
    begin(conn: unknown): Promise<unknown>;
  }
  export default Transaction_Sqlite;
}
