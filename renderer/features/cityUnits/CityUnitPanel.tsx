/**
 * Plan 3:7 on a city-owned unit's page: who manages it and how it is let,
 * the support measures in place, and the disturbances reported.
 */
import { useMemo } from 'react';
import {
  cityUnitInputSchema,
  cityUnitLabels as L,
  disturbanceInputSchema,
  lettingMethodLabels,
  MANAGING_DEPARTMENTS,
  type CityUnitRow,
} from '../../../shared/cityUnits/schema';
import { useProcedure } from '../../api/hooks';
import { ActionForm } from '../../components/form/ActionForm';
import { RecordFormView } from '../../components/form/RecordFormView';
import { optionsOf, type FieldSpec } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { cityUnitsApi } from './cityUnitsApi';
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

const disturbanceSpecs: FieldSpec[] = [
  { name: 'reportedOn', label: L.reportedOn, kind: 'date', required: true },
  { name: 'description', label: L.description, kind: 'text', wide: true },
];

function ManagementForm({ unitId, record, onSaved }: { unitId: number; record: CityUnitRow | null; onSaved(): void }) {
  const save = useMemo(
    () => (input: Record<string, unknown>, current: CityUnitRow | null) =>
      cityUnitsApi.save({ ...input, unitId }, current),
    [unitId],
  );
  const form = useRecordForm<CityUnitRow>({
    // Per unit: a new management record has no id of its own yet.
    draftKey: `cityUnit:${unitId}`,
    specs,
    schema: formSchema,
    record,
    save,
    fetchLatest: () => cityUnitsApi.managementOf(unitId),
    onSaved,
  });
  return <RecordFormView form={form} specs={specs} onCancel={() => undefined} />;
}

export function CityUnitPanel({ unitId }: { unitId: number }) {
  const management = useProcedure('cityUnits.forUnit', { unitId });
  const disturbances = useProcedure('cityUnits.disturbances', { unitId });
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
      <ActionForm
        // A new, empty form after each report.
        key={disturbances.data?.length ?? 0}
        id={`disturbance-${unitId}`}
        title="Registrera störning"
        specs={disturbanceSpecs}
        defaults={{}}
        schema={disturbanceInputSchema}
        extra={{ unitId }}
        submitLabel="Registrera störning"
        run={async (input) => {
          await cityUnitsApi.reportDisturbance(input);
          disturbances.reload();
        }}
      />
    </details>
  );
}
