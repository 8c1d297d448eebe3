/** Utskrivningar (plan 3:2): people leaving custody, care or treatment who need housing, and the outcome. */
import { useCallback, useMemo, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { formatNumber } from '../../../shared/core/format';
import {
  dischargeFromLabels,
  dischargeLabels as L,
  dischargeOutcomeLabels,
  type DischargeRow,
} from '../../../shared/discharges/schema';

import { useProcedure } from '../../api/hooks';
import { Drawer } from '../../components/Drawer';
import { ListToolbar } from '../../components/ListToolbar';
import { DataGrid } from '../../components/grid/DataGrid';
import { choiceColumn, dateColumn, textColumn } from '../../components/grid/columns';
import { useRegisterState } from '../../components/useRegisterState';
import { navigate, recordParam, useRoute } from '../../router';
import { DischargeForm } from './DischargeForm';
import { dischargesApi } from './dischargesApi';
import { draftKeyOf } from '../../components/form/draftKey';

const ROUTE = 'utskrivningar';

const columns: ColDef<DischargeRow>[] = [
  textColumn('holderName', 'Hushåll', { pinned: 'left', width: 190 }),
  textColumn('holderIdentityMasked', 'Personnummer', { width: 140 }),
  dateColumn('plannedDate', L.plannedDate, { width: 170 }),
  choiceColumn('fromKind', L.fromKind, dischargeFromLabels, { width: 170 }),
  textColumn('institution', L.institution, { width: 170 }),
  choiceColumn('outcome', L.outcome, dischargeOutcomeLabels, { width: 230 }),
  dateColumn('outcomeDate', L.outcomeDate),
];

export function DischargesScreen() {
  const [, param, fromKey, fromValue] = useRoute();
  // "Ny … " on a household opens ny/hushall/<id>: the new record starts on that household.
  const defaults = useMemo(
    () => (fromKey === 'hushall' && fromValue ? { householdId: fromValue } : undefined),
    [fromKey, fromValue],
  );
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
  } = useRegisterState(ROUTE, 'discharges');
  const [openOnly, setOpenOnly] = useState(false);
  const current = useProcedure('discharges.get', typeof open === 'number' ? { id: open } : null);
  const scope = { includeArchived, openOnly };
  const scopeKey = JSON.stringify(scope);
  const fetchPage = useCallback(
    (q: Parameters<typeof dischargesApi.list>[0]) =>
      dischargesApi.list({ ...q, ...(JSON.parse(scopeKey) as typeof scope) }),

    [scopeKey],
  );
  const d = current.data;
  return (
    <div className="screen">
      <ListToolbar
        title="Utskrivningar"
        count={total === null ? '' : `${formatNumber(total)} utskrivningar`}
        search={search}
        onSearch={setSearch}
        searchLabel="Sök hushåll (namn, födelsedatum)"
        includeArchived={includeArchived}
        onIncludeArchived={setIncludeArchived}
        onNew={() => navigate(ROUTE, 'ny')}
        newLabel="Ny utskrivning"
        onResetLayout={resetLayout}
      >
        <label className="toggle">
          <input type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} /> Utan utfall
        </label>
      </ListToolbar>
      <p className="muted">
        Åtgärd 3:2: personer som skrivs ut från anstalt, HVB, LVM eller sjukhus och behöver bostad. Utskrivningar inom
        60 dagar utan ordnad bostad visas i Bevakning.
      </p>
      <DataGrid<DischargeRow>
        key={gridKey}
        gridId="discharges"
        columns={columns}
        fetchPage={fetchPage}
        search={search}
        scope={scope}
        refreshToken={refreshToken}
        onOpen={(row) => navigate(ROUTE, row.id)}
        onTotal={setTotal}
        exportAs={{ source: 'discharges', title: 'Utskrivningar', params: scope }}
      />
      {open === 'new' ? (
        <Drawer title="Ny utskrivning" onClose={close}>
          <DischargeForm
            // A new record opened from another parent is another form, with that parent's draft.
            key={draftKeyOf('discharge', defaults)}
            discharge={null}
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
        <Drawer title={d ? `Utskrivning: ${d.holderName}` : 'Utskrivning'} onClose={close}>
          {current.error ? <div className="banner error">{current.error.message}</div> : null}
          {d ? (
            <DischargeForm
              key={`${d.id}:${d.version}`}
              discharge={d}
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
