/** Bostäder: the unit register, as a grid with a form beside it. */
import { lazy, Suspense, useCallback, type ReactNode } from 'react';
import { formatCount } from '../../../shared/core/format';
import type { UnitRow } from '../../../shared/units/schema';
import { Drawer } from '../../components/Drawer';
import { ListToolbar } from '../../components/ListToolbar';
import { DataGrid } from '../../components/grid/DataGrid';
import { useRegisterState } from '../../components/useRegisterState';
import { navigate, recordParam, useRoute } from '../../router';
import { unitColumns } from './unitColumns';
import { unitsApi, useUnit } from './unitsApi';

// The form (with its panels of leases, contracts, attachments and history)
// loads when a unit is opened: on the grid's first load its fifteen chunks
// were fetched before the grid could start (page load → first rows, issue 18).
const UnitForm = lazy(() => import('./UnitForm').then((m) => ({ default: m.UnitForm })));

/** Its own fallback, so opening the form never swaps the grid for the screen's. */
const FormLoading = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={<div className="muted">Hämtar…</div>}>{children}</Suspense>
);

export function UnitsScreen() {
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
  } = useRegisterState('bostader', 'units');
  const openUnit = useUnit(typeof open === 'number' ? open : null);

  const fetchPage = useCallback(
    (q: Parameters<typeof unitsApi.list>[0]) => unitsApi.list({ ...q, includeArchived }),
    [includeArchived],
  );

  return (
    <div className="screen">
      <ListToolbar
        title="Bostäder"
        count={total === null ? '' : formatCount(total, 'bostad', 'bostäder')}
        search={search}
        onSearch={setSearch}
        searchLabel="Sök bostad (objektnummer, adress, område, plats)"
        includeArchived={includeArchived}
        onIncludeArchived={setIncludeArchived}
        onNew={() => navigate('bostader', 'ny')}
        newLabel="Ny bostad"
        onResetLayout={resetLayout}
        importInto="units"
      />
      <DataGrid<UnitRow>
        key={gridKey}
        gridId="units"
        columns={unitColumns}
        fetchPage={fetchPage}
        search={search}
        scope={{ includeArchived }}
        refreshToken={refreshToken}
        onOpen={(row) => navigate('bostader', row.id)}
        onTotal={setTotal}
        exportAs={{ source: 'units', title: 'Bostäder', params: { includeArchived } }}
      />
      {open === 'new' ? (
        <Drawer title="Ny bostad" onClose={close}>
          <FormLoading>
            <UnitForm
              unit={null}
              onClose={close}
              onSaved={(u) => {
                refresh();
                navigate('bostader', u.id);
              }}
            />
          </FormLoading>
        </Drawer>
      ) : null}
      {typeof open === 'number' ? (
        <Drawer
          title={openUnit.data ? `Bostad ${openUnit.data.objectNumber}` : 'Bostad'}
          subtitle={openUnit.data?.address}
          onClose={close}
        >
          {openUnit.error ? <div className="banner error">{openUnit.error.message}</div> : null}
          {openUnit.data ? (
            <FormLoading>
              <UnitForm
                key={`${openUnit.data.id}:${openUnit.data.version}`}
                unit={openUnit.data}
                onClose={close}
                onSaved={() => {
                  refresh();
                  openUnit.reload();
                }}
              />
            </FormLoading>
          ) : null}
        </Drawer>
      ) : null}
    </div>
  );
}
