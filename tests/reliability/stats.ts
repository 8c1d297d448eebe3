/** Percentiles of a sample, in the sample's unit, rounded to 0.1. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[index]! * 10) / 10;
}

/** Numbers like `HA-2026-0007`: every series (prefix) must run 1..n with no gap and no repeat. */
export function numberingProblems(numbers: readonly string[]): string[] {
  const problems: string[] = [];
  if (new Set(numbers).size !== numbers.length) problems.push('duplicate numbers');
  const series = new Map<string, number[]>();
  for (const n of numbers) {
    const m = /^(.*)-(\d+)$/.exec(n);
    if (!m) {
      problems.push(`unreadable number ${n}`);
      continue;
    }
    series.set(m[1]!, [...(series.get(m[1]!) ?? []), Number(m[2])]);
  }
  for (const [prefix, values] of series) {
    const sorted = [...values].sort((a, b) => a - b);
    sorted.forEach((v, i) => {
      if (v !== i + 1) problems.push(`${prefix}: expected ${i + 1}, found ${v}`);
    });
  }
  return problems.slice(0, 10);
}
