/**
 * Lease numbers HA-YYYY-NNNN, gapless and unique under concurrent use.
 *
 * The counter row is read and written inside the creating procedure's
 * write transaction. On SQLite that transaction begins with BEGIN
 * IMMEDIATE (electron/db/sqliteClient.ts), so it holds the database's write
 * lock before the counter is read: a colleague's create on the same file
 * waits for ours to commit and then reads our number. A create that fails
 * later (bad units, say) rolls back the counter with it, so no number is
 * skipped. (On PostgreSQL the UPDATE's row lock gives the same guarantee.)
 */
import type { ServiceContext } from '../../core/context';

export function formatLeaseNumber(year: number, n: number): string {
  return `HA-${year}-${String(n).padStart(4, '0')}`;
}

export async function allocateLeaseNumber(ctx: ServiceContext): Promise<string> {
  if (!ctx.db.isTransaction) throw new Error('allocateLeaseNumber must run inside the write transaction');
  const year = Number(ctx.clock.today().slice(0, 4));
  const bumped = await ctx.db('leaseNumberCounters').where({ year }).increment('lastNumber', 1);
  if (bumped === 0) await ctx.db('leaseNumberCounters').insert({ year, lastNumber: 1 });
  const row = await ctx.db('leaseNumberCounters').where({ year }).first('lastNumber');
  if (!row) throw new Error(`lease number counter for ${year} missing after it was written`);
  return formatLeaseNumber(year, row.lastNumber);
}

/** `count` consecutive numbers at once (an import), under the same lock and counter as one. */
export async function allocateLeaseNumbers(ctx: ServiceContext, count: number): Promise<string[]> {
  if (count === 0) return [];
  if (!ctx.db.isTransaction) throw new Error('allocateLeaseNumbers must run inside the write transaction');
  const year = Number(ctx.clock.today().slice(0, 4));
  const bumped = await ctx.db('leaseNumberCounters').where({ year }).increment('lastNumber', count);
  if (bumped === 0) await ctx.db('leaseNumberCounters').insert({ year, lastNumber: count });
  const row = await ctx.db('leaseNumberCounters').where({ year }).first('lastNumber');
  if (!row) throw new Error(`lease number counter for ${year} missing after it was written`);
  const first = row.lastNumber - count + 1;
  return Array.from({ length: count }, (_, i) => formatLeaseNumber(year, first + i));
}
