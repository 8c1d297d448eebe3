/**
 * The registers' list calls at each size, through dispatch, beside the same
 * SQL run directly: the statements one call sends are recorded, then
 * replayed on a separate plain sqlite3 connection, so the figure is the
 * app's overhead over the database's own time for the same work. units.list
 * is measured over HTTP too, as the browser host serves it.
 */
import type { Api, ProcedureName } from '../../shared/api';
import type { InputOf } from '../../shared/core/procedure';
import { callProcedure } from '../core/callProcedure';
import type { BackEnd } from '../core/context';
import { TOKEN_HEADER } from '../../shared/core/bridge';
import { startHost } from '../host/server';
import { openDirect, recordStatements } from './benchDirectSql';
import type { Figures, FigureSpec } from './benchFigures';
import { medianMs } from './benchUtil';

/** A page a user would ask for: rented units, sorted by address, a few pages in. */
export const UNIT_LIST_QUERY = {
  offset: 300,
  limit: 100,
  sort: [{ column: 'address', direction: 'asc' as const }],
  filters: {
    status: { filterType: 'set' as const, values: ['uthyrd'] },
    district: { filterType: 'text' as const, type: 'contains' as const, filter: 'berg' },
  },
  search: '',
  withTotal: true,
};

interface ListCall {
  name: string;
  call(backEnd: BackEnd, size: number): Promise<unknown>;
}

function listCall<K extends ProcedureName>(
  name: string,
  procedure: K,
  input: (size: number) => InputOf<Api[K]>,
): ListCall {
  return { name, call: (backEnd, size) => callProcedure(backEnd, procedure, input(size)) };
}

/** The calls the screens make: first pages with totals, deep pages, the filters caseworkers use. */
export const LIST_CALLS: ListCall[] = [
  listCall('units.list rented, by address, page 4 + total', 'units.list', () => UNIT_LIST_QUERY),
  listCall('leases.list default, first page + total', 'leases.list', () => ({ limit: 100 })),
  listCall('leases.list aktiv, deadline ≤ 365 d, first page + total', 'leases.list', () => ({
    sort: [{ column: 'nextNoticeDate', direction: 'asc' }],
    filters: { status: { filterType: 'set', values: ['aktiv'] } },
    deadlineWithinDays: 365,
    limit: 100,
  })),
  listCall('leases.list by landlord name, first page + total', 'leases.list', () => ({
    limit: 100,
    sort: [{ column: 'landlordName', direction: 'asc' }],
  })),
  listCall('leases.list quick search, first page + total', 'leases.list', () => ({
    limit: 100,
    search: 'lgh-2000123',
  })),
  listCall('contracts.list default, first page + total', 'contracts.list', () => ({ limit: 100 })),
  listCall('contracts.list aktiv, by end date, first page + total', 'contracts.list', () => ({
    limit: 100,
    sort: [{ column: 'endsOn', direction: 'asc' }],
    filters: { status: { filterType: 'set', values: ['aktivt'] } },
  })),
  listCall('contracts.list half-way down, no total', 'contracts.list', (size) => ({
    offset: Math.floor(size / 2),
    limit: 100,
    withTotal: false,
  })),
  listCall('contracts.list quick search (a surname), first page + total', 'contracts.list', () => ({
    limit: 100,
    search: 'håkansson',
  })),
  listCall('households.list default, first page + total', 'households.list', () => ({ limit: 100 })),
  listCall('households.list half-way down, no total', 'households.list', (size) => ({
    offset: Math.floor(size / 2),
    limit: 100,
    withTotal: false,
  })),
  listCall('watch.list 120 days (Bevakning)', 'watch.list', () => ({ horizonDays: 120 })),
  listCall('watch.list counts only (start page)', 'watch.list', () => ({ horizonDays: 120, limit: 0 })),
];

const LIST_AIM_MS = 100;

function listSpec(name: string): FigureSpec {
  return {
    name,
    aim: `≤ 1.5× the same SQL directly (or ≤ 5 ms), and ≤ ${LIST_AIM_MS} ms`,
    reference: 'the recorded statements replayed on a plain sqlite3 connection',
    met: (m) => (m.ms ?? Infinity) <= LIST_AIM_MS && ((m.ratio ?? Infinity) <= 1.5 || (m.ms ?? Infinity) <= 5),
  };
}

export async function benchLists(backEnd: BackEnd, figures: Figures, size: number, runs: number): Promise<void> {
  // The reference replays SQLite statements on a plain sqlite3 connection; on
  // PostgreSQL the figure stands beside its SQLite twin instead (bench.ts).
  const direct = backEnd.database.kind === 'sqlite' ? await openDirect(backEnd.database.path) : null;
  try {
    for (const call of LIST_CALLS) {
      await figures.measure(listSpec(call.name), size, 120_000, async () => {
        const viaDispatch = () => call.call(backEnd, size);
        const first = await viaDispatch();
        const statements = await recordStatements(backEnd.database.knex, viaDispatch);
        const refMs = direct ? await medianMs(() => direct.run(statements), runs, 2) : undefined;
        const ms = await medianMs(viaDispatch, runs, 2);
        const total = (first as { total?: number | null }).total;
        return {
          ms,
          ...(refMs === undefined ? {} : { refMs }),
          facts: { statements: statements.length, ...(typeof total === 'number' ? { total } : {}) },
        };
      });
    }
  } finally {
    await direct?.close();
  }

  const host = await startHost({ backEnd });
  try {
    await figures.measure(
      {
        name: 'units.list over HTTP (browser host)',
        aim: `≤ 1.5× through dispatch alone, and ≤ ${LIST_AIM_MS} ms`,
        reference: 'the same call through dispatch',
        met: (m) => (m.ms ?? Infinity) <= LIST_AIM_MS && (m.ratio ?? Infinity) <= 1.5,
      },
      size,
      60_000,
      async () => {
        const body = JSON.stringify(UNIT_LIST_QUERY);
        const viaHttp = async () => {
          const res = await fetch(`${host.url}api/units.list`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
            body,
          });
          await res.json();
        };
        const refMs = await medianMs(() => callProcedure(backEnd, 'units.list', UNIT_LIST_QUERY), runs, 2);
        return { ms: await medianMs(viaHttp, runs, 2), refMs };
      },
    );
  } finally {
    await host.close();
  }
}
