/**
 * Plan 3:7 on a city-owned unit's page: who manages it and how it is let,
 * the support measures in place, and the disturbances reported.
 */
import { useMemo, useState } from 'react';
import {
  cityUnitInputSchema,
  cityUnitLabels as L,
  lettingMethodLabels,
  MANAGING_DEPARTMENTS,
  type CityUnitRow,
} from '../../../shared/cityUnits/schema';
import { api, errorMessage, saveRecord } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import { RecordFormView } from '../../components/form/RecordFormView';
import { optionsOf, type FieldSpec } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';

const saveCityUnit = saveRecord('cityUnits.create', 'cityUnits.update');
// The unit is this page's: it is added to what the form sends.
const formSchema = cityUnitInputSchema.omit({ unitId: true });

const specs: FieldSpec[] = [
  {
    name: 'managingDepartment',
    label: L.managingDepartment,
    kind: 'choice',
    required: true,
    options: MANAGING_DEPARTMENTS.map((d) => ({ value: d, label: d })),
  },
  {
    name: 'lettingMethod',
    label: L.lettingMethod,
    kind: 'choice',
    required: true,
    options: optionsOf(lettingMethodLabels),
  },
  { name: 'supportBoendestod', label: L.supportBoendestod, kind: 'flag' },
  { name: 'supportHemtjanst', label: L.supportHemtjanst, kind: 'flag' },
  { name: 'supportOther', label: L.supportOther, kind: 'text' },
  { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
];

function ManagementForm({ unitId, record, onSaved }: { unitId: number; record: CityUnitRow | null; onSaved(): void }) {
  const save = useMemo(
    () => (input: Record<string, unknown>, current: CityUnitRow | null) => saveCityUnit({ ...input, unitId }, current),
    [unitId],
  );
  const form = useRecordForm<CityUnitRow>({
    // Per unit: a new management record has no id of its own yet.
    draftKey: `cityUnit:${unitId}`,
    specs,
    schema: formSchema,
    record,
    save,
    fetchLatest: async () => (await api.call('cityUnits.forUnit', { unitId }))!,
    onSaved,
  });
  return <RecordFormView form={form} specs={specs} onCancel={() => undefined} />;
}

export function CityUnitPanel({ unitId }: { unitId: number }) {
  const management = useProcedure('cityUnits.forUnit', { unitId });
  const disturbances = useProcedure('cityUnits.disturbances', { unitId });
  const [reportedOn, setReportedOn] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const report = async () => {
    try {
      await api.call('cityUnits.reportDisturbance', { unitId, reportedOn, description });
      setReportedOn('');
      setDescription('');
      setError(null);
      disturbances.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    // Folded: the unit's own form stays the drawer's one Spara until this is opened.
    <details className="form-section" aria-label="Stadens hyresrätt (åtgärd 3:7)">
      <summary>
        <h3>Stadens hyresrätt (åtgärd 3:7): förvaltare, uthyrning, stöd och störningar</h3>
      </summary>
      {management.data !== undefined ? (
        <ManagementForm
          key={management.data?.version ?? 0}
          unitId={unitId}
          record={management.data}
          onSaved={management.reload}
        />
      ) : null}
      <h3>Störningar</h3>
      <ul>
        {(disturbances.data ?? []).map((d) => (
          <li key={d.id}>
            {d.reportedOn}
            {d.description ? `: ${d.description}` : ''}
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <label>
          {L.reportedOn}{' '}
          <input value={reportedOn} onChange={(e) => setReportedOn(e.target.value)} placeholder="ÅÅÅÅ-MM-DD" />
        </label>
        <label>
          {L.description} <input value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <button type="button" onClick={() => void report()}>
          Registrera störning
        </button>
      </div>
      {error ? <div className="banner error">{error}</div> : null}
    </details>
  );
}
