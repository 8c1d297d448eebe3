/**
 * `npm run bench -- reliability`: the reliability harness (tests/reliability)
 * at full size: 50 crash trials, 4 processes × 1 000 read-modify-write
 * edits, the backup round trip. `--db-url postgres://…` runs it on
 * PostgreSQL once the dialect is there (issue 11, i11a); SQLite otherwise.
 * Sizes: BENCH_CRASH_TRIALS, BENCH_EDITS.
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

export async function benchReliability(distMain: string, args: string[]): Promise<Record<string, unknown>> {
  const url = option(args, 'db-url');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-bench-reliability-'));
  const engine = (name: string): Engine =>
    url ? { kind: 'postgresql', url } : { kind: 'sqlite', file: path.join(dir, `${name}.sqlite`) };
  const hostScript = path.join(distMain, 'host.js');
  const seedScript = path.join(distMain, 'seed.js');
  const timed = async <T>(work: () => Promise<T>): Promise<T & { seconds: number }> => {
    const started = performance.now();
    const result = await work();
    return { ...result, seconds: round((performance.now() - started) / 1000) };
  };
  try {
    return {
      engine: url ? 'postgresql' : 'sqlite',
      crash: await timed(() =>
        runCrashTrials({
          hostScript,
          engine: engine('crash'),
          trials: Number(process.env['BENCH_CRASH_TRIALS'] ?? 50),
          seed: 11,
        }),
      ),
      concurrency: await timed(() =>
        runConcurrency({
          hostScript,
          engine: engine('concurrency'),
          processes: 4,
          editsPerProcess: Number(process.env['BENCH_EDITS'] ?? 1000),
          records: 8,
        }),
      ),
      backup: await timed(() => runBackupRoundTrip({ hostScript, seedScript, engine: engine('backup') })),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
