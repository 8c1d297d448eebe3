/** Hyresgarantier: the register as a grid, one guarantee in a panel, and the grant application for the next deadline. */
import { useCallback, useMemo, useState } from 'react';
import { formatCount } from '../../../shared/core/format';
import {
  GUARANTEE_STATUSES,
  guaranteeStatusLabels,
  type GuaranteeRow,
  type GuaranteeStatus,
} from '../../../shared/guarantees/schema';
import { Drawer } from '../../components/Drawer';
import { ListToolbar } from '../../components/ListToolbar';
import { DataGrid } from '../../components/grid/DataGrid';
import { useRegisterState } from '../../components/useRegisterState';
import { navigate, recordParam, useRoute } from '../../router';
import { GrantApplicationView } from './GrantApplicationView';
import { guaranteeColumns } from './guaranteeColumns';
import { GuaranteeForm } from './GuaranteeForm';
import { guaranteesApi, useGuarantee } from './guaranteesApi';
import { useSystemInfo } from '../../api/system';

const ROUTE = 'garantier';
const GRANTS = 'bidrag';

function Tabs({ grants }: { grants: boolean }) {
  return (
    <div className="tabs" role="tablist" aria-label="Visa">
      <button
        type="button"
        role="tab"
        aria-selected={!grants}
        className={!grants ? 'active' : ''}
        onClick={() => navigate(ROUTE)}
      >
        Garantier
      </button>
      <button
        type="button"
        role="tab"
        aria-selected={grants}
        className={grants ? 'active' : ''}
        onClick={() => navigate(ROUTE, GRANTS)}
      >
        Bidragsansökan
      </button>
    </div>
  );
}

/** `garantier/ny/hushall/7` starts a guarantee for a household. */
function newDefaults(key: string | undefined, value: string | undefined): Record<string, string> {
  return key === 'hushall' && value ? { householdId: value } : {};
}

export function GuaranteesScreen() {
  const [, param, fromKey, fromValue] = useRoute();
  const grants = param === GRANTS;
  const open = grants ? null : recordParam(param);
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
  } = useRegisterState(ROUTE, 'guarantees');
  const [status, setStatus] = useState<GuaranteeStatus | ''>('');
  const info = useSystemInfo();
  const openGuarantee = useGuarantee(typeof open === 'number' ? open : null);
  const defaults = useMemo(() => newDefaults(fromKey, fromValue), [fromKey, fromValue]);
  const today = info.data?.today ?? '';

  const scope = { includeArchived, ...(status ? { status } : {}) };
  const scopeKey = JSON.stringify(scope);
  const fetchPage = useCallback(
    (q: Parameters<typeof guaranteesApi.list>[0]) =>
      guaranteesApi.list({ ...q, ...(JSON.parse(scopeKey) as typeof scope) }),
    [scopeKey],
  );
  const changed = () => {
    refresh();
    openGuarantee.reload();
  };
  const g = openGuarantee.data;

  return (
    <div className="screen">
      <ListToolbar
        title="Hyresgarantier"
        count={grants || total === null ? '' : formatCount(total, 'garanti', 'garantier')}
        search={search}
        onSearch={setSearch}
        searchLabel="Sök garanti (namn, födelsedatum, adress, hyresvärdens referens)"
        includeArchived={grants ? undefined : includeArchived}
        onIncludeArchived={grants ? undefined : setIncludeArchived}
        onNew={() => navigate(ROUTE, 'ny')}
        newLabel="Ny hyresgaranti"
        importInto="guarantees"
        onResetLayout={grants ? undefined : resetLayout}
      />
      <Tabs grants={grants} />
      {grants ? (
        today ? (
          <GrantApplicationView today={today} />
        ) : null
      ) : (
        <>
          <div className="filter-bar" role="group" aria-label="Filter">
            <select
              aria-label="Status"
              value={status}
              onChange={(e) => setStatus(e.target.value as GuaranteeStatus | '')}
            >
              <option value="">Alla statusar</option>
              {GUARANTEE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {guaranteeStatusLabels[s]}
                </option>
              ))}
            </select>
          </div>
          <DataGrid<GuaranteeRow>
            key={gridKey}
            gridId="guarantees"
            columns={guaranteeColumns}
            fetchPage={fetchPage}
            search={search}
            scope={scope}
            refreshToken={refreshToken}
            onOpen={(row) => navigate(ROUTE, row.id)}
            onTotal={setTotal}
            exportAs={{ source: 'guarantees', title: 'Hyresgarantier', params: scope }}
          />
        </>
      )}
      {open === 'new' && today ? (
        <Drawer title="Ny hyresgaranti" onClose={close}>
          <GuaranteeForm
            guarantee={null}
            today={today}
            defaults={defaults}
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
          title={g ? `Hyresgaranti, ${g.leaseAddress}` : 'Hyresgaranti'}
          subtitle={
            g ? (
              <>
                <a href={`#/hushall/${g.householdId}`}>{g.holderName}</a> ({g.holderIdentityMasked}) · {g.landlordName}
              </>
            ) : undefined
          }
          onClose={close}
        >
          {openGuarantee.error ? <div className="banner error">{openGuarantee.error.message}</div> : null}
          {g && today ? (
            <GuaranteeForm key={`${g.id}:${g.version}`} guarantee={g} today={today} onSaved={changed} onClose={close} />
          ) : null}
        </Drawer>
      ) : null}
    </div>
  );
}
