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
import { benchUnitGridInChromium, benchUnitList, rendererDirFrom } from './benchUnits';

const UNITS = Number(process.env['BENCH_UNITS'] ?? 100_000);

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-bench-'));
  const backEnd = await startBackEnd({ databasePath: path.join(dir, 'bench.sqlite'), today: '2026-11-26', login: 'bench' });
  const results: Record<string, unknown> = { units: UNITS, node: process.version, cpus: os.cpus().length };
  try {
    const seedStart = performance.now();
    await bulkUnits(backEnd, new Random(7), UNITS);
    results['seedUnitsMs'] = round(performance.now() - seedStart);
    Object.assign(results, await benchUnitList(backEnd));
    Object.assign(results, await benchUnitGridInChromium(backEnd, rendererDirFrom(path.dirname(fileURLToPath(import.meta.url)))));
  } finally {
    await backEnd.database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(results, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
