/** Issue 13, point 13: the history names each change's author as they were called at the time. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modulbostadInput } from '../fixtures/bestand';
import { departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';

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
