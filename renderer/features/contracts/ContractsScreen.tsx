/** Kommunala kontrakt: the grid with the filters a caseworker uses, and one contract in a panel beside it. */
import { useState } from 'react';
import { CONTRACT_PHASES, contractPhaseLabels, type ContractPhase } from '../../../shared/contracts/schema';
import { RegisterScreen } from '../../components/RegisterScreen';
import { routeQuery } from '../../router';
import { useReferringDepartmentOptions } from '../households/householdsApi';
import { contractColumns } from './contractColumns';
import { ContractForm } from './ContractForm';
import { contractsApi, useContract } from './contractsApi';
import { ContractView } from './ContractView';
import { PrintButton } from '../documents/PrintButton';
import { useSystemInfo } from '../../api/system';

const ENDING_WITHIN = [30, 60, 90, 180, 365];

/** `kontrakt/ny/bostad/12` and `kontrakt/ny/hushall/7` start a contract from a unit or a household. */
const STARTS_FROM = { bostad: 'unitId', hushall: 'householdId' };

export function ContractsScreen() {
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

  return (
    <RegisterScreen
      route="kontrakt"
      gridId="contracts"
      title="Kommunala kontrakt"
      countNoun={['kontrakt', 'kontrakt']}
      searchLabel="Sök kontrakt (kontraktsnummer, bostad, adress, namn, födelsedatum)"
      newLabel="Nytt kontrakt"
      importInto="contracts"
      columns={contractColumns}
      list={contractsApi.list}
      useRecord={useContract}
      exportSource="contracts"
      scope={{
        waiverNotApproved,
        landlordNotTold,
        familiesWithChildren,
        ...(phase ? { phase } : {}),
        ...(departmentId ? { referringDepartmentId: Number(departmentId) } : {}),
        ...(endingWithinDays ? { endingWithinDays: Number(endingWithinDays) } : {}),
      }}
      toolbar={
        <PrintButton
          kind="contract"
          ids={selected}
          label={`Skriv ut markerade (${selected.length})`}
          disabled={selected.length === 0}
        />
      }
      beforeGrid={
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
          <select
            aria-label="Upphör inom"
            value={endingWithinDays}
            onChange={(e) => setEndingWithinDays(e.target.value)}
          >
            <option value="">Upphör när som helst</option>
            {ENDING_WITHIN.map((d) => (
              <option key={d} value={d}>
                Upphör inom {d} dagar
              </option>
            ))}
          </select>
          <label className="toggle">
            <input
              type="checkbox"
              checked={waiverNotApproved}
              onChange={(e) => setWaiverNotApproved(e.target.checked)}
            />{' '}
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
      }
      onSelectionChanged={(rows) => setSelected(rows.map((r) => r.id))}
      startsFrom={STARTS_FROM}
      newDrawer={{
        title: 'Nytt kommunalt kontrakt',
        subtitle: 'Sparas som utkast; aktivera när avståendet och datumen är klara.',
      }}
      recordDrawer={{
        title: (c) => `Kommunalt kontrakt ${c.contractNumber}`,
        untitled: 'Kommunalt kontrakt',
        subtitle: (c) => (
          <>
            <a href={`#/bostader/${c.unitId}`}>
              {c.unitObjectNumber}, {c.unitAddress}
            </a>{' '}
            · <a href={`#/hushall/${c.householdId}`}>{c.holderName}</a> ({c.holderIdentityMasked})
          </>
        ),
      }}
      renderForm={({ record, defaults, onClose, onSaved, onChanged }) =>
        record === null ? (
          <ContractForm contract={null} {...(defaults ? { defaults } : {})} onClose={onClose} onSaved={onSaved} />
        ) : info.data ? (
          <ContractView contract={record} today={info.data.today} onChanged={onChanged} onClose={onClose} />
        ) : null
      }
    />
  );
}
