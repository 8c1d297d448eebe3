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
import { benchFollowup } from './benchFollowup';
import { benchLeases, bulkLeases } from './benchLeases';
import { benchContractPdf, benchPortfolio } from './benchPortfolio';
import { benchRegisters } from './benchRegisters';
import { benchUnitGridInChromium, benchUnitList, rendererDirFrom } from './benchUnits';

const UNITS = Number(process.env['BENCH_UNITS'] ?? 100_000);
const LEASES = Number(process.env['BENCH_LEASES'] ?? 100_000);
const FOLLOWUP = Number(process.env['BENCH_FOLLOWUP'] ?? 100_000);
/** Which parts to run: `npm run bench -- units leases portfolio registers followup` (all when none named). */
const PARTS = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const wanted = (part: string) => PARTS.length === 0 || PARTS.includes(part);

async function withDatabase(
  name: string,
  run: (backEnd: Awaited<ReturnType<typeof startBackEnd>>) => Promise<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bostad-bench-${name}-`));
  const backEnd = await startBackEnd({
    databasePath: path.join(dir, 'bench.sqlite'),
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
  if (wanted('followup'))
    results['followup'] = await withDatabase('followup', (backEnd) => benchFollowup(backEnd, FOLLOWUP));
  console.log(JSON.stringify(results, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
