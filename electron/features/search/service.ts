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

/**
 * The matching ids of several registers in one statement (a subquery with
 * its own limit per register, joined by union all): one round trip to the
 * database instead of one per register, which is most of the time a short
 * query takes.
 */
async function matchingIds(
  ctx: ServiceContext,
  wanted: { register: SearchRegister; limit: number }[],
  words: string[][],
  archived: boolean,
): Promise<Map<SearchRegister, number[]>> {
  const found = new Map<SearchRegister, number[]>(wanted.map((w) => [w.register, []]));
  if (wanted.length === 0) return found;
  const postgres = ctx.info.databaseKind === 'postgresql';
  const parts: string[] = [];
  const bindings: (string | number | boolean)[] = [];
  for (const { register, limit } of wanted) {
    if (postgres) {
      parts.push(
        `select * from (select register, record_id as id from search_entries where register = ? and archived = ? ` +
          `and to_tsvector('simple', body) @@ to_tsquery('simple', ?) order by record_id limit ?) as r`,
      );
      bindings.push(register, archived, tsQuery(words), limit);
    } else {
      parts.push(
        `select * from (select '${register}' as register, rowid as id from search_${register} where search_${register} match ? limit ?)`,
      );
      bindings.push(`state : ${archived ? 'arkiverad' : 'aktiv'} AND body : (${ftsExpression(words)})`, limit);
    }
  }
  const result = (await ctx.db.raw(parts.join(' union all '), bindings)) as
    { register: SearchRegister; id: number }[] | { rows: { register: SearchRegister; id: number }[] };
  for (const row of Array.isArray(result) ? result : result.rows) found.get(row.register)!.push(Number(row.id));
  return found;
}

async function matchingGroups(ctx: ServiceContext, words: string[][]): Promise<SearchGroup[]> {
  const active = await matchingIds(
    ctx,
    searchRegisters.map((register) => ({ register, limit: FETCH })),
    words,
    false,
  );
  const archived = await matchingIds(
    ctx,
    searchRegisters
      .map((register) => ({ register, limit: FETCH - active.get(register)!.length }))
      .filter((w) => w.limit > 0),
    words,
    true,
  );
  const groups: SearchGroup[] = [];
  for (const register of searchRegisters) {
    const ids = [...active.get(register)!, ...(archived.get(register) ?? [])];
    if (ids.length === 0) continue;
    groups.push({
      register,
      ...searchRegisterInfo[register],
      hits: await searchTitles(ctx, register, ids.slice(0, SEARCH_LIMIT_PER_REGISTER)),
      more: ids.length > SEARCH_LIMIT_PER_REGISTER,
    });
  }
  return groups;
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
  return { groups: await matchingGroups(ctx, words), byIdentityNumber: false };
}
