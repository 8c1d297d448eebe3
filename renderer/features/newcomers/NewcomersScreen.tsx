/** Nyanlända: households settled under the Bosättningslagen, and whose establishment period ends within six months. */
import { useCallback, useMemo, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { formatNumber } from '../../../shared/core/format';
import { newcomerLabels as L, type NewcomerRow } from '../../../shared/newcomers/schema';
import { newcomersApi } from './newcomersApi';
import { useProcedure } from '../../api/hooks';
import { Drawer } from '../../components/Drawer';
import { ListToolbar } from '../../components/ListToolbar';
import { DataGrid } from '../../components/grid/DataGrid';
import { useRegisterState } from '../../components/useRegisterState';
import { dateColumn, daysLeftColumn, numberColumn, textColumn } from '../../components/grid/columns';
import { navigate, recordParam, routeQuery, useRoute } from '../../router';
import { NewcomerForm } from './NewcomerForm';

const ROUTE = 'nyanlanda';
// Amber for the plan's six months before the end.
const SIX_MONTHS_DAYS = 183;

const columns: ColDef<NewcomerRow>[] = [
  textColumn('holderName', 'Hushåll', { pinned: 'left', width: 190 }),
  textColumn('holderIdentityMasked', 'Personnummer', { width: 140 }),
  numberColumn('householdSize', 'Personer', { width: 95 }),
  dateColumn('assignmentDate', L.assignmentDate),
  dateColumn('settlementDate', L.settlementDate),
  dateColumn('establishmentEnd', L.establishmentEnd, { width: 170, filter: false }),
  daysLeftColumn('daysLeft', 'Dagar kvar', SIX_MONTHS_DAYS),
  textColumn('currentContractNumber', 'Kommunalt kontrakt', { width: 150, sortable: false, filter: false }),
  textColumn('notes', L.notes, { width: 240, sortable: false, filter: false }),
];

export function NewcomersScreen() {
  const [, param, fromKey, fromValue] = useRoute();
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
  } = useRegisterState(ROUTE, 'newcomers');
  const [endingSoon, setEndingSoon] = useState(() => routeQuery().has('slutarSnart'));
  const settings = useProcedure('settings.onward', {});
  const current = useProcedure('newcomers.get', typeof open === 'number' ? { id: open } : null);
  const defaults = useMemo(
    () => (fromKey === 'hushall' && fromValue ? { householdId: fromValue } : undefined),
    [fromKey, fromValue],
  );
  const scope = { includeArchived, endingSoon };
  const scopeKey = JSON.stringify(scope);
  const fetchPage = useCallback(
    (q: Parameters<typeof newcomersApi.list>[0]) =>
      newcomersApi.list({ ...q, ...(JSON.parse(scopeKey) as typeof scope) }),
    [scopeKey],
  );
  const n = current.data;

  return (
    <div className="screen">
      <ListToolbar
        title="Nyanlända"
        count={total === null ? '' : `${formatNumber(total)} hushåll`}
        search={search}
        onSearch={setSearch}
        searchLabel="Sök hushåll (namn, födelsedatum)"
        includeArchived={includeArchived}
        onIncludeArchived={setIncludeArchived}
        onNew={() => navigate(ROUTE, 'ny')}
        newLabel="Ny bosättning"
        onResetLayout={resetLayout}
      >
        <label className="toggle">
          <input type="checkbox" checked={endingSoon} onChange={(e) => setEndingSoon(e.target.checked)} />{' '}
          Etableringstiden slutar inom sex månader
        </label>
      </ListToolbar>
      <p className="muted">
        Etableringstid: {settings.data ? `${settings.data.value.establishmentMonths} månader från bosättningen` : '…'}{' '}
        (bosättningslagen 2016:38; ändras under Inställningar). När den slutar prövas kontraktet enligt
        normaliseringsprincipen, med samma regler som för andra bostadslösa.
      </p>
      <DataGrid<NewcomerRow>
        key={gridKey}
        gridId="newcomers"
        columns={columns}
        fetchPage={fetchPage}
        search={search}
        scope={scope}
        refreshToken={refreshToken}
        onOpen={(row) => navigate(ROUTE, row.id)}
        onTotal={setTotal}
        exportAs={{ source: 'newcomers', title: 'Nyanlända', params: scope }}
      />
      {open === 'new' ? (
        <Drawer title="Ny bosättning enligt bosättningslagen" onClose={close}>
          <NewcomerForm
            newcomer={null}
            {...(defaults ? { defaults } : {})}
            onClose={close}
            onSaved={(saved) => {
              refresh();
              navigate(ROUTE, saved.id);
            }}
          />
        </Drawer>
      ) : null}
      {typeof open === 'number' ? (
        <Drawer
          title={n ? `Bosättning: ${n.holderName}` : 'Bosättning'}
          subtitle={n ? <a href={`#/hushall/${n.householdId}`}>Öppna hushållet</a> : undefined}
          onClose={close}
        >
          {current.error ? <div className="banner error">{current.error.message}</div> : null}
          {n ? (
            <NewcomerForm
              key={`${n.id}:${n.version}`}
              newcomer={n}
              onClose={close}
              onSaved={() => {
                refresh();
                current.reload();
              }}
            />
          ) : null}
        </Drawer>
      ) : null}
    </div>
  );
}
