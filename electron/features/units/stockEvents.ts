/**
 * The unit's state over time for Uppföljning (stock by kind, Bostad Först
 * units): units carry no effective dates of their own, so every change of
 * kind, use, owner or whether the unit is in the stock appends an event
 * dated today. The state as of a date is each unit's last event on or
 * before it, the one whose `validUntil` is
 * null or later (electron/features/followup/atDates.ts).
 */
import type { ServiceContext } from '../../core/context';
import type { TableRow } from '../../db/tableRow';

type StockState = Pick<TableRow<'unitStockEvents'>, 'kind' | 'use' | 'ownerType'> & { inStock: boolean };

const truthy = (v: unknown) => v === true || v === 1 || v === '1';

/** Appends an event when the unit's stock state differs from its last one. */
export async function recordStockEvent(ctx: ServiceContext, unitId: number): Promise<void> {
  const unit = await ctx.db('units').where({ id: unitId }).first('kind', 'use', 'ownerType', 'status', 'archivedAt');
  if (!unit) return;
  const now: StockState = {
    kind: unit.kind,
    use: unit.use,
    ownerType: unit.ownerType,
    inStock: unit.archivedAt === null && unit.status !== 'avvecklad',
  };
  const last = await ctx
    .db('unitStockEvents')
    .where({ unitId })
    .orderBy('id', 'desc')
    .first('kind', 'use', 'ownerType', 'inStock');
  if (
    last &&
    last.kind === now.kind &&
    last.use === now.use &&
    last.ownerType === now.ownerType &&
    truthy(last.inStock) === now.inStock
  )
    return;
  const today = ctx.clock.today();
  // The event it follows holds until today (migration 0157: the follow-up reads spans, not a window).
  await ctx.db('unitStockEvents').where({ unitId }).whereNull('validUntil').update({ validUntil: today });
  await ctx.db('unitStockEvents').insert({ unitId, effectiveDate: today, ...now, recordedAt: ctx.clock.now() });
}
