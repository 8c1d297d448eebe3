/**
 * Crash trials: a stream of writes to a browser host, the host killed with
 * SIGKILL at a random moment, then started again on the same database.
 * Every write the host acknowledged must be there with its audit row, and
 * the file must pass integrity_check. A write cut off before its answer
 * may or may not be there: both are correct.
 */
import { modulbostadInput } from '../fixtures/bestand';
import { integrity, type Engine } from './engine';
import { startHostProcess, type HostProcess } from './hostProcess';

export interface CrashOptions {
  hostScript: string;
  engine: Engine;
  trials: number;
  /** The kill comes after a random delay in this range (ms). */
  killAfterMs?: [number, number];
  /** Deterministic "random" delays, so a failing trial can be rerun. */
  seed?: number;
  /** The result so far, after each trial. */
  onTrial?: (soFar: CrashResult) => void;
}

export interface CrashResult {
  trials: number;
  acknowledged: number;
  missing: string[];
  withoutAudit: string[];
  integrity: string[];
}

async function departmentId(host: HostProcess): Promise<number> {
  const departments = await host.call('departments.list', {});
  return departments.find((d) => d.code === 'FF')!.id;
}

export async function runCrashTrials(options: CrashOptions): Promise<CrashResult> {
  const [minMs, maxMs] = options.killAfterMs ?? [150, 900];
  let state = options.seed ?? 1;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const result: CrashResult = { trials: 0, acknowledged: 0, missing: [], withoutAudit: [], integrity: [] };
  for (let trial = 1; trial <= options.trials; trial++) {
    const acked: { id: number; objectNumber: string }[] = [];
    const host = await startHostProcess(options.hostScript, options.engine, { user: 'krock', today: '2026-11-29' });
    const ff = await departmentId(host);
    let stop = false;
    const stream = (async () => {
      for (let k = 1; !stop; k++) {
        const objectNumber = `K${trial}-${k}`;
        try {
          const envelope = await host.send('units.create', modulbostadInput(ff, { objectNumber, permitEndDate: null }));
          if (envelope.ok) acked.push({ id: (envelope.value as { id: number }).id, objectNumber });
        } catch {
          return; // the connection died with the host: this write was never acknowledged
        }
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, minMs + random() * (maxMs - minMs)));
    await host.kill9();
    stop = true;
    await stream;

    const again = await startHostProcess(options.hostScript, options.engine, { user: 'krock', today: '2026-11-29' });
    try {
      for (const w of acked) {
        const unit = await again.send('units.get', { id: w.id });
        if (!unit.ok || (unit.value as { objectNumber: string }).objectNumber !== w.objectNumber) {
          result.missing.push(w.objectNumber);
          continue;
        }
        const audit = await again.call('audit.forRecord', { entity: 'unit', id: w.id });
        if (!audit.some((a) => a.action === 'create')) result.withoutAudit.push(w.objectNumber);
      }
      // Earlier trials' writes must survive this crash too: none of the units may be gone.
      const total = (await again.call('units.list', { limit: 1 })).total ?? 0;
      result.acknowledged += acked.length;
      if (total < result.acknowledged)
        result.missing.push(`trial ${trial}: ${total} units, ${result.acknowledged} acknowledged`);
    } finally {
      await again.stop();
    }
    const check = await integrity(options.engine);
    if (check !== 'ok' && !check.startsWith('n/a')) result.integrity.push(`trial ${trial}: ${check}`);
    result.trials = trial;
    options.onTrial?.(result);
  }
  return result;
}
