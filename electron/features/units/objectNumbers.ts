/**
 * Object numbers proposed per kind of unit from the settings (prefix and
 * number of digits): the next after the highest number of the series,
 * archived units included (their numbers stay taken). Typed numbers that
 * follow the series count too, so the series never hands out a number in
 * use. Allocation runs inside the creating procedure's write transaction,
 * which on SQLite holds the write lock (BEGIN IMMEDIATE) and on PostgreSQL
 * is guarded by the unique index: two colleagues never get the same number
 * and, as with the other numbers, none is skipped.
 */
import type { UnitKind } from '../../../shared/units/schema';
import type { ObjectNumberSettings } from '../../../shared/settings/schema';
import type { ServiceContext } from '../../core/context';
import { getSettings } from '../settings/service';

function seriesOf(settings: ObjectNumberSettings, kind: UnitKind): { prefix: string; width: number } {
  return { prefix: settings[`${kind}Prefix`], width: settings[`${kind}Width`] };
}

export async function nextObjectNumber(ctx: ServiceContext, kind: UnitKind): Promise<string> {
  const { prefix, width } = seriesOf((await getSettings(ctx, 'objectNumbers')).value, kind);
  // The prefix holds only letters, digits and hyphens (settings schema): no LIKE wildcards to escape.
  const taken = await ctx.db('units').where('objectNumber', 'like', `${prefix}%`).select('objectNumber');
  let highest = 0;
  for (const { objectNumber } of taken) {
    const digits = objectNumber.slice(prefix.length);
    if (/^\d+$/.test(digits)) highest = Math.max(highest, Number(digits));
  }
  return `${prefix}${String(highest + 1).padStart(width, '0')}`;
}
