/**
 * `npm run bench`: benchmarks, not tests. For each size, a fresh database
 * seeded in bulk (leases with one unit each, then households with one
 * kommunalt kontrakt each), and every figure measured beside its reference
 * in the same run. Prints a growth table per figure and the aims missed,
 * writes bench-results.json (git-ignored) and compares with an earlier file.
 *
 *   npm run bench                                   sizes 1000,10000, every part
 *   npm run bench -- --sizes 1000,10000,100000      100 000 is opt-in (minutes)
 *   npm run bench -- export grid                    only those parts
 *   npm run bench -- --compare old.json             this run beside an earlier one
 *   npm run bench -- --db-url postgres://…          each size on SQLite, then on PostgreSQL
 *
 *   npm run bench -- reliability                    the reliability harness at full size (only when named)
 *
 * Parts: lists, export, grid, pdf, followup, newyear, import, search. Machines here are shared and
 * noisy: the load average is printed at the start and the end; compare
 * ratios (measured in the same run) more than absolute times.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { startBackEnd } from '../core/backEnd';
import type { BackEnd } from '../core/context';
import { Random } from '../demo/random';
import { option } from './args';
import { benchExport } from './benchExport';
import { benchFollowup } from './benchFollowup';
import { compareResults, engineTable, Figures, growthTables, missedAims, type BenchResults } from './benchFigures';
import { benchGrid, rendererDirFrom } from './benchGrid';
import { benchImport } from './benchImport';
import { benchLists } from './benchLists';
import { benchNewYear, benchNewYearJob, benchNewYearStart } from './benchNewYear';
import { benchPdf } from './benchPdf';
import { benchReliability } from './benchReliability';
import { benchSearch } from './benchSearch';
import { createScratchDatabase } from './pgScratch';
import { bulkHouseholdsAndContracts, bulkLeases } from './benchSeed';
import { round } from './benchUtil';

const PARTS = ['lists', 'export', 'grid', 'pdf', 'followup', 'newyear', 'import', 'search'] as const;
const TODAY = '2026-11-26';

function options() {
  const argv = process.argv.slice(2);
  const named = argv.filter((a, i) => !a.startsWith('-') && !argv[i - 1]?.startsWith('--'));
  const unknown = named.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length) throw new Error(`Unknown part(s): ${unknown.join(', ')}. Parts: ${PARTS.join(', ')}.`);
  const sizes = (option(argv, 'sizes') ?? '1000,10000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((s) => !Number.isInteger(s) || s < 10))
    throw new Error('--sizes: whole numbers ≥ 10, comma-separated');
  return {
    parts: new Set(named.length ? named : PARTS),
    sizes,
    runs: Number(option(argv, 'runs') ?? 9),
    out: option(argv, 'out') ?? 'bench-results.json',
    compare: option(argv, 'compare'),
    // A server where the bench may create, and afterwards drop, a database of its own.
    postgres: option(argv, 'db-url') ?? process.env['BOSTAD_BENCH_PG_URL'],
  };
}

async function withDatabase(
  size: number,
  postgresServer: string | undefined,
  run: (backEnd: BackEnd) => Promise<void>,
): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bostad-bench-${size}-`));
  const scratch = postgresServer ? await createScratchDatabase(postgresServer, `bostad_bench_${size}`) : null;
  try {
    const backEnd = await startBackEnd({
      databasePath: scratch?.url ?? path.join(dir, 'bench.sqlite'),
      today: TODAY,
      login: 'bench',
    });
    await backEnd.dailyJobRun();
    try {
      await run(backEnd);
    } finally {
      await backEnd.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await scratch?.drop();
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // Minutes of crash and concurrency trials, not a figure per size: its own run.
  if (argv.includes('reliability')) {
    console.log(JSON.stringify(await benchReliability(path.dirname(fileURLToPath(import.meta.url)), argv), null, 2));
    return;
  }
  const opts = options();
  const load = () => os.loadavg().map((l) => round(l));
  const figures = new Figures(opts.sizes, load());
  figures.results.cpus = os.cpus().length;
  const rendererDir = rendererDirFrom(path.dirname(fileURLToPath(import.meta.url)));
  const wanted = (part: (typeof PARTS)[number]) => opts.parts.has(part);
  const benchStart = performance.now();

  const engines: (string | undefined)[] = opts.postgres ? [undefined, opts.postgres] : [undefined];
  if (!opts.postgres)
    figures.hook('PostgreSQL', 'no --db-url postgres://… (or BOSTAD_BENCH_PG_URL) given: SQLite only');
  for (const size of opts.sizes)
    for (const postgresServer of engines) {
      figures.onPostgres = postgresServer !== undefined;
      // The import makes its own data: no seed when it is the only part asked for.
      if (PARTS.some((p) => p !== 'import' && wanted(p)))
        await withDatabase(size, postgresServer, async (backEnd) => {
          console.error(`[bench] size ${size}${figures.onPostgres ? ' on PostgreSQL' : ''}: seeding…`);
          const seedStart = performance.now();
          await bulkLeases(backEnd, new Random(3), size);
          figures.record({ name: 'seed: leases with one unit each (bulk)', aim: 'information' }, size, {
            ms: round(performance.now() - seedStart),
          });
          if (wanted('export')) await benchExport(backEnd, figures, size);
          if (wanted('grid')) await benchGrid(backEnd, figures, size, rendererDir);
          if (wanted('pdf')) await benchPdf(backEnd, figures, size);
          if (wanted('lists') || wanted('newyear') || wanted('followup') || wanted('search')) {
            const start = performance.now();
            await bulkHouseholdsAndContracts(backEnd, new Random(5), size);
            figures.record({ name: 'seed: households with one contract each (bulk)', aim: 'information' }, size, {
              ms: round(performance.now() - start),
            });
          }
          if (wanted('lists')) await benchLists(backEnd, figures, size, opts.runs);
          if (wanted('followup')) await benchFollowup(backEnd, figures, size);
          if (wanted('search')) await benchSearch(backEnd, figures, size, new Random(7));
          // Last: it moves the calendar on and changes the stored deadlines.
          if (wanted('newyear')) {
            await benchNewYearStart(backEnd, figures, size);
            await benchNewYear(backEnd, figures, size);
            await benchNewYearJob(backEnd, figures, size);
          }
        });
      // In a database of its own: the import creates its own landlords, units and leases.
      if (wanted('import')) await withDatabase(size, postgresServer, (backEnd) => benchImport(backEnd, figures, size));
      console.error(`[bench] size ${size} done at ${Math.round((performance.now() - benchStart) / 1000)} s`);
    }
  figures.onPostgres = false;

  const endLoad = load();
  figures.results.loadAverage.end = endLoad;
  const results = figures.results;
  fs.writeFileSync(opts.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`# Bench ${results.startedAt}: node ${results.node}, ${results.cpus} cpus`);
  console.log(`load average at start ${results.loadAverage.start.join(' ')}, at end ${endLoad.join(' ')}`);
  console.log(`total ${Math.round((performance.now() - benchStart) / 1000)} s; figures in ${opts.out}`);
  console.log(growthTables(results));
  if (opts.postgres) console.log(`\n## SQLite and PostgreSQL side by side\n${engineTable(results)}`);
  const missed = missedAims(results);
  console.log(`\n## Aims missed (${missed.length})`);
  for (const line of missed) console.log(`- ${line}`);
  for (const [name, why] of Object.entries(results.hooks)) console.log(`- not measured: ${name}: ${why}`);
  if (opts.compare) {
    const before = JSON.parse(fs.readFileSync(opts.compare, 'utf8')) as BenchResults;
    console.log(`\n## Compared with ${opts.compare} (${before.startedAt})`);
    console.log(compareResults(results, before));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
