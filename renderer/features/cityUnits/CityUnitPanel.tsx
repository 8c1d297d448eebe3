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
import { api, ApiError, errorMessage, saveRecord } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import { RecordFormView } from '../../components/form/RecordFormView';
import { FormField } from '../../components/form/FormField';
import { formToInput, optionsOf, type FieldSpec, type FormValues } from '../../components/form/fieldSpec';
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
  {
    name: 'effectiveFrom',
    label: L.effectiveFrom,
    kind: 'date',
    hint: 'Dagen ändringen gäller från, för uppföljningen; tomt = i dag',
  },
  { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
];

// The report of a disturbance: the date in the project's Swedish date field, read as the forms read it.
const disturbanceSpecs: FieldSpec[] = [
  { name: 'reportedOn', label: L.reportedOn, kind: 'date', required: true },
  { name: 'description', label: L.description, kind: 'text' },
];
const emptyDisturbance: FormValues = { reportedOn: '', description: '' };

function ManagementForm({ unitId, record, onSaved }: { unitId: number; record: CityUnitRow | null; onSaved(): void }) {
  const save = useMemo(
    () => (input: Record<string, unknown>, current: CityUnitRow | null) => saveCityUnit({ ...input, unitId }, current),
    [unitId],
  );
  const form = useRecordForm<CityUnitRow>({
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
  const [values, setValues] = useState<FormValues>(emptyDisturbance);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const report = async () => {
    try {
      const input = formToInput(disturbanceSpecs, values);
      await api.call('cityUnits.reportDisturbance', {
        unitId,
        reportedOn: String(input['reportedOn'] ?? ''),
        description: values['description'] ?? '',
      });
      setValues(emptyDisturbance);
      setFieldErrors({});
      setError(null);
      disturbances.reload();
    } catch (e) {
      setFieldErrors(e instanceof ApiError ? e.fields : {});
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
        {disturbanceSpecs.map((spec) => (
          <FormField
            key={spec.name}
            spec={spec}
            idPrefix="disturbance"
            value={values[spec.name] ?? ''}
            error={fieldErrors[spec.name]}
            mine={undefined}
            onChange={(v) => setValues((current) => ({ ...current, [spec.name]: v }))}
          />
        ))}
        <button type="button" onClick={() => void report()}>
          Registrera störning
        </button>
      </div>
      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}
    </details>
  );
}
