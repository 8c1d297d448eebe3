/** Kommunala kontrakt: the grid with the filters a caseworker uses, and one contract in a panel beside it. */
import { useCallback, useMemo, useState } from 'react';
import {
  CONTRACT_PHASES,
  contractPhaseLabels,
  type ContractPhase,
  type ContractRow,
} from '../../../shared/contracts/schema';
import { formatNumber } from '../../../shared/core/format';
import { Drawer } from '../../components/Drawer';
import { ListToolbar } from '../../components/ListToolbar';
import { DataGrid } from '../../components/grid/DataGrid';
import { useRegisterState } from '../../components/useRegisterState';
import { navigate, recordParam, routeQuery, useRoute } from '../../router';
import { useReferringDepartmentOptions } from '../households/householdsApi';
import { contractColumns } from './contractColumns';
import { ContractForm } from './ContractForm';
import { contractsApi, useContract } from './contractsApi';
import { ContractView } from './ContractView';
import { PrintButton } from '../documents/PrintButton';
import { useSystemInfo } from '../../api/system';

const ENDING_WITHIN = [30, 60, 90, 180, 365];

/** `kontrakt/ny/bostad/12` and `kontrakt/ny/hushall/7` start a contract from a unit or a household. */
function newContractDefaults(key: string | undefined, value: string | undefined): Record<string, string> {
  if (key === 'bostad' && value) return { unitId: value };
  if (key === 'hushall' && value) return { householdId: value };
  return {};
}

export function ContractsScreen() {
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
  } = useRegisterState('kontrakt', 'contracts');
  const [selected, setSelected] = useState<number[]>([]);
  const [phase, setPhase] = useState<ContractPhase | ''>('');
  const [departmentId, setDepartmentId] = useState('');
  // A start-page card opens the list narrowed the same way (see routeQuery).
  const [endingWithinDays, setEndingWithinDays] = useState(() => routeQuery().get('upphorInom') ?? '');
  const [waiverNotApproved, setWaiverNotApproved] = useState(() => routeQuery().has('avstaendeEjGodkant'));
  const [landlordNotTold, setLandlordNotTold] = useState(() => routeQuery().has('hyresvardEjUnderrattad'));
  const [familiesWithChildren, setFamiliesWithChildren] = useState(() => routeQuery().has('barnfamiljer'));
  const departments = useReferringDepartmentOptions();
  const info = useSystemInfo();
  const openContract = useContract(typeof open === 'number' ? open : null);
  const defaults = useMemo(() => newContractDefaults(fromKey, fromValue), [fromKey, fromValue]);

  const scope = {
    includeArchived,
    waiverNotApproved,
    landlordNotTold,
    familiesWithChildren,
    ...(phase ? { phase } : {}),
    ...(departmentId ? { referringDepartmentId: Number(departmentId) } : {}),
    ...(endingWithinDays ? { endingWithinDays: Number(endingWithinDays) } : {}),
  };
  const scopeKey = JSON.stringify(scope);
  const fetchPage = useCallback(
    (q: Parameters<typeof contractsApi.list>[0]) =>
      contractsApi.list({ ...q, ...(JSON.parse(scopeKey) as typeof scope) }),
    [scopeKey],
  );
  const changed = () => {
    refresh();
    openContract.reload();
  };
  const c = openContract.data;

  return (
    <div className="screen">
      <ListToolbar
        title="Kommunala kontrakt"
        count={total === null ? '' : `${formatNumber(total)} kontrakt`}
        search={search}
        onSearch={setSearch}
        searchLabel="Sök kontrakt (kontraktsnummer, bostad, adress, namn, födelsedatum)"
        includeArchived={includeArchived}
        onIncludeArchived={setIncludeArchived}
        onNew={() => navigate('kontrakt', 'ny')}
        newLabel="Nytt kontrakt"
        importInto="contracts"
        onResetLayout={resetLayout}
      >
        <PrintButton
          kind="contract"
          ids={selected}
          label={`Skriv ut markerade (${selected.length})`}
          disabled={selected.length === 0}
        />
      </ListToolbar>
      <div className="filter-bar" role="group" aria-label="Filter">
        <select aria-label="Fas" value={phase} onChange={(e) => setPhase(e.target.value as ContractPhase | '')}>
          <option value="">Alla faser</option>
          {CONTRACT_PHASES.map((p) => (
            <option key={p} value={p}>
              {contractPhaseLabels[p]}
            </option>
          ))}
        </select>
        <select
          aria-label="Remitterande förvaltning"
          value={departmentId}
          onChange={(e) => setDepartmentId(e.target.value)}
        >
          <option value="">Alla förvaltningar</option>
          {departments.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label.split(' – ')[0]}
            </option>
          ))}
        </select>
        <select aria-label="Upphör inom" value={endingWithinDays} onChange={(e) => setEndingWithinDays(e.target.value)}>
          <option value="">Upphör när som helst</option>
          {ENDING_WITHIN.map((d) => (
            <option key={d} value={d}>
              Upphör inom {d} dagar
            </option>
          ))}
        </select>
        <label className="toggle">
          <input type="checkbox" checked={waiverNotApproved} onChange={(e) => setWaiverNotApproved(e.target.checked)} />{' '}
          Avstående ej godkänt
        </label>
        <label className="toggle">
          <input type="checkbox" checked={landlordNotTold} onChange={(e) => setLandlordNotTold(e.target.checked)} />{' '}
          Hyresvärden ej underrättad
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={familiesWithChildren}
            onChange={(e) => setFamiliesWithChildren(e.target.checked)}
          />{' '}
          Barnfamiljer
        </label>
      </div>
      <DataGrid<ContractRow>
        key={gridKey}
        gridId="contracts"
        columns={contractColumns}
        fetchPage={fetchPage}
        search={search}
        scope={scope}
        refreshToken={refreshToken}
        onOpen={(row) => navigate('kontrakt', row.id)}
        onTotal={setTotal}
        exportAs={{ source: 'contracts', title: 'Kommunala kontrakt', params: scope }}
        onSelectionChanged={(rows) => setSelected(rows.map((r) => r.id))}
      />
      {open === 'new' ? (
        <Drawer
          title="Nytt kommunalt kontrakt"
          subtitle="Sparas som utkast; aktivera när avståendet och datumen är klara."
          onClose={close}
        >
          <ContractForm
            contract={null}
            defaults={defaults}
            onClose={close}
            onSaved={(saved) => {
              refresh();
              navigate('kontrakt', saved.id);
            }}
          />
        </Drawer>
      ) : null}
      {typeof open === 'number' ? (
        <Drawer
          title={c ? `Kommunalt kontrakt ${c.contractNumber}` : 'Kommunalt kontrakt'}
          subtitle={
            c ? (
              <>
                <a href={`#/bostader/${c.unitId}`}>
                  {c.unitObjectNumber}, {c.unitAddress}
                </a>{' '}
                · <a href={`#/hushall/${c.householdId}`}>{c.holderName}</a> ({c.holderIdentityMasked})
              </>
            ) : undefined
          }
          onClose={close}
        >
          {openContract.error ? <div className="banner error">{openContract.error.message}</div> : null}
          {c && info.data ? (
            <ContractView contract={c} today={info.data.today} onChanged={changed} onClose={close} />
          ) : null}
        </Drawer>
      ) : null}
    </div>
  );
}
