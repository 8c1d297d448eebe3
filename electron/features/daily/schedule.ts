/**
 * When the daily job runs: at start-up, and again once the date in Sweden
 * has changed (checked every minute, which survives a laptop asleep over
 * midnight and the switch to and from summer time, where a timer set for
 * "midnight" would not).
 */
import type { Clock } from '../../core/context';

export const DAY_CHECK_MS = 60_000;

export function scheduleDaily(clock: Clock, run: () => Promise<unknown>): { stop(): void } {
  let lastDay = clock.today();
  const timer = setInterval(() => {
    const today = clock.today();
    if (today === lastDay) return;
    lastDay = today;
    run().catch((error: unknown) => console.error('[bostadsportfoljen] daily job failed', error));
  }, DAY_CHECK_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
