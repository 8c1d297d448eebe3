/**
 * `npm run bench`: benchmarks, not tests. Seeds a temporary database at
 * scale and prints the figures as JSON. Machines here are noisy: compare
 * ratios (through the app vs the same SQL directly) more than absolutes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { startBackEnd } from '../core/backEnd';
import { bulkUnits } from '../demo/bestand';
import { Random } from '../demo/random';
import { round } from './benchUtil';
import { benchLeases, bulkLeases } from './benchLeases';
import { benchContractPdf, benchPortfolio } from './benchPortfolio';
import { benchRegisters } from './benchRegisters';
import { benchEngine, describeServer, sideBySide, withPgBenchDatabase } from './benchEngines';
import { option } from './args';
import { benchUnitGridInChromium, benchUnitList, rendererDirFrom } from './benchUnits';

const UNITS = Number(process.env['BENCH_UNITS'] ?? 100_000);
const LEASES = Number(process.env['BENCH_LEASES'] ?? 100_000);
/** Which parts to run: `npm run bench -- units leases portfolio registers engines` (all but engines when none named). */
const PARTS = process.argv.slice(2).filter((a, i, all) => !a.startsWith('-') && all[i - 1] !== '--db-url');
/** `engines` runs only when named; the other parts run when none is named. */
const wanted = (part: string) => (PARTS.length === 0 ? true : PARTS.includes(part));

async function withDatabase<T = Record<string, unknown>>(
  name: string,
  run: (backEnd: Awaited<ReturnType<typeof startBackEnd>>) => Promise<T>,
  databaseUrl?: string,
): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bostad-bench-${name}-`));
  const backEnd = await startBackEnd({
    databasePath: databaseUrl ?? path.join(dir, 'bench.sqlite'),
    today: '2026-11-26',
    login: 'bench',
  });
  try {
    return await run(backEnd);
  } finally {
    await backEnd.database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    node: process.version,
    cpus: os.cpus().length,
    loadAverage: os.loadavg().map((l) => round(l)),
  };
  if (wanted('units')) {
    results['units'] = await withDatabase('units', async (backEnd) => {
      const seedStart = performance.now();
      await bulkUnits(backEnd, new Random(7), UNITS);
      return {
        units: UNITS,
        seedMs: round(performance.now() - seedStart),
        ...(await benchUnitList(backEnd)),
        ...(await benchUnitGridInChromium(backEnd, rendererDirFrom(path.dirname(fileURLToPath(import.meta.url))))),
        ...(await benchContractPdf(backEnd)),
      };
    });
  }
  if (wanted('leases') || wanted('portfolio')) {
    results['leases'] = await withDatabase('leases', async (backEnd) => {
      const leases = wanted('leases')
        ? await benchLeases(backEnd, { leases: LEASES })
        : (await bulkLeases(backEnd, new Random(3), LEASES), { leases: LEASES });
      return { ...leases, ...(wanted('portfolio') ? await benchPortfolio(backEnd) : {}) };
    });
  }
  if (wanted('registers')) results['registers'] = await withDatabase('registers', (backEnd) => benchRegisters(backEnd));
  if (PARTS.includes('engines')) {
    // Only when named: it seeds 100 000 of everything twice.
    const server = option(process.argv, 'db-url') ?? process.env['BOSTAD_BENCH_PG_URL'] ?? process.env['BOSTAD_DB_URL'];
    const count = Number(process.env['BENCH_ENGINES'] ?? 100_000);
    const sqlite = await withDatabase('engines', (b) => benchEngine(b, count, 7));
    const postgresql = server
      ? await withPgBenchDatabase(server, (url) => withDatabase('engines-pg', (b) => benchEngine(b, count, 7), url))
      : null;
    results['engines'] = {
      records: count,
      postgresqlServer: server ? describeServer(server) : 'none given (--db-url or BOSTAD_BENCH_PG_URL): SQLite only',
      figures: sideBySide(sqlite, postgresql),
    };
  }
  console.log(JSON.stringify(results, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
