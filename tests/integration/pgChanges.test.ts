/**
 * LISTEN/NOTIFY as PostgreSQL's "table X changed": a colleague's committed
 * save reaches another back end's listener, named by table, within two
 * seconds; a rolled-back write sends nothing; a dropped listening
 * connection comes back and says that anything may have changed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { installPgChangeTriggers, listenPgChanges, type PgChangeListener } from '../../electron/db/pgChanges';
import { modulbostadInput } from '../fixtures/bestand';
import { departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';
import { skipUnlessPostgres } from './testEngine';

const open: (TestBackEnd | PgChangeListener)[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

function collector() {
  const seen: string[][] = [];
  const waitFor = async (pred: (tables: string[]) => boolean, ms = 2000): Promise<number> => {
    const start = Date.now();
    while (Date.now() - start < ms) {
      if (seen.some(pred)) return Date.now() - start;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no matching change within ${ms} ms; saw ${JSON.stringify(seen)}`);
  };
  return { seen, onChange: (t: string[]) => seen.push(t), waitFor };
}

describe.skipIf(skipUnlessPostgres('LISTEN/NOTIFY'))('PostgreSQL change notifications', () => {
  it("a colleague's save reaches the other back end by table name within two seconds; a rollback sends nothing", async () => {
    // Each back end installs the triggers when it opens, leaving out the quiet tables.
    const me = await openTestBackEnd({ login: 'jag' });
    open.push(me);
    const colleague = await openTestBackEnd({ dbPath: me.dbPath, login: 'kollega' });
    open.push(colleague);
    const c = collector();
    const listener = await listenPgChanges(me.dbPath, c.onChange);
    open.push(listener);

    const ff = (await departmentIds(colleague))['FF']!;
    // A grid layout saved first: a quiet table, news to nobody.
    await colleague.call('prefs.set', { key: 'grid.units', value: { sort: [] } });
    await colleague.call('units.create', modulbostadInput(ff));
    const ms = await c.waitFor((t) => t.includes('units'));
    expect(ms).toBeLessThan(2000);
    expect(c.seen.flat()).toContain('audit_log');
    expect(c.seen.flat()).not.toContain('user_prefs');

    c.seen.length = 0;
    await colleague.backEnd.database.knex
      .transaction(async (trx) => {
        await trx('organisations').update({ notes: 'ångras' });
        throw new Error('rolled back');
      })
      .catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    expect(c.seen).toEqual([]);
  });

  it('a dropped listening connection comes back and reports that anything may have changed', async () => {
    const me = await openTestBackEnd();
    open.push(me);
    await installPgChangeTriggers(me.backEnd.database.knex);
    const c = collector();
    const listener = await listenPgChanges(me.dbPath, c.onChange);
    open.push(listener);
    expect(listener.connected()).toBe(true);
    await me.backEnd.database.knex.raw(
      "select pg_terminate_backend(pid) from pg_stat_activity where query = 'LISTEN bostad_changes' and datname = current_database()",
    );
    // While it is away, a kept role (features/users/roles.ts) must not be trusted.
    for (let waited = 0; listener.connected() && waited < 2000; waited += 10)
      await new Promise((r) => setTimeout(r, 10));
    expect(listener.connected()).toBe(false);
    await c.waitFor((t) => t.includes('*'), 5000);
    expect(listener.connected()).toBe(true);
    const ff = (await departmentIds(me))['FF']!;
    await me.call('units.create', modulbostadInput(ff, { objectNumber: 'EFTER-1' }));
    await c.waitFor((t) => t.includes('units'));
  });
});
