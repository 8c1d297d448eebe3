import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport, xlsxBytes } from './importHelpers';
import { countRows, openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
beforeEach(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
});
afterEach(async () => {
  await t.close();
});

const HEAD = [
  'Namn',
  'Personnr',
  'Medsökande',
  'Medsökandes personnummer',
  'Antal barn',
  'Målgrupp',
  'Förvaltning',
  'Handläggare',
];

function list(rows: (string | number | null)[][]) {
  return xlsxBytes([{ name: 'Hushåll', rows: [['Hushåll hos FF'], HEAD, ...rows] }]);
}

describe('import of households with their members', () => {
  it('reads 10- and 12-digit numbers by the century rule, matches on the holder, updates, and reverts', async () => {
    const first = await list([
      ['Anna Andersson', '851024-2392', 'Bo Andersson', '198812212382', 2, 'Bostad Först', 'SOF', 'Karin'],
      ['Gustav Gammal', '201127+9268', null, null, 0, 'Äldre', 'VOF', null], // born 1920: "+"
      ['Sam Samordning', '220891-2390', null, null, 0, 'Nyanlända', 'AMF', null], // samordningsnummer
      ['Fel Felsson', '851024-2393', null, null, 0, 'Övrigt', 'SOF', null],
    ]);
    const run = await runImport(t, 'households', first, 'hushall.xlsx', { mode: 'approved' });
    expect(run.inspect.columns.map((c) => c.field)).toEqual([
      'holderName',
      'holderIdentity',
      'coName',
      'coIdentity',
      'childrenCount',
      'targetGroup',
      'referringDepartment',
      'caseworkerName',
    ]);
    expect(run.preview.counts).toEqual({ new: 3, update: 0, unchanged: 0, refused: 1 });
    expect(run.preview.rows[3]!.problems[0]!.message).toMatch(
      /Kontrollsiffran stämmer inte|kontrollsiffran stämmer inte/,
    );
    // Lists show personnummer masked, the preview too.
    expect(run.preview.rows[0]!.cells['holderIdentity']).toBe('********-****');
    expect(run.preview.rows[0]!.cells['coIdentity']).toBe('19881221-****');
    expect(JSON.stringify(run.preview)).not.toContain('2392');
    expect(run.job.status).toBe('done');

    const members = (await t.backEnd.database
      .knex('householdMembers')
      .orderBy('identityNumber')
      .select('identityNumber', 'isHolder')) as {
      identityNumber: string;
    }[];
    expect(members.map((m) => m.identityNumber)).toEqual([
      '192011279268',
      '198510242392',
      '198812212382',
      '202208912390',
    ]);
    const anna = (await t.call('households.list', { search: 'Anna' })).rows[0]!;
    expect(anna).toMatchObject({ householdSize: 4, childrenCount: 2, holderName: 'Anna Andersson' });

    const again = await runImport(t, 'households', first, 'hushall.xlsx', { mode: 'approved' });
    expect(again.preview.counts).toEqual({ new: 0, update: 0, unchanged: 3, refused: 1 });

    const second = await list([['Anna Andersson', '198510242392', null, null, 2, 'Bostad Först', 'SOF', 'Lena']]);
    const update = await runImport(t, 'households', second, 'hushall-2.xlsx');
    expect(update.preview.counts).toEqual({ new: 0, update: 1, unchanged: 0, refused: 0 });
    expect((await t.call('households.list', { search: 'Anna' })).rows[0]).toMatchObject({
      caseworkerName: 'Lena',
      version: 2,
    });

    await t.call('imports.revert', { id: update.job.batchId! });
    expect((await t.call('households.list', { search: 'Anna' })).rows[0]).toMatchObject({
      caseworkerName: 'Karin',
      version: 3,
    });
    // The first batch made Anna's household; it has changed since (twice), so that batch stays.
    const refusedRevert = await t.send('imports.revert', { id: run.job.batchId! });
    expect(refusedRevert).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await countRows(t, 'households')).toBe(3);
    expect(await countRows(t, 'householdMembers')).toBe(4);
  });

  it('refuses a person who already belongs to another household', async () => {
    await runImport(
      t,
      'households',
      await list([['Anna Andersson', '851024-2392', null, null, 0, 'Övrigt', 'SOF', null]]),
      'a.xlsx',
    );
    const clash = await runImport(
      t,
      'households',
      await list([['Bo Andersson', '198812212382', 'Anna Andersson', '198510242392', 0, 'Övrigt', 'SOF', null]]),
      'b.xlsx',
    );
    expect(clash.preview.rows[0]!.problems[0]!.message).toMatch(
      /Anna Andersson \(19851024-\*\*\*\*\) finns redan i hushållet med kontraktsinnehavare Anna Andersson/,
    );
    expect(clash.job.status).toBe('failed');
    expect(await countRows(t, 'households')).toBe(1);
  });
});
