/**
 * The first lease list of 1 January: the day the indexed rents change and
 * the stored deadlines of many leases roll on. The aim is that no user waits
 * for that work (issue 11's daily job moves it out of the request); this
 * figure shows whether the first call of the day still pays for it.
 */
import { performance } from 'node:perf_hooks';
import { createClock, type BackEnd } from '../core/context';
import type { Figures } from './benchFigures';
import { medianMs, ok, round } from './benchUtil';

export async function benchNewYear(backEnd: BackEnd, figures: Figures, size: number): Promise<void> {
  const newYear = `${Number(backEnd.clock.today().slice(0, 4)) + 1}-01-01`;
  const later: BackEnd = { ...backEnd, clock: createClock(newYear) };
  const input = { limit: 100 };
  await figures.measure(
    {
      name: `first leases.list on ${newYear}`,
      aim: 'no user-visible wait: ≤ 100 ms',
      reference: 'the next call of the same day',
      met: (m) => (m.ms ?? Infinity) <= 100,
    },
    size,
    300_000,
    async () => {
      const started = performance.now();
      await ok(later, 'leases.list', input);
      const ms = round(performance.now() - started);
      return { ms, refMs: await medianMs(() => ok(later, 'leases.list', input), 5, 0) };
    },
  );
}
