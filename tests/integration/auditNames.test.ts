/** Issue 13, point 13: the history names each change's author as they were called at the time. */
import knexFactory from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationSource } from '../../electron/db/migrate';
import { ImmediateSqliteClient } from '../../electron/db/sqliteClient';
import { modulbostadInput } from '../fixtures/bestand';
import { departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';
import { skipUnlessSqlite } from './testEngine';

let t: TestBackEnd;
let ff: number;

beforeEach(async () => {
  t = await openTestBackEnd({ login: 'anna' });
  ff = (await departmentIds(t))['FF']!;
});
afterEach(async () => {
  await t.close();
});

describe('history names', () => {
  it('keep the display name of the time on older entries after a rename', async () => {
    await t.call('users.setDisplayName', { displayName: 'Anna Ek' });
    const unit = await t.call('units.create', modulbostadInput(ff));
    await t.call('users.setDisplayName', { displayName: 'Anna Lind' });
    await t.call('units.update', { ...modulbostadInput(ff), id: unit.id, version: unit.version, district: 'Söder' });

    const history = await t.call('audit.forRecord', { entity: 'unit', id: unit.id });
    expect(history.map((h) => [h.action, h.actorName])).toEqual([
      ['update', 'Anna Lind'],
      ['create', 'Anna Ek'],
    ]);
  });
});

describe('migration 0130', () => {
  it('fills the names of entries written before it with the name known then', async () => {
    if (skipUnlessSqlite('rolling migration 0130 back and forth on a database file')) return;
    await t.call('users.setDisplayName', { displayName: 'Anna Ek' });
    const unit = await t.call('units.create', modulbostadInput(ff));
    const dbPath = t.dbPath;
    await t.close();
    const plain = knexFactory({
      client: ImmediateSqliteClient,
      connection: { filename: dbPath },
      useNullAsDefault: true,
    });
    try {
      await plain.migrate.down({ migrationSource, name: '0130_audit_actor_name' });
      await plain.migrate.latest({ migrationSource });
      const rows = (await plain('audit_log').where({ entity: 'unit', entity_id: unit.id })) as { actor_name: string }[];
      expect(rows.map((r) => r.actor_name)).toEqual(['Anna Ek']);
    } finally {
      await plain.destroy();
    }
    t = await openTestBackEnd({ dbPath });
  });
});
