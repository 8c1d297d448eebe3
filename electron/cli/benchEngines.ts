/**
 * `npm run bench -- engines --db-url postgres://…`: the same questions at
 * 100 000 records on SQLite and on PostgreSQL, side by side. The URL names
 * a server where the bench may create (and afterwards drop) a database of
 * its own; without one, SQLite alone is measured and the output says why.
 *
 * Seeded the same way on both (bulk rows through the same code), then
 * timed through dispatch, as a user's screen asks: the unit grid sorted by
 * address (the Swedish sort key) and deep, the lease grid, the contract
 * grid, Bevakning, and the lease export to CSV.
 */
import knexFactory from 'knex';
import { performance } from 'node:perf_hooks';
import { leasePortfolioColumns } from '../../shared/leases/columns';
import type { ExportJob } from '../../shared/exports/schema';
import type { BackEnd } from '../core/context';
import { dispatch } from '../core/dispatch';
import { bulkUnits } from '../demo/bestand';
import { Random } from '../demo/random';
import { redactUrl } from '../db/target';
import { medianMs, round } from './benchUtil';
import { bulkLeases } from './benchLeases';
import { timedJob } from './benchPortfolio';
import { bulkHouseholdsAndContracts } from './benchRegisters';

async function ok<T>(backEnd: BackEnd, name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input, backEnd);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

const QUESTIONS: { label: string; name: string; input: unknown }[] = [
  {
    label: 'units.list by address (Swedish order), first page + total',
    name: 'units.list',
    input: { limit: 100, sort: [{ column: 'address', direction: 'asc' }] },
  },
  {
    label: 'units.list by address, offset 50 000',
    name: 'units.list',
    input: { offset: 50_000, limit: 100, withTotal: false, sort: [{ column: 'address', direction: 'asc' }] },
  },
  { label: 'units.list quick search, first page + total', name: 'units.list', input: { limit: 100, search: 'väg' } },
  { label: 'leases.list default, first page + total', name: 'leases.list', input: { limit: 100 } },
  {
    label: 'leases.list by landlord name, first page + total',
    name: 'leases.list',
    input: { limit: 100, sort: [{ column: 'landlordName', direction: 'asc' }] },
  },
  { label: 'contracts.list default, first page + total', name: 'contracts.list', input: { limit: 100 } },
  {
    label: 'households.list by name, offset 50 000',
    name: 'households.list',
    input: { offset: 50_000, limit: 100, withTotal: false },
  },
  { label: 'watch.list 120 days (Bevakning)', name: 'watch.list', input: { horizonDays: 120 } },
  { label: 'watch.list counts only (start page)', name: 'watch.list', input: { horizonDays: 120, limit: 0 } },
];

export async function benchEngine(backEnd: BackEnd, count: number, runs: number): Promise<Record<string, number>> {
  const random = new Random(17);
  const figures: Record<string, number> = {};
  const seedStart = performance.now();
  await bulkUnits(backEnd, random, count);
  await bulkLeases(backEnd, random, count);
  await bulkHouseholdsAndContracts(backEnd, random, count);
  figures['seed (units, leases, households + contracts), s'] = round((performance.now() - seedStart) / 1000);
  for (const q of QUESTIONS) figures[`${q.label}, ms`] = await medianMs(() => ok(backEnd, q.name, q.input), runs, 2);
  const csv = await timedJob(backEnd, () =>
    ok<ExportJob>(backEnd, 'exports.start', {
      source: 'leases',
      title: 'Hyresavtal',
      format: 'csv',
      columns: leasePortfolioColumns,
      query: {},
    }),
  );
  figures[`export leases CSV (${csv.rows} rows), ms`] = csv.ms;
  const workbook = await timedJob(backEnd, () => ok<ExportJob>(backEnd, 'exports.portfolio', {}));
  figures[`export portfolio workbook (${workbook.rows} rows), ms`] = workbook.ms;
  return figures;
}

/** A database of the bench's own on the server, dropped afterwards. */
export async function withPgBenchDatabase<T>(serverUrl: string, run: (url: string) => Promise<T>): Promise<T> {
  const admin = knexFactory({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  const name = `bostad_bench_${Date.now().toString(36)}`;
  await admin.raw(`create database ?? template template0 encoding 'UTF8'`, [name]);
  try {
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    return await run(u.toString());
  } finally {
    await admin.raw('drop database if exists ?? with (force)', [name]);
    await admin.destroy();
  }
}

/** Both engines' figures as rows: question → { sqlite, postgresql }. */
export function sideBySide(
  sqlite: Record<string, number>,
  postgresql: Record<string, number> | null,
): Record<string, { sqlite: number; postgresql: number | null }> {
  return Object.fromEntries(
    Object.keys(sqlite).map((k) => [k, { sqlite: sqlite[k]!, postgresql: postgresql?.[k] ?? null }]),
  );
}

export function describeServer(url: string): string {
  return redactUrl(url);
}
