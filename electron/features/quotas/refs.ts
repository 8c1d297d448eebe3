/**
 * Checks shared by guarantees, quota placements and move-ons: the landlord
 * is an organisation registered as a landlord, the household exists and is
 * not archived. Each names the field the user picked.
 */
import { fieldError } from '../../../shared/core/result';
import type { ServiceContext } from '../../core/context';

export async function checkLandlord(
  ctx: ServiceContext,
  id: number,
  field: string,
  label: string,
): Promise<{ name: string }> {
  const org = await ctx.db('organisations').where({ id }).first('name', 'isLandlord', 'archivedAt');
  if (!org) throw fieldError(field, `${label}: välj en hyresvärd i listan.`);
  if (!org.isLandlord) throw fieldError(field, `${label}: ${org.name} är inte registrerad som hyresvärd.`);
  if (org.archivedAt) throw fieldError(field, `${label}: ${org.name} är arkiverad.`);
  return { name: org.name };
}

export async function checkHousehold(
  ctx: ServiceContext,
  id: number,
  field: string,
  label: string,
): Promise<{ holderName: string }> {
  const household = await ctx.db('households').where({ id }).first('holderName', 'archivedAt');
  if (!household) throw fieldError(field, `${label}: välj ett hushåll i listan.`);
  if (household.archivedAt) throw fieldError(field, `${label}: hushållet är arkiverat.`);
  return household;
}

/** SQLite gives 0/1 for booleans, PostgreSQL true/false. */
export const bool = (v: unknown): boolean => v === true || v === 1 || v === '1';
export const boolOrNull = (v: unknown): boolean | null => (v === null || v === undefined ? null : bool(v));
