/** Hushåll: the households referred for kommunala kontrakt, as a grid with a form beside it. */
import { useCallback } from 'react';
import { formatNumber } from '../../../shared/core/format';
import type { HouseholdRow } from '../../../shared/households/schema';
import { Drawer } from '../../components/Drawer';
import { ListToolbar } from '../../components/ListToolbar';
import { DataGrid } from '../../components/grid/DataGrid';
import { useRegisterState } from '../../components/useRegisterState';
import { navigate, recordParam, useRoute } from '../../router';
import { householdColumns } from './householdColumns';
import { HouseholdForm } from './HouseholdForm';
import { householdsApi, useHousehold } from './householdsApi';

export function HouseholdsScreen() {
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
  } = useRegisterState('hushall', 'households');
  const openHousehold = useHousehold(typeof open === 'number' ? open : null);

  const fetchPage = useCallback(
    (q: Parameters<typeof householdsApi.list>[0]) => householdsApi.list({ ...q, includeArchived }),
    [includeArchived],
  );
  const h = openHousehold.data;

  return (
    <div className="screen">
      <ListToolbar
        title="Hushåll"
        count={total === null ? '' : `${formatNumber(total)} hushåll`}
        search={search}
        onSearch={setSearch}
        searchLabel="Sök hushåll (namn, födelsedatum eller hela personnumret)"
        includeArchived={includeArchived}
        onIncludeArchived={setIncludeArchived}
        onNew={() => navigate('hushall', 'ny')}
        newLabel="Nytt hushåll"
        onResetLayout={resetLayout}
        importInto="households"
      />
      <DataGrid<HouseholdRow>
        key={gridKey}
        gridId="households"
        columns={householdColumns}
        fetchPage={fetchPage}
        search={search}
        scope={{ includeArchived }}
        refreshToken={refreshToken}
        onOpen={(row) => navigate('hushall', row.id)}
        onTotal={setTotal}
        exportAs={{ source: 'households', title: 'Hushåll', params: { includeArchived } }}
      />
      {open === 'new' ? (
        <Drawer title="Nytt hushåll" onClose={close}>
          <HouseholdForm
            household={null}
            onClose={close}
            onSaved={(saved) => {
              refresh();
              navigate('hushall', saved.id);
            }}
          />
        </Drawer>
      ) : null}
      {typeof open === 'number' ? (
        <Drawer
          title={h ? `Hushåll ${h.holderName}` : 'Hushåll'}
          subtitle={
            h
              ? `${h.holderIdentityMasked} · ${h.householdSize} pers., ${h.childrenCount} barn · ${h.referringDepartmentCode}`
              : undefined
          }
          onClose={close}
        >
          {openHousehold.error ? <div className="banner error">{openHousehold.error.message}</div> : null}
          {h ? (
            <HouseholdForm
              key={`${h.id}:${h.version}`}
              household={h}
              onClose={close}
              onSaved={() => {
                refresh();
                openHousehold.reload();
              }}
            />
          ) : null}
        </Drawer>
      ) : null}
    </div>
  );
}
