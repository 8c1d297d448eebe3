import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from './importHelpers';
import { countRows, openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
beforeEach(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
});
afterEach(async () => {
  await t.close();
});

/** As older Swedish Excel saves "CSV (semikolonavgränsad)": Windows-1252, semicolons, decimal comma. */
function kpiCsv(lines: string[]): Buffer {
  return Buffer.from(['KPI, totalindex (1980=100)', '', 'Månad;KPI', ...lines, ''].join('\r\n'), 'latin1');
}

describe('import of the KPI table from CSV', () => {
  it('reads months and decimal commas, finds a re-import unchanged, updates a corrected value, and reverts', async () => {
    const file = kpiCsv(['okt 2024;414,55', '2025-10;418,1', '2025-11;419']);
    const run = await runImport(t, 'kpi', file, 'kpi.csv');
    expect(run.inspect.headerRow).toBe(2);
    expect(run.preview.counts).toEqual({ new: 3, update: 0, unchanged: 0, refused: 0 });
    expect((await t.call('kpi.list', {})).map((k) => [k.month, k.value])).toEqual([
      ['2025-11', 419],
      ['2025-10', 418.1],
      ['2024-10', 414.55],
    ]);
    expect((await runImport(t, 'kpi', file, 'kpi.csv')).preview.counts.unchanged).toBe(3);

    const corrected = await runImport(t, 'kpi', kpiCsv(['2025-10;418,2', 'mars;1']), 'kpi-2.csv', { mode: 'approved' });
    expect(corrected.preview.counts).toEqual({ new: 0, update: 1, unchanged: 0, refused: 1 });
    expect(corrected.preview.rows[1]!.problems[0]!.message).toMatch(/^Månad: ange månad som ÅÅÅÅ-MM/);
    expect((await t.call('kpi.list', {})).find((k) => k.month === '2025-10')).toMatchObject({
      value: 418.2,
      version: 2,
    });

    await t.call('imports.revert', { id: corrected.job.batchId! });
    expect((await t.call('kpi.list', {})).find((k) => k.month === '2025-10')).toMatchObject({
      value: 418.1,
      version: 3,
    });
    // The first batch's 2025-10 has changed since (the correction and its revert): that batch stays.
    expect(await t.send('imports.revert', { id: run.job.batchId! })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await countRows(t, 'kpiValues')).toBe(3);
  });
});
