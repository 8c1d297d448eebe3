/**
 * A database of its own on a PostgreSQL server the benches were given:
 * created empty, named uniquely (so runs and phases never share data or
 * trip over a second seeding), and dropped afterwards with its connections.
 */
import knexFactory from 'knex';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

let counter = 0;

export async function createScratchDatabase(server: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${++counter}`.toLowerCase();
  const admin = knexFactory({ client: 'pg', connection: server, pool: { min: 0, max: 1 } });
  try {
    await admin.raw(`create database ?? template template0 encoding 'UTF8'`, [name]);
  } catch (error) {
    await admin.destroy();
    throw error;
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      try {
        await admin.raw('drop database if exists ?? with (force)', [name]);
      } finally {
        await admin.destroy();
      }
    },
  };
}
