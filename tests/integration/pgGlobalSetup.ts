/**
 * On the PostgreSQL pass, drops the databases this run created once every
 * worker has finished (testEngine.ts; the migrated template stays for the
 * next run). Nothing to do on SQLite: its files are in temp folders.
 */
import { randomBytes } from 'node:crypto';

export default function setup(): () => Promise<void> {
  // Before testEngine.ts is loaded anywhere: the workers inherit the id.
  process.env['BOSTAD_TEST_RUN'] ??= randomBytes(4).toString('hex');
  return async () => {
    const { dropTestDatabases, onPostgres } = await import('./testEngine');
    if (!onPostgres) return;
    const dropped = await dropTestDatabases();
    console.log(`PostgreSQL pass: dropped ${dropped} test databases.`);
  };
}
