/**
 * Contract numbers `KK-YYYY-NNNN`, one gapless series per year. The counter
 * row is bumped inside the write transaction that creates the contract:
 * writes take the lock up front (BEGIN IMMEDIATE), so two users never get
 * the same number, and a refused save rolls the counter back with it.
 */
import { formatContractNumber } from '../../../shared/contracts/rules';
import type { ServiceContext } from '../../core/context';

export async function nextContractNumber(ctx: ServiceContext): Promise<string> {
  const year = Number(ctx.clock.today().slice(0, 4));
  const series = () => ctx.db('contractNumberSeries').where({ year });
  // Increment first: on PostgreSQL the update also locks the row.
  const bumped = await series().increment('lastNumber', 1);
  if (bumped === 0) await ctx.db('contractNumberSeries').insert({ year, lastNumber: 1 });
  const row = await series().first('lastNumber');
  return formatContractNumber(year, row!.lastNumber);
}
