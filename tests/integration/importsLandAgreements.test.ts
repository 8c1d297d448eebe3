import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AP_FUND_ORGANISATION_NUMBERS } from '../fixtures/organisationNumbers';
import { runImport, xlsxBytes } from './importHelpers';
import { countRows, openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
beforeEach(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
});
afterEach(async () => {
  await t.close();
});

const [a, b] = AP_FUND_ORGANISATION_NUMBERS;

describe('import of markanvisningar', () => {
  it('matches on fastighetsbeteckning, takes the developer by name or number, and refuses one that is no developer', async () => {
    const orgs = await xlsxBytes([
      {
        name: 'Org',
        rows: [
          ['Namn', 'Org.nr', 'Hyresvärd', 'Byggaktör'],
          ['Bygg AB', a!.shortFormat, 'Nej', 'Ja'],
          ['Bara Värd AB', b!.shortFormat, 'Ja', ''],
        ],
      },
    ]);
    expect((await runImport(t, 'organisations', orgs, 'org.xlsx')).job.status).toBe('done');
    const list = (volume: number) =>
      xlsxBytes([
        {
          name: 'Markanvisningar',
          rows: [
            [
              'Fastighetsbeteckning',
              'Projekt',
              'Byggaktör',
              'Avtalstyp',
              'Undertecknat',
              'Antal bostäder',
              'Leveransår',
            ],
            ['Drottninghög 1:5', 'Etapp 3', 'Bygg AB', 'Markanvisningsavtal', '2024-05-01', volume, '2028'],
            ['Planteringen 2:1', 'Norra', a!.separatedFormat, 'Marköverlåtelseavtal', '2025-02-01', 40, ''],
            ['Husensjö 3:3', 'Väst', 'Bara Värd AB', 'Markanvisningsavtal', '2025-02-01', 20, ''],
          ],
        },
      ]);
    const run = await runImport(t, 'landAgreements', await list(85), 'mark.xlsx', { mode: 'approved' });
    expect(run.preview.counts).toEqual({ new: 2, update: 0, unchanged: 0, refused: 1 });
    expect(run.preview.rows[2]!.problems[0]!.message).toBe(
      'Byggaktör: Bara Värd AB är inte registrerad som byggaktör.',
    );
    const agreements = await t.call('landAgreements.list', { sort: [{ column: 'projectName', direction: 'asc' }] });
    expect(agreements.rows.map((r) => [r.projectName, r.owedDwellings, r.dueDate])).toEqual([
      ['Etapp 3', 9, '2028-12-31'],
      ['Norra', 4, null],
    ]);
    const update = await runImport(t, 'landAgreements', await list(100), 'mark-2.xlsx', { mode: 'approved' });
    expect(update.preview.counts).toEqual({ new: 0, update: 1, unchanged: 1, refused: 1 });
    await t.call('imports.revert', { id: update.job.batchId! });
    expect((await t.call('landAgreements.list', { search: 'Etapp 3' })).rows[0]).toMatchObject({
      volumeDwellings: 85,
      version: 3,
    });
    // The first batch's agreement has changed since: that batch stays.
    expect(await t.send('imports.revert', { id: run.job.batchId! })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await countRows(t, 'landAgreements')).toBe(2);
  });
});
