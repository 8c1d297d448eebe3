/**
 * The DataGrid wrapper builds the list procedure's query from the grid's
 * sort, its column filters and the quick search. AG Grid virtualises rows
 * (and jsdom lays nothing out), so the test asserts the queries the real
 * component sends to a real list procedure, and what comes back.
 */
import { fireEvent, render, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ListQuery } from '../../shared/core/listQuery';
import { DataGrid, listQueryOf } from '../../renderer/components/grid/DataGrid';
import { unitColumns } from '../../renderer/features/units/unitColumns';
import { unitsApi } from '../../renderer/features/units/unitsApi';
import { departmentIds } from '../integration/testBackEnd';
import { modulbostadInput } from '../fixtures/bestand';
import { testBackEnd } from './backEnd';

beforeAll(async () => {
  const t = await testBackEnd();
  const ff = (await departmentIds(t))['FF']!;
  for (const [n, address] of [
    [1, 'Vasatorpsvägen 12'],
    [2, 'Ängelholmsvägen 3'],
    [3, 'Vasatorpsvägen 14'],
  ] as const)
    await t.call('units.create', modulbostadInput(ff, { objectNumber: `MOD-000${n}`, address }));
  // The user's remembered layout: newest object number first.
  await t.call('prefs.set', {
    key: 'grid.test-units',
    value: { sort: { sortModel: [{ colId: 'objectNumber', sort: 'desc' }] } },
  });
});

function renderGrid(search: string, sent: ListQuery[], totals: (number | null)[]) {
  const props = {
    gridId: 'test-units',
    columns: unitColumns,
    fetchPage: (q: ListQuery) => {
      sent.push(q);
      return unitsApi.list(q);
    },
    onTotal: (n: number | null) => totals.push(n),
  };
  const view = render(<DataGrid {...props} search={search} />);
  return { ...view, search: (text: string) => view.rerender(<DataGrid {...props} search={text} />) };
}

describe('DataGrid', () => {
  it('asks for the first page at once with the total, then in the remembered sort, and shows the count the procedure gives', async () => {
    const sent: ListQuery[] = [];
    const totals: (number | null)[] = [];
    renderGrid('', sent, totals);
    await waitFor(() => expect(totals).toContain(3));
    // The grid does not wait for the remembered layout (nothing is cached in this browser yet):
    // the first page is asked for at once, and again in the remembered sort when the layout arrives.
    expect(sent[0]).toMatchObject({ offset: 0, limit: 100, filters: {}, search: '', withTotal: true });
    await waitFor(() =>
      expect(sent.at(-1)).toMatchObject({
        offset: 0,
        limit: 100,
        sort: [{ column: 'objectNumber', direction: 'desc' }],
      }),
    );
  });

  it('sends the quick search as a new list, keeping the sort', async () => {
    const sent: ListQuery[] = [];
    const totals: (number | null)[] = [];
    const grid = renderGrid('', sent, totals);
    await waitFor(() => expect(totals).toContain(3));
    grid.search('vasatorp');
    await waitFor(() => expect(totals.at(-1)).toBe(2));
    expect(sent.at(-1)).toMatchObject({
      offset: 0,
      search: 'vasatorp',
      sort: [{ column: 'objectNumber', direction: 'desc' }],
      withTotal: true,
    });
  });

  it('sends a column filter typed in the header as the filter model, and sorting by a header click', async () => {
    const sent: ListQuery[] = [];
    const totals: (number | null)[] = [];
    const { container } = renderGrid('', sent, totals);
    await waitFor(() => expect(totals).toContain(3));
    const floating = container.querySelector<HTMLInputElement>(
      '.ag-header-cell[col-id="address"] input, .ag-floating-filter[col-id="address"] input',
    );
    expect(floating).not.toBeNull();
    fireEvent.input(floating!, { target: { value: 'Ängel' } });
    await waitFor(() => expect(totals.at(-1)).toBe(1), { timeout: 15_000 });
    expect(sent.at(-1)?.filters).toEqual({ address: { filterType: 'text', type: 'contains', filter: 'Ängel' } });

    const header = container.querySelector<HTMLElement>('.ag-header-cell[col-id="address"] .ag-header-cell-label');
    expect(header).not.toBeNull();
    fireEvent.click(header!);
    await waitFor(() => expect(sent.at(-1)?.sort).toEqual([{ column: 'address', direction: 'asc' }]));
    expect(sent.at(-1)?.filters).toEqual({ address: { filterType: 'text', type: 'contains', filter: 'Ängel' } });
  });
});

describe('listQueryOf', () => {
  it('turns a block of rows, the sort model and the filter model into the list query; the total with the first block only', () => {
    const params = {
      startRow: 200,
      endRow: 300,
      sortModel: [
        { colId: 'status', sort: 'asc' as const },
        { colId: 'address', sort: 'desc' as const },
      ],
      filterModel: { rooms: { filterType: 'number', type: 'greaterThan', filter: 2 } },
    };
    expect(listQueryOf(params, 'eneborg')).toEqual({
      offset: 200,
      limit: 100,
      sort: [
        { column: 'status', direction: 'asc' },
        { column: 'address', direction: 'desc' },
      ],
      filters: { rooms: { filterType: 'number', type: 'greaterThan', filter: 2 } },
      search: 'eneborg',
      withTotal: false,
    });
    expect(listQueryOf({ ...params, startRow: 0 }, '').withTotal).toBe(true);
  });
});
