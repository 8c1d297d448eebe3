/**
 * `npm run bench -- reliability`: the reliability harness (tests/reliability)
 * at full size: 50 crash trials, 4 processes × 1 000 read-modify-write
 * edits, the backup round trip. `--db-url postgres://…` names a server
 * where each phase gets a fresh database of its own (created and dropped
 * here): the backup phase seeds the demo data, which must not meet the
 * crash and concurrency phases' rows. SQLite otherwise, a file per phase.
 * Sizes: BENCH_CRASH_TRIALS, BENCH_EDITS. `--phases crash,backup` runs only
 * those (to run phases side by side, or again after one was stopped).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runBackupRoundTrip } from '../../tests/reliability/backupRoundTrip';
import { runConcurrency } from '../../tests/reliability/concurrency';
import { runCrashTrials } from '../../tests/reliability/crash';
import type { Engine } from '../../tests/reliability/engine';
import { option } from './args';
import { round } from './benchUtil';
import { createScratchDatabase } from './pgScratch';

export async function benchReliability(distMain: string, args: string[]): Promise<Record<string, unknown>> {
  const server = option(args, 'db-url');
  const phases = new Set((option(args, 'phases') ?? 'crash,concurrency,backup').split(','));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-bench-reliability-'));
  const hostScript = path.join(distMain, 'host.js');
  const seedScript = path.join(distMain, 'seed.js');
  const load = () => os.loadavg().map((l) => round(l));
  /** One phase on its own database, timed, with the load average before and after. */
  const phase = async <T>(name: string, work: (engine: Engine) => Promise<T>) => {
    if (!phases.has(name)) return 'not run (--phases)';
    console.error(`[reliability] ${name}…`);
    const scratch = server ? await createScratchDatabase(server, `bostad_reliability_${name}`) : null;
    const engine: Engine = scratch
      ? { kind: 'postgresql', url: scratch.url }
      : { kind: 'sqlite', file: path.join(dir, `${name}.sqlite`) };
    const loadStart = load();
    const started = performance.now();
    try {
      const result = await work(engine);
      return {
        ...result,
        seconds: round((performance.now() - started) / 1000),
        load: { start: loadStart, end: load() },
      };
    } finally {
      await scratch?.drop();
    }
  };
  try {
    return {
      engine: server ? 'postgresql' : 'sqlite',
      crash: await phase('crash', (engine) =>
        runCrashTrials({
          hostScript,
          engine,
          trials: Number(process.env['BENCH_CRASH_TRIALS'] ?? 50),
          seed: 11,
          // A line per trial: a run stopped early still says how far it got and what it found.
          onTrial: (r) => console.error(`[reliability] crash ${JSON.stringify(r)}`),
        }),
      ),
      concurrency: await phase('concurrency', (engine) =>
        runConcurrency({
          hostScript,
          engine,
          processes: 4,
          editsPerProcess: Number(process.env['BENCH_EDITS'] ?? 1000),
          records: 8,
        }),
      ),
      backup: await phase('backup', (engine) => runBackupRoundTrip({ hostScript, seedScript, engine })),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
