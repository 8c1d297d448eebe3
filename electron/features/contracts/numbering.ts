/**
 * Contract numbers `KK-YYYY-NNNN`, one gapless series per year. The counter
 * row is bumped inside the write transaction that creates the contract:
 * writes take the lock up front (BEGIN IMMEDIATE), so two users never get
 * the same number, and a refused save rolls the counter back with it.
 */
import { CONTRACT_NUMBER_PATTERN, formatContractNumber } from '../../../shared/contracts/rules';
import type { ServiceContext } from '../../core/context';

/** The series' last number, just bumped or created in this transaction. */
async function lastNumber(ctx: ServiceContext, year: number): Promise<number> {
  const row = await ctx.db('contractNumberSeries').where({ year }).first('lastNumber');
  if (!row) throw new Error(`contract number series for ${year} missing after it was written`);
  return row.lastNumber;
}

export async function nextContractNumber(ctx: ServiceContext): Promise<string> {
  const year = Number(ctx.clock.today().slice(0, 4));
  const series = () => ctx.db('contractNumberSeries').where({ year });
  // Increment first: on PostgreSQL the update also locks the row.
  const bumped = await series().increment('lastNumber', 1);
  if (bumped === 0) await ctx.db('contractNumberSeries').insert({ year, lastNumber: 1 });
  return formatContractNumber(year, await lastNumber(ctx, year));
}

/** `count` consecutive numbers at once (an import), under the same lock and counter as one. */
export async function allocateContractNumbers(ctx: ServiceContext, count: number): Promise<string[]> {
  if (count === 0) return [];
  const year = Number(ctx.clock.today().slice(0, 4));
  const bumped = await ctx.db('contractNumberSeries').where({ year }).increment('lastNumber', count);
  if (bumped === 0) await ctx.db('contractNumberSeries').insert({ year, lastNumber: count });
  const first = (await lastNumber(ctx, year)) - count + 1;
  return Array.from({ length: count }, (_, i) => formatContractNumber(year, first + i));
}

/**
 * Numbers an imported list already gave its contracts in our own form
 * (KK-YYYY-NNNN): the series moves past them, so a contract registered
 * later never gets a number that is taken. Other numbering (an older
 * system's) cannot collide and leaves the series alone.
 */
export async function reserveContractNumbers(ctx: ServiceContext, numbers: readonly string[]): Promise<void> {
  const highest = new Map<number, number>();
  for (const n of numbers) {
    if (!CONTRACT_NUMBER_PATTERN.test(n)) continue;
    const [, year, seq] = n.split('-');
    highest.set(Number(year), Math.max(highest.get(Number(year)) ?? 0, Number(seq)));
  }
  for (const [year, last] of highest) {
    const row = await ctx.db('contractNumberSeries').where({ year }).first('lastNumber');
    if (!row) await ctx.db('contractNumberSeries').insert({ year, lastNumber: last });
    else if (row.lastNumber < last) await ctx.db('contractNumberSeries').where({ year }).update({ lastNumber: last });
  }
}
