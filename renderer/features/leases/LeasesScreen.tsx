/** Hyresavtal: every lease with its next deadline, as a grid with a form beside it. */
import { useState } from 'react';
import { RegisterScreen } from '../../components/RegisterScreen';
import { leaseColumns } from './leaseColumns';
import { LeaseForm } from './LeaseForm';
import { leasesApi, useLease } from './leasesApi';

const DEADLINE_WINDOWS = [30, 60, 90, 120, 180, 365];

export function LeasesScreen() {
  const [within, setWithin] = useState<number | null>(null);
  return (
    <RegisterScreen
      route="hyresavtal"
      gridId="leases"
      title="Hyresavtal"
      countNoun={['avtal', 'avtal']}
      searchLabel="Sök hyresavtal (avtalsnummer, hyresvärd, referens, bostad, adress)"
      newLabel="Nytt hyresavtal"
      importInto="leases"
      columns={leaseColumns}
      list={leasesApi.list}
      useRecord={useLease}
      exportSource="leases"
      scope={within !== null ? { deadlineWithinDays: within } : {}}
      toolbar={
        <label className="toggle">
          Uppsägning inom{' '}
          <select
            aria-label="Sista uppsägningsdag inom"
            value={within ?? ''}
            onChange={(e) => setWithin(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">alla</option>
            {DEADLINE_WINDOWS.map((d) => (
              <option key={d} value={d}>
                {d} dagar
              </option>
            ))}
          </select>
        </label>
      }
      newDrawer={{ title: 'Nytt hyresavtal' }}
      recordDrawer={{
        title: (l) => `Hyresavtal ${l.leaseNumber}`,
        untitled: 'Hyresavtal',
        subtitle: (l) => `${l.landlordName} · ${l.unitSummary}`,
      }}
      renderForm={({ record, onClose, onSaved }) => <LeaseForm lease={record} onClose={onClose} onSaved={onSaved} />}
    />
  );
}
