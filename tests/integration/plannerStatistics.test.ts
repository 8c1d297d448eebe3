/**
 * An export right after a bulk load: on PostgreSQL the planner has no
 * statistics for freshly loaded tables until someone analyzes them, and
 * then planned the portfolio's units sheet by scanning every active lease
 * once per unit (10 000 leases: about a minute for the sheet, against half
 * a second). The bulk loads refresh the statistics (db/dialect.ts); on
 * both engines the sheet must find a unit's leases by lease_units' unit index.
 */
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkLeases } from '../../electron/cli/benchSeed';
import { Random } from '../../electron/demo/random';
import { planNarrowRead } from '../../electron/features/exports/narrowRead';
import { exportSources } from '../../electron/features/exports/sources';
import { openTestBackEnd, serviceContext, type TestBackEnd } from './testBackEnd';
import { onPostgres, skipUnlessPostgres } from './testEngine';

let t: TestBackEnd;
beforeAll(async () => {
  t = await openTestBackEnd();
  await bulkLeases(t.backEnd, new Random(3), 1500);
}, 120_000);
afterAll(async () => {
  await t.close();
});

async function planText(db: Knex, sql: string, bindings: readonly Knex.Value[]): Promise<string> {
  if (onPostgres) {
    const result = (await db.raw(`explain ${sql}`, bindings)) as { rows: Record<string, string>[] };
    return result.rows.map((r) => Object.values(r).join(' ')).join('\n');
  }
  const rows = (await db.raw(`explain query plan ${sql}`, bindings)) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

describe('planner statistics after a bulk load', () => {
  it("the portfolio's units sheet reads a chunk's leases through lease_units' unit index", async () => {
    const ctx = serviceContext(t);
    const units = exportSources['units']!;
    const plan = (await planNarrowRead(ctx, units.narrow!, units.parse({}), units.portfolioColumns))!;
    const ids = ((await ctx.db('units').orderBy('id').limit(500).select('id')) as { id: number }[]).map((r) => r.id);
    expect(ids).toHaveLength(500);
    const chunk = plan.rowsQuery.clone().whereIn(plan.idColumn, ids).toSQL();
    const text = await planText(ctx.db, chunk.sql, chunk.bindings);
    expect(text).toContain('lease_units_unit_id_idx');
  });

  it.skipIf(skipUnlessPostgres('the sizes the PostgreSQL planner knows'))(
    'PostgreSQL knows the loaded tables’ sizes (analyzed), without waiting for autovacuum',
    async () => {
      const rows = (await t.backEnd.database.knex.raw(
        "select relname, reltuples from pg_class where relname in ('units', 'leases', 'lease_units') order by relname",
      )) as { rows: { relname: string; reltuples: number }[] };
      expect(rows.rows.map((r) => [r.relname, Number(r.reltuples)])).toEqual([
        ['lease_units', 1500],
        ['leases', 1500],
        ['units', 1500],
      ]);
    },
  );
});
