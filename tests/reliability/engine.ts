/**
 * The database the harness runs against, as a parameter: an SQLite file
 * today, a PostgreSQL URL once the dialect lands (issue 11, i11a). The
 * harness starts real browser-host processes with these arguments and
 * checks through their API, so the same trials run on both engines; only
 * the file-level checks (integrity_check, file backups) are SQLite's.
 */
import type { Knex } from 'knex';
import knexFactory from 'knex';

export type Engine = { kind: 'sqlite'; file: string } | { kind: 'postgresql'; url: string };

/** The host's command-line arguments that select this database. */
export function hostArgs(engine: Engine): string[] {
  return engine.kind === 'sqlite' ? ['--db', engine.file] : ['--db-url', engine.url];
}

/** A plain connection (snake_case, no migrations) for comparing tables. */
export function plainKnex(engine: Engine): Knex {
  return engine.kind === 'sqlite'
    ? knexFactory({
        client: 'sqlite3',
        connection: { filename: engine.file },
        useNullAsDefault: true,
        pool: { min: 1, max: 1 },
      })
    : knexFactory({ client: 'pg', connection: engine.url, pool: { min: 1, max: 2 } });
}

/** `PRAGMA integrity_check` on SQLite; PostgreSQL's own crash recovery is the server's. */
export async function integrity(engine: Engine): Promise<string> {
  if (engine.kind !== 'sqlite') return 'n/a (PostgreSQL: WAL recovery by the server)';
  const knex = plainKnex(engine);
  try {
    const rows = (await knex.raw('pragma integrity_check')) as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    await knex.destroy();
  }
}
