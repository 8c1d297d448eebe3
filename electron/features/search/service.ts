/**
 * The global search: the registers' full-text indexes (migrations/0140)
 * asked for active records first, archived ones after, a few per register,
 * then the hits' titles read from their tables. A whole personnummer is
 * never in any index: it finds its household through the members table,
 * and the look-up is audited.
 */
import {
  SEARCH_LIMIT_PER_REGISTER,
  searchRegisterInfo,
  searchRegisters,
  searchWords,
  type SearchGroup,
  type SearchRegister,
  type SearchResult,
} from '../../../shared/search/schema';
import { parseIdentityNumber } from '../../../shared/households/personnummer';
import { appendAudit } from '../../core/audit';
import type { ServiceContext } from '../../core/context';
import { searchTitles } from './titles';

/** One more than shown, to know whether there are more. */
const FETCH = SEARCH_LIMIT_PER_REGISTER + 1;

/** `"drottningg"* AND "12"*`: every word, each as a phrase of its parts, the last part a prefix. */
function ftsExpression(words: string[][]): string {
  return words.map((parts) => `"${parts.join(' ')}"*`).join(' AND ');
}

/** The same for PostgreSQL: `drottningg:* & ha <-> 2026 <-> 0001:*`. */
function tsQuery(words: string[][]): string {
  return words.map((parts) => parts.map((p, i) => (i === parts.length - 1 ? `${p}:*` : p)).join(' <-> ')).join(' & ');
}

async function matchingIds(
  ctx: ServiceContext,
  register: SearchRegister,
  words: string[][],
  archived: boolean,
  limit: number,
): Promise<number[]> {
  if (ctx.info.databaseKind === 'postgresql') {
    const rows = (await ctx.db.raw(
      `select record_id as id from search_entries where register = ? and archived = ? ` +
        `and to_tsvector('simple', body) @@ to_tsquery('simple', ?) order by record_id limit ?`,
      [register, archived, tsQuery(words), limit],
    )) as { rows: { id: number }[] };
    return rows.rows.map((r) => r.id);
  }
  const state = archived ? 'arkiverad' : 'aktiv';
  const rows = (await ctx.db.raw(
    `select rowid as id from search_${register} where search_${register} match ? limit ?`,
    [`state : ${state} AND body : (${ftsExpression(words)})`, limit],
  )) as { id: number }[];
  return rows.map((r) => r.id);
}

async function searchRegister(
  ctx: ServiceContext,
  register: SearchRegister,
  words: string[][],
): Promise<SearchGroup | null> {
  const active = await matchingIds(ctx, register, words, false, FETCH);
  const archived =
    active.length < FETCH ? await matchingIds(ctx, register, words, true, FETCH - active.length) : ([] as number[]);
  const ids = [...active, ...archived];
  if (ids.length === 0) return null;
  const shown = ids.slice(0, SEARCH_LIMIT_PER_REGISTER);
  return {
    register,
    ...searchRegisterInfo[register],
    hits: await searchTitles(ctx, register, shown),
    more: ids.length > SEARCH_LIMIT_PER_REGISTER,
  };
}

async function householdsByIdentityNumber(ctx: ServiceContext, identityNumber: string): Promise<SearchResult> {
  const rows = (await ctx
    .db('householdMembers')
    .where('identityNumber', identityNumber)
    .distinct('householdId')
    .limit(FETCH)) as { householdId: number }[];
  const ids = rows.map((r) => r.householdId);
  // Who looked a person up, and what was found: the same record as a printed personnummer.
  await ctx.db.transaction((trx) =>
    appendAudit(
      { ...ctx, db: trx },
      { entity: 'household', entityId: ids[0] ?? null, action: 'search-identity', after: { householdIds: ids } },
    ),
  );
  if (ids.length === 0) return { groups: [], byIdentityNumber: true };
  const hits = await searchTitles(ctx, 'households', ids.slice(0, SEARCH_LIMIT_PER_REGISTER));
  hits.sort((a, b) => Number(a.archived) - Number(b.archived));
  return {
    groups: [{ register: 'households', ...searchRegisterInfo.households, hits, more: ids.length > hits.length }],
    byIdentityNumber: true,
  };
}

export async function globalSearch(ctx: ServiceContext, text: string): Promise<SearchResult> {
  const identity = parseIdentityNumber(text);
  if (identity.ok) return householdsByIdentityNumber(ctx, identity.value);
  const words = searchWords(text);
  if (words.length === 0) return { groups: [], byIdentityNumber: false };
  const groups: SearchGroup[] = [];
  for (const register of searchRegisters) {
    const group = await searchRegister(ctx, register, words);
    if (group) groups.push(group);
  }
  return { groups, byIdentityNumber: false };
}
