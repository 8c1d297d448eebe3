/** Vräkningsförebyggande (plan 3:8): risks of eviction from the landlord's warning to the outcome. */
import type { ColDef } from 'ag-grid-community';
import {
  evictionCauseLabels,
  evictionOutcomeLabels,
  evictionRiskLabels as L,
  type EvictionRiskRow,
} from '../../../shared/evictionRisks/schema';
import { RegisterScreen } from '../../components/RegisterScreen';
import { choiceColumn, dateColumn, textColumn } from '../../components/grid/columns';
import { EvictionRiskForm } from './EvictionRiskForm';
import { evictionRisksApi, useEvictionRisk } from './evictionRisksApi';

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
  return (
    <RegisterScreen
      route="vrakningsrisker"
      gridId="evictionRisks"
      title="Vräkningsrisker"
      countNoun={['risk', 'risker']}
      searchLabel="Sök hushåll (namn, födelsedatum)"
      newLabel="Ny vräkningsrisk"
      columns={columns}
      list={evictionRisksApi.list}
      useRecord={useEvictionRisk}
      exportSource="evictionRisks"
      toggles={[{ name: 'openOnly', label: 'Pågående' }]}
      // "Ny …" on a household opens ny/hushall/<id>: the new record starts on that household.
      startsFrom={{ hushall: 'householdId' }}
      newDrawer={{ title: 'Ny vräkningsrisk' }}
      recordDrawer={{ title: (r) => `Vräkningsrisk: ${r.holderName}`, untitled: 'Vräkningsrisk' }}
      renderForm={({ record, defaults, onClose, onSaved }) => (
        <EvictionRiskForm risk={record} {...(defaults ? { defaults } : {})} onClose={onClose} onSaved={onSaved} />
      )}
    />
  );
}
