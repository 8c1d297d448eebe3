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

// Knex's PostgreSQL dialect classes, subclassed only to take the write lock
// at the start of every transaction (see pgClient.ts).
declare module 'knex/lib/dialects/postgres/index.js' {
  import type { Knex } from 'knex';
  const Client_PG: typeof Knex.Client;
  export default Client_PG;
}

declare module 'knex/lib/dialects/postgres/execution/pg-transaction.js' {
  class Transaction_PG {
    constructor(client: unknown, ...args: unknown[]);
    query(conn: unknown, sql: string): Promise<unknown>;
    begin(conn: unknown): Promise<unknown>;
  }
  export default Transaction_PG;
}
