/** Utskrivningar (plan 3:2): people leaving custody, care or treatment who need housing, and the outcome. */
import type { ColDef } from 'ag-grid-community';
import {
  dischargeFromLabels,
  dischargeLabels as L,
  dischargeOutcomeLabels,
  type DischargeRow,
} from '../../../shared/discharges/schema';
import { RegisterScreen } from '../../components/RegisterScreen';
import { choiceColumn, dateColumn, textColumn } from '../../components/grid/columns';
import { DischargeForm } from './DischargeForm';
import { dischargesApi, useDischarge } from './dischargesApi';

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
  return (
    <RegisterScreen
      route="utskrivningar"
      gridId="discharges"
      title="Utskrivningar"
      countNoun={['utskrivning', 'utskrivningar']}
      searchLabel="Sök hushåll (namn, födelsedatum)"
      newLabel="Ny utskrivning"
      columns={columns}
      list={dischargesApi.list}
      useRecord={useDischarge}
      exportSource="discharges"
      toggles={[{ name: 'openOnly', label: 'Utan utfall' }]}
      intro={
        <>
          Åtgärd 3:2: personer som skrivs ut från anstalt, HVB, LVM eller sjukhus och behöver bostad. Utskrivningar inom
          60 dagar utan ordnad bostad visas i Bevakning.
        </>
      }
      // "Ny …" on a household opens ny/hushall/<id>: the new record starts on that household.
      startsFrom={{ hushall: 'householdId' }}
      newDrawer={{ title: 'Ny utskrivning' }}
      recordDrawer={{ title: (d) => `Utskrivning: ${d.holderName}`, untitled: 'Utskrivning' }}
      renderForm={({ record, defaults, onClose, onSaved }) => (
        <DischargeForm discharge={record} {...(defaults ? { defaults } : {})} onClose={onClose} onSaved={onSaved} />
      )}
    />
  );
}
