/** Vräkningsförebyggande (plan 3:8): risks of eviction from the landlord's warning to the outcome. */
import { useCallback, useMemo, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { formatNumber } from '../../../shared/core/format';
import {
  evictionCauseLabels,
  evictionOutcomeLabels,
  evictionRiskLabels as L,
  type EvictionRiskRow,
} from '../../../shared/evictionRisks/schema';
import { useProcedure } from '../../api/hooks';
import { Drawer } from '../../components/Drawer';
import { ListToolbar } from '../../components/ListToolbar';
import { DataGrid } from '../../components/grid/DataGrid';
import { choiceColumn, dateColumn, textColumn } from '../../components/grid/columns';
import { useRegisterState } from '../../components/useRegisterState';
import { navigate, recordParam, useRoute } from '../../router';
import { EvictionRiskForm } from './EvictionRiskForm';
import { evictionRisksApi } from './evictionRisksApi';
import { draftKeyOf } from '../../components/form/draftKey';

const ROUTE = 'vrakningsrisker';

const columns: ColDef<EvictionRiskRow>[] = [
  textColumn('holderName', 'Hushåll', { pinned: 'left', width: 190 }),
  textColumn('holderIdentityMasked', 'Personnummer', { width: 140 }),
  choiceColumn('cause', L.cause, evictionCauseLabels, { width: 210 }),
  dateColumn('warningDate', L.warningDate, { width: 170 }),
  dateColumn('socialNoticeDate', L.socialNoticeDate, { width: 170 }),
  choiceColumn('outcome', L.outcome, evictionOutcomeLabels),
  dateColumn('outcomeDate', L.outcomeDate),
];

export function EvictionRisksScreen() {
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
  } = useRegisterState(ROUTE, 'evictionRisks');
  const [openOnly, setOpenOnly] = useState(false);
  const current = useProcedure('evictionRisks.get', typeof open === 'number' ? { id: open } : null);
  const scope = { includeArchived, openOnly };
  const scopeKey = JSON.stringify(scope);
  const fetchPage = useCallback(
    (q: Parameters<typeof evictionRisksApi.list>[0]) =>
      evictionRisksApi.list({ ...q, ...(JSON.parse(scopeKey) as typeof scope) }),

    [scopeKey],
  );
  const r = current.data;
  return (
    <div className="screen">
      <ListToolbar
        title="Vräkningsrisker"
        count={total === null ? '' : `${formatNumber(total)} risker`}
        search={search}
        onSearch={setSearch}
        searchLabel="Sök hushåll (namn, födelsedatum)"
        includeArchived={includeArchived}
        onIncludeArchived={setIncludeArchived}
        onNew={() => navigate(ROUTE, 'ny')}
        newLabel="Ny vräkningsrisk"
        onResetLayout={resetLayout}
      >
        <label className="toggle">
          <input type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} /> Pågående
        </label>
      </ListToolbar>
      <DataGrid<EvictionRiskRow>
        key={gridKey}
        gridId="evictionRisks"
        columns={columns}
        fetchPage={fetchPage}
        search={search}
        scope={scope}
        refreshToken={refreshToken}
        onOpen={(row) => navigate(ROUTE, row.id)}
        onTotal={setTotal}
        exportAs={{ source: 'evictionRisks', title: 'Vräkningsrisker', params: scope }}
      />
      {open === 'new' ? (
        <Drawer title="Ny vräkningsrisk" onClose={close}>
          <EvictionRiskForm
            // A new record opened from another parent is another form, with that parent's draft.
            key={draftKeyOf('evictionRisk', defaults)}
            risk={null}
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
        <Drawer title={r ? `Vräkningsrisk: ${r.holderName}` : 'Vräkningsrisk'} onClose={close}>
          {current.error ? <div className="banner error">{current.error.message}</div> : null}
          {r ? (
            <EvictionRiskForm
              key={`${r.id}:${r.version}`}
              risk={r}
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
