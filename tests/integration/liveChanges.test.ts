/**
 * The change feed and sessions, between two back ends on one file (as two
 * colleagues' apps are): a save in one is reported in the other by table,
 * through PRAGMA data_version and the change counters; writes that no
 * screen shows (a heartbeat, a grid layout) are not news.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../shared/core/changes';
import { sqliteWatchedTables } from '../../electron/db/changeTriggers';
import { modulbostadInput } from '../fixtures/bestand';
import { departmentIds, openTestBackEnd, tempDir, type TestBackEnd } from './testBackEnd';

const open: TestBackEnd[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
});

async function twoColleagues(): Promise<[TestBackEnd, TestBackEnd]> {
  const dbPath = path.join(tempDir(), 'shared.sqlite');
  const anna = await openTestBackEnd({ dbPath, login: 'anna' });
  const bertil = await openTestBackEnd({ dbPath, login: 'bertil' });
  open.push(anna, bertil);
  // Bertil's start (his users row) is news to Anna; the tests start after it.
  await anna.backEnd.changes.check();
  return [anna, bertil];
}

function record(t: TestBackEnd): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  t.backEnd.changes.subscribe((e) => events.push(e));
  return events;
}

/** One poll of the feed, as the timer would (data_version first, then the counters). */
async function poll(t: TestBackEnd): Promise<void> {
  t.backEnd.changes.start();
  t.backEnd.changes.stop();
  await t.backEnd.changes.check();
}

describe('change feed', () => {
  it('every table a screen shows has its three triggers; quiet tables have none', async () => {
    const [anna] = await twoColleagues();
    const knex = anna.backEnd.database.knex;
    const tables = await sqliteWatchedTables(knex);
    expect(tables).toEqual(expect.arrayContaining(['units', 'leases', 'municipal_contracts', 'audit_log']));
    expect(tables).not.toContain('sessions');
    // Only the change triggers: a register's search index has triggers of its own.
    const triggers = (
      (await knex.raw("select tbl_name from sqlite_master where type = 'trigger' and name like 'bostad_change_%'")) as {
        tblName: string;
      }[]
    ).map((r) => r.tblName);
    for (const table of tables) expect(triggers.filter((t) => t === table)).toHaveLength(3);
    expect(triggers).not.toContain('sessions');
    // A full-text index (virtual) and its shadow tables are not watched.
    expect(tables.filter((t) => t.startsWith('search_'))).toEqual([]);
  });

  it('a colleague’s save is reported by table; our own save too, once', async () => {
    const [anna, bertil] = await twoColleagues();
    const annaSees = record(anna);
    const bertilSees = record(bertil);
    const ff = (await departmentIds(bertil))['FF']!;

    await bertil.call('units.create', modulbostadInput(ff));
    await poll(anna);
    expect(annaSees).toHaveLength(1);
    expect(annaSees[0]!.tables).toEqual(expect.arrayContaining(['units', 'audit_log']));
    // Bertil's own window hears of it from dispatch, right after the commit.
    expect(bertilSees).toHaveLength(1);
    expect(bertilSees[0]!.tables).toContain('units');

    // Nothing new: nothing reported.
    await poll(anna);
    await bertil.backEnd.changes.check();
    expect(annaSees).toHaveLength(1);
    expect(bertilSees).toHaveLength(1);
  });

  it('a grid layout saved or a heartbeat is not news to anyone', async () => {
    const [anna, bertil] = await twoColleagues();
    const annaSees = record(anna);
    await bertil.call('prefs.set', { key: 'grid.units', value: { sort: [] } });
    await bertil.backEnd.database.knex('sessions').insert({
      id: 'x',
      login: 'bertil',
      displayName: 'bertil',
      machine: 'pc',
      startedAt: new Date().toISOString(),
      heartbeatAt: new Date().toISOString(),
    });
    await poll(anna);
    expect(annaSees).toEqual([]);
  });
});

describe('sessions', () => {
  it('lists the other live sessions, not this one, and not those whose heartbeat stopped', async () => {
    const [anna, bertil] = await twoColleagues();
    const now = Date.now();
    const row = (id: string, login: string, ago: number) => ({
      id,
      login,
      displayName: login === 'anna' ? 'Anna Berg' : login,
      machine: `${login}-pc`,
      startedAt: new Date(now - 3_600_000).toISOString(),
      heartbeatAt: new Date(now - ago).toISOString(),
    });
    await anna.backEnd.database
      .knex('sessions')
      .insert([
        row(anna.backEnd.sessionId, 'anna', 1000),
        row(bertil.backEnd.sessionId, 'bertil', 2000),
        row('crashed', 'cecilia', 120_000),
      ]);
    expect((await anna.call('sessions.others', {})).map((s) => s.displayName)).toEqual(['bertil']);
    expect((await bertil.call('sessions.others', {})).map((s) => s.displayName)).toEqual(['Anna Berg']);
  });
});
