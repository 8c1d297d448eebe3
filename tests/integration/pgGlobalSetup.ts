/**
 * On the PostgreSQL pass, drops the databases the tests created once every
 * worker has finished (testEngine.ts). Nothing to do on SQLite: its files
 * are in temp folders.
 */
import { dropTestDatabases, onPostgres } from './testEngine';

export default function setup(): () => Promise<void> {
  return async () => {
    if (!onPostgres) return;
    const dropped = await dropTestDatabases();
    console.log(`PostgreSQL pass: dropped ${dropped} test databases.`);
  };
}
