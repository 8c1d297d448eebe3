/** Bostäder: the unit register, as a grid with a form beside it. */
import { lazy, Suspense } from 'react';
import { RegisterScreen } from '../../components/RegisterScreen';
import { unitColumns } from './unitColumns';
import { unitsApi, useUnit } from './unitsApi';

// The form (with its panels of leases, contracts, attachments and history)
// loads when a unit is opened: on the grid's first load its fifteen chunks
// were fetched before the grid could start (page load → first rows, issue 18).
const UnitForm = lazy(() => import('./UnitForm').then((m) => ({ default: m.UnitForm })));

export function UnitsScreen() {
  return (
    <RegisterScreen
      route="bostader"
      gridId="units"
      title="Bostäder"
      countNoun={['bostad', 'bostäder']}
      searchLabel="Sök bostad (objektnummer, adress, område, plats)"
      newLabel="Ny bostad"
      importInto="units"
      columns={unitColumns}
      list={unitsApi.list}
      useRecord={useUnit}
      exportSource="units"
      newDrawer={{ title: 'Ny bostad' }}
      recordDrawer={{ title: (u) => `Bostad ${u.objectNumber}`, untitled: 'Bostad', subtitle: (u) => u.address }}
      renderForm={({ record, onClose, onSaved }) => (
        // Its own fallback, so opening the form never swaps the grid for the screen's.
        <Suspense fallback={<div className="muted">Hämtar…</div>}>
          <UnitForm unit={record} onClose={onClose} onSaved={onSaved} />
        </Suspense>
      )}
    />
  );
}
