/** One discharge (plan 3:2): who, from where, when, and the outcome once known. */
import { useMemo } from 'react';
import {
  dischargeFromLabels,
  dischargeInputSchema,
  dischargeLabels as L,
  dischargeOutcomeLabels,
  type DischargeRow,
} from '../../../shared/discharges/schema';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordFormView } from '../../components/form/RecordFormView';
import { optionsOf, type FieldSpec, type FormValues } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { householdsApi } from '../households/householdsApi';
import { dischargesApi } from './dischargesApi';

const { householdId: _h, ...historyLabels } = L;

interface Props {
  discharge: DischargeRow | null;
  defaults?: FormValues;
  onSaved(d: DischargeRow): void;
  onClose(): void;
}

export function DischargeForm({ discharge, defaults, onSaved, onClose }: Props) {
  const specs = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'householdId',
        label: L.householdId,
        kind: 'record',
        required: true,
        options: discharge
          ? [
              {
                value: String(discharge.householdId),
                label: `${discharge.holderName} (${discharge.holderIdentityMasked})`,
              },
            ]
          : [],
        search: householdsApi.search,
        readOnly: discharge !== null,
        wide: true,
      },
      { name: 'plannedDate', label: L.plannedDate, kind: 'date', required: true },
      { name: 'fromKind', label: L.fromKind, kind: 'choice', required: true, options: optionsOf(dischargeFromLabels) },
      { name: 'institution', label: L.institution, kind: 'text' },
      {
        name: 'outcome',
        label: L.outcome,
        kind: 'choice',
        options: [{ value: '', label: 'Inte känt ännu' }, ...optionsOf(dischargeOutcomeLabels)],
        hint: 'Utan utfall visas utskrivningen i Bevakning 60 dagar före',
      },
      { name: 'outcomeDate', label: L.outcomeDate, kind: 'date' },
      { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
    ],
    [discharge],
  );
  const form = useRecordForm<DischargeRow>({
    draftKey: 'discharge',
    specs,
    schema: dischargeInputSchema,
    record: discharge,
    defaults: defaults ?? {},
    save: dischargesApi.save,
    fetchLatest: dischargesApi.get,
    onSaved,
  });
  return (
    <>
      <RecordFormView form={form} specs={specs} onCancel={onClose} />
      {form.record ? (
        <section className="form-section">
          <h3>Historik</h3>
          <RecordHistory key={form.record.version} entity="discharge" id={form.record.id} labels={historyLabels} />
        </section>
      ) : null}
    </>
  );
}
