/**
 * The bench's figures: each has a name, the aim it is held to and the
 * reference it is measured against in the same run (the same SQL directly,
 * LibreOffice, the idle list call). Results are kept per size, printed as a
 * growth table per figure, written to bench-results.json and compared with
 * an earlier file. A figure that fails or runs out of time is recorded as
 * such; the bench goes on.
 */
import { BenchTimeout, round, within } from './benchUtil';

export interface Measurement {
  /** The figure's time (median where repeated). */
  ms?: number;
  peakRssMb?: number;
  rssGrowthMb?: number;
  /** The reference's time, measured in the same run. */
  refMs?: number;
  /** ms / refMs. */
  ratio?: number;
  /** Why there is no figure: a timeout or a failure. */
  error?: string;
  /** Other facts worth printing (rows, file size, statements). */
  facts?: Record<string, number | string>;
}

export interface FigureSpec {
  name: string;
  /** The aim in words, as printed. */
  aim: string;
  /** What the ratio is taken against, in words. */
  reference?: string;
  /** Whether a measurement at `size` meets the aim; absent: a figure for information. */
  met?(m: Measurement, size: number): boolean;
}

interface FigureResult {
  aim: string;
  reference?: string;
  bySize: Record<string, Measurement & { aimMet?: boolean }>;
}

export interface BenchResults {
  startedAt: string;
  node: string;
  cpus: number;
  /** Load average at the start and at the end: other work on the machine skews every figure. */
  loadAverage: { start: number[]; end?: number[] };
  sizes: number[];
  figures: Record<string, FigureResult>;
  /** Figures the bench has a place for but cannot measure in this build, with why. */
  hooks: Record<string, string>;
}

/** The suffix a figure measured on PostgreSQL carries (`npm run bench -- --db-url …`). */
export const POSTGRES_SUFFIX = ' [PostgreSQL]';

export class Figures {
  readonly results: BenchResults;
  /** Set while the bench runs on PostgreSQL: every figure recorded then is named with the suffix. */
  onPostgres = false;

  constructor(sizes: number[], loadAverage: number[]) {
    this.results = {
      startedAt: new Date().toISOString(),
      node: process.version,
      cpus: 0,
      loadAverage: { start: loadAverage },
      sizes,
      figures: {},
      hooks: {},
    };
  }

  record(spec: FigureSpec, size: number, m: Measurement): void {
    const name = this.onPostgres ? `${spec.name}${POSTGRES_SUFFIX}` : spec.name;
    const figure = (this.results.figures[name] ??= {
      aim: spec.aim,
      ...(spec.reference ? { reference: spec.reference } : {}),
      bySize: {},
    });
    const withRatio: Measurement = { ...m };
    if (m.ms !== undefined && m.refMs !== undefined && m.refMs > 0 && m.ratio === undefined)
      withRatio.ratio = round(m.ms / m.refMs);
    const aimMet = spec.met && !m.error ? spec.met(withRatio, size) : undefined;
    figure.bySize[String(size)] = { ...withRatio, ...(aimMet === undefined ? {} : { aimMet }) };
  }

  /** Measures one figure under a time limit; a timeout or a failure becomes the figure. */
  async measure(spec: FigureSpec, size: number, limitMs: number, fn: () => Promise<Measurement>): Promise<void> {
    try {
      this.record(spec, size, await within(limitMs, fn));
    } catch (error) {
      const message = error instanceof BenchTimeout ? `timeout: ${error.message}` : `failed: ${String(error)}`;
      console.error(`[bench] ${spec.name} at ${size}: ${message}`);
      this.record(spec, size, { error: message });
    }
  }

  hook(name: string, why: string): void {
    this.results.hooks[name] = why;
  }
}

function cell(value: number | string | undefined): string {
  return value === undefined ? '' : String(value);
}

/** One growth table per figure: time, memory and ratio at each size. */
export function growthTables(results: BenchResults): string {
  const out: string[] = [];
  for (const [name, figure] of Object.entries(results.figures)) {
    out.push(`\n## ${name}`);
    out.push(`aim: ${figure.aim}${figure.reference ? `; reference: ${figure.reference}` : ''}`);
    out.push('| size | ms | ref ms | ratio | peak RSS MB | RSS growth MB | aim | facts |');
    out.push('|---:|---:|---:|---:|---:|---:|:---|:---|');
    for (const [size, m] of Object.entries(figure.bySize)) {
      const aim = m.error ? m.error : m.aimMet === undefined ? '' : m.aimMet ? 'met' : 'MISSED';
      const facts = m.facts
        ? Object.entries(m.facts)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')
        : '';
      out.push(
        `| ${size} | ${cell(m.ms)} | ${cell(m.refMs)} | ${cell(m.ratio)} | ${cell(m.peakRssMb)} | ${cell(m.rssGrowthMb)} | ${aim} | ${facts} |`,
      );
    }
  }
  return out.join('\n');
}

/** Every figure and size that missed its aim or has no figure. */
export function missedAims(results: BenchResults): string[] {
  const missed: string[] = [];
  for (const [name, figure] of Object.entries(results.figures)) {
    for (const [size, m] of Object.entries(figure.bySize)) {
      if (m.error) missed.push(`${name} at ${size}: ${m.error} (aim: ${figure.aim})`);
      else if (m.aimMet === false)
        missed.push(
          `${name} at ${size}: ${m.ms} ms${m.ratio !== undefined ? `, ratio ${m.ratio}` : ''}${m.peakRssMb !== undefined ? `, peak ${m.peakRssMb} MB` : ''} (aim: ${figure.aim})`,
        );
    }
  }
  return missed;
}

/** This run beside an earlier one: time and ratio at each size, and new/old. */
export function compareResults(now: BenchResults, before: BenchResults): string {
  const out = [
    '| figure | size | ms before | ms now | now/before | ratio before | ratio now |',
    '|:---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, figure] of Object.entries(now.figures)) {
    for (const [size, m] of Object.entries(figure.bySize)) {
      const old = before.figures[name]?.bySize[size];
      if (!old) continue;
      const change = m.ms !== undefined && old.ms ? round(m.ms / old.ms) : undefined;
      out.push(
        `| ${name} | ${size} | ${cell(old.ms ?? old.error)} | ${cell(m.ms ?? m.error)} | ${cell(change)} | ${cell(old.ratio)} | ${cell(m.ratio)} |`,
      );
    }
  }
  return out.join('\n');
}

/** Each figure measured on both engines, SQLite and PostgreSQL side by side (ms, or the error). */
export function engineTable(results: BenchResults): string {
  const out = ['| figure | size | SQLite ms | PostgreSQL ms |', '| --- | --- | --- | --- |'];
  for (const [name, figure] of Object.entries(results.figures)) {
    const pg = results.figures[`${name}${POSTGRES_SUFFIX}`];
    if (!pg) continue;
    for (const [size, m] of Object.entries(figure.bySize)) {
      const p = pg.bySize[size];
      out.push(`| ${name} | ${size} | ${m.ms ?? m.error ?? ''} | ${p?.ms ?? p?.error ?? ''} |`);
    }
  }
  return out.join('\n');
}
