/** Hyresavtal: every lease with its next deadline, as a grid with a form beside it. */
import { useCallback, useState } from 'react';
import { formatNumber } from '../../../shared/core/format';
import type { LeaseListQuery, LeaseRow } from '../../../shared/leases/schema';
import { Drawer } from '../../components/Drawer';
import { ListToolbar } from '../../components/ListToolbar';
import { DataGrid } from '../../components/grid/DataGrid';
import { useRegisterState } from '../../components/useRegisterState';
import { navigate, recordParam, useRoute } from '../../router';
import { leaseColumns } from './leaseColumns';
import { LeaseForm } from './LeaseForm';
import { leasesApi, useLease } from './leasesApi';

const DEADLINE_WINDOWS = [30, 60, 90, 120, 180, 365];

export function LeasesScreen() {
  const [, param] = useRoute();
  const open = recordParam(param);
  const {
    search,
    setSearch,
    includeArchived,
    setIncludeArchived,
    total,
    setTotal,
    refreshToken,
    refresh,
    gridKey,
    resetLayout,
    close,
  } = useRegisterState('hyresavtal', 'leases');
  const [within, setWithin] = useState<number | null>(null);
  const opened = useLease(typeof open === 'number' ? open : null);

  const fetchPage = useCallback(
    (q: LeaseListQuery) =>
      leasesApi.list({ ...q, includeArchived, ...(within !== null ? { deadlineWithinDays: within } : {}) }),
    [includeArchived, within],
  );
  const saved = useCallback(() => refresh(), [refresh]);

  return (
    <div className="screen">
      <ListToolbar
        title="Hyresavtal"
        count={total === null ? '' : `${formatNumber(total)} avtal`}
        search={search}
        onSearch={setSearch}
        searchLabel="Sök hyresavtal (avtalsnummer, hyresvärd, referens, bostad, adress)"
        includeArchived={includeArchived}
        onIncludeArchived={setIncludeArchived}
        onNew={() => navigate('hyresavtal', 'ny')}
        newLabel="Nytt hyresavtal"
        onResetLayout={resetLayout}
        importInto="leases"
      >
        <label className="toggle">
          Uppsägning inom{' '}
          <select
            aria-label="Sista uppsägningsdag inom"
            value={within ?? ''}
            onChange={(e) => setWithin(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">alla</option>
            {DEADLINE_WINDOWS.map((d) => (
              <option key={d} value={d}>
                {d} dagar
              </option>
            ))}
          </select>
        </label>
      </ListToolbar>
      <DataGrid<LeaseRow>
        key={gridKey}
        gridId="leases"
        columns={leaseColumns}
        fetchPage={fetchPage}
        search={search}
        scope={{ includeArchived, within }}
        refreshToken={refreshToken}
        onOpen={(row) => navigate('hyresavtal', row.id)}
        onTotal={setTotal}
        exportAs={{
          source: 'leases',
          title: 'Hyresavtal',
          params: { includeArchived, ...(within !== null ? { deadlineWithinDays: within } : {}) },
        }}
      />
      {open === 'new' ? (
        <Drawer title="Nytt hyresavtal" onClose={close}>
          <LeaseForm
            lease={null}
            onClose={close}
            onSaved={(l) => {
              saved();
              navigate('hyresavtal', l.id);
            }}
          />
        </Drawer>
      ) : null}
      {typeof open === 'number' ? (
        <Drawer
          title={opened.data ? `Hyresavtal ${opened.data.leaseNumber}` : 'Hyresavtal'}
          subtitle={opened.data ? `${opened.data.landlordName} · ${opened.data.unitSummary}` : undefined}
          onClose={close}
        >
          {opened.error ? <div className="banner error">{opened.error.message}</div> : null}
          {opened.data ? (
            <LeaseForm
              key={`${opened.data.id}:${opened.data.version}`}
              lease={opened.data}
              onClose={close}
              onSaved={() => {
                saved();
                opened.reload();
              }}
            />
          ) : null}
        </Drawer>
      ) : null}
    </div>
  );
}
