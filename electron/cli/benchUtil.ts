/**
 * Helpers for `npm run bench`: medians of repeated runs, peak memory while
 * something runs, a time limit that turns into a figure instead of an
 * error. (A procedure is called through electron/core/callProcedure.ts.)
 */
import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; the median in ms, rounded to 0.01. */
export async function medianMs(fn: () => Promise<unknown>, runs = 30, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return round(median(times));
}

export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export function mb(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

/** Runs `fn` while sampling this process's RSS every 20 ms: its time, and the peak and growth of memory. */
export async function sampled<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; ms: number; peakRssMb: number; rssGrowthMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const value = await fn();
    const ms = performance.now() - started;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, ms: round(ms), peakRssMb: mb(peak), rssGrowthMb: mb(peak - baseline) };
  } finally {
    clearInterval(sampler);
  }
}

export class BenchTimeout extends Error {}

/**
 * Gives `fn` at most `ms`. A bench reports a slow figure and goes on: the
 * caller records the timeout as the figure. (The work itself may still be
 * running; the caller closes what it opened.)
 */
export async function within<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BenchTimeout(`over ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([fn(), limit]);
  } finally {
    clearTimeout(timer);
  }
}
