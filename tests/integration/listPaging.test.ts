/**
 * Lists that choose their page first (ids on the table alone, then the
 * rows with their joins, electron/core/listQuery.ts `pageFirst`) page
 * exactly as one joined query would: same order, no row twice or missing,
 * archived rows out unless asked for, and a sort or filter on a joined
 * column still works (it takes the joined query).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modulbostadInput } from '../fixtures/bestand';
import { contractInput, householdInput, member } from '../fixtures/households';
import { TEST_PERSONNUMMER } from '../fixtures/testIdentityNumbers';
import { openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
const NAMES = ['Berit Ek', 'Adam Al', 'Cecilia Ek', 'Adam Al', 'David Ås', 'Eva Berg'];
const ids: number[] = [];

beforeEach(async () => {
  t = await openTestBackEnd();
  const departments = await t.call('departments.list', {});
  const sof = departments.find((d) => d.code === 'SOF')!.id;
  const vof = departments.find((d) => d.code === 'VOF')!.id;
  const ff = departments.find((d) => d.code === 'FF')!.id;
  ids.length = 0;
  for (const [i, name] of NAMES.entries()) {
    const h = await t.call(
      'households.create',
      householdInput(i % 2 ? vof : sof, {
        members: [member(name, TEST_PERSONNUMMER[i]!, true)],
        householdSize: 1,
        childrenCount: 0,
      }),
    );
    ids.push(h.id);
    const unit = await t.call('units.create', modulbostadInput(ff, { objectNumber: `MOD-${i}` }));
    const draft = await t.call(
      'contracts.create',
      contractInput({ unitId: unit.id, householdId: h.id, referringDepartmentId: i % 2 ? vof : sof }),
    );
    if (i !== 1) await t.call('contracts.activate', { id: draft.id, version: draft.version });
  }
  const archived = await t.call('households.get', { id: ids[5]! });
  // Household 5 ends its contract and is archived.
  const c = (await t.call('contracts.forHousehold', { householdId: archived.id }))[0]!;
  const ended = await t.call('contracts.end', { id: c.id, version: c.version, endDate: '2026-11-26', reason: 'annat' });
  expect(ended.status).toBe('avslutat');
  await t.call('households.archive', { id: archived.id, version: archived.version });
});
afterEach(async () => {
  await t.close();
});

async function pages(query: {
  sort?: { column: string; direction: 'asc' | 'desc' }[];
  includeArchived?: boolean;
  filters?: Record<string, unknown>;
}) {
  const seen: string[] = [];
  for (let offset = 0; offset < 10; offset += 2) {
    const page = await t.call('households.list', { ...query, offset, limit: 2, withTotal: offset === 0 } as never);
    seen.push(...page.rows.map((r) => `${r.holderName}#${r.id}:${r.currentContractNumber ?? '-'}`));
  }
  return seen;
}

describe('a list chosen page first', () => {
  it('pages households by name as one query would, with each page’s current contract', async () => {
    const label = (i: number, contract: string) => `${NAMES[i]}#${ids[i]}:${contract}`;
    expect(await pages({})).toEqual([
      label(1, '-'),
      label(3, 'KK-2026-0004'),
      label(0, 'KK-2026-0001'),
      label(2, 'KK-2026-0003'),
      label(4, 'KK-2026-0005'),
    ]);
    expect(await pages({ sort: [{ column: 'holderName', direction: 'desc' }] })).toEqual([
      label(4, 'KK-2026-0005'),
      label(2, 'KK-2026-0003'),
      label(0, 'KK-2026-0001'),
      label(1, '-'),
      label(3, 'KK-2026-0004'),
    ]);
    expect((await pages({ includeArchived: true })).at(-1)).toBe(label(5, '-'));
  });

  it('a sort or filter on a joined column pages through the joined query', async () => {
    const bySof = await pages({
      filters: { referringDepartmentCode: { filterType: 'text', type: 'equals', filter: 'SOF' } },
    });
    expect(bySof.map((r) => r.split('#')[0])).toEqual(['Berit Ek', 'Cecilia Ek', 'David Ås']);
    const byDepartment = await pages({
      sort: [
        { column: 'referringDepartmentCode', direction: 'asc' },
        { column: 'holderName', direction: 'asc' },
      ],
    });
    expect(byDepartment.map((r) => r.split('#')[0])).toEqual([
      'Berit Ek',
      'Cecilia Ek',
      'David Ås',
      'Adam Al',
      'Adam Al',
    ]);
  });

  it('pages contracts newest number first', async () => {
    const numbers: string[] = [];
    for (let offset = 0; offset < 8; offset += 4)
      numbers.push(...(await t.call('contracts.list', { offset, limit: 4 })).rows.map((r) => r.contractNumber));
    expect(numbers).toEqual([
      'KK-2026-0006',
      'KK-2026-0005',
      'KK-2026-0004',
      'KK-2026-0003',
      'KK-2026-0002',
      'KK-2026-0001',
    ]);
  });
});
