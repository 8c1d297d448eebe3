/** One risk of eviction (plan 3:8): the warning and its copy to socialnämnden, who did what, and the outcome. */
import { useEffect, useMemo, useRef } from 'react';
import {
  evictionCauseLabels,
  evictionOutcomeLabels,
  evictionPartyLabels,
  evictionRiskInputSchema,
  evictionRiskLabels as L,
  type EvictionRiskRow,
} from '../../../shared/evictionRisks/schema';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordFormView } from '../../components/form/RecordFormView';
import { optionsOf, type FieldSpec, type FormValues } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { householdsApi } from '../households/householdsApi';
import { draftKeyOf } from '../../components/form/draftKey';
import { useHouseholdOption } from '../households/useHouseholdOption';
import { evictionRisksApi } from './evictionRisksApi';

const { householdId: _h, contractId: _c, landlordId: _l, ...historyLabels } = L;

interface Props {
  risk: EvictionRiskRow | null;
  /** For a new risk started from a household. */
  defaults?: FormValues;
  onSaved(r: EvictionRiskRow): void;
  onClose(): void;
}

export function EvictionRiskForm({ risk, defaults, onSaved, onClose }: Props) {
  const householdOptions = useHouseholdOption(risk, defaults);
  // The contract picker offers the household chosen in the form, read when the user searches.
  const householdId = useRef('');
  const specs = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'householdId',
        label: L.householdId,
        kind: 'record',
        required: true,
        options: householdOptions,
        search: householdsApi.search,
        readOnly: risk !== null,
        wide: true,
      },
      {
        name: 'contractId',
        label: L.contractId,
        kind: 'record',
        options:
          risk?.contractId != null && risk.contractNumber
            ? [{ value: String(risk.contractId), label: risk.contractNumber }]
            : [],
        search: (text: string) => evictionRisksApi.searchContracts(text, householdId.current),
        hint: 'Sök på kontraktsnummer eller adress; hushållets kontrakt visas',
      },
      {
        name: 'landlordId',
        label: L.landlordId,
        kind: 'record',
        options:
          risk?.landlordId != null && risk.landlordName
            ? [{ value: String(risk.landlordId), label: risk.landlordName }]
            : [],
        search: evictionRisksApi.searchLandlords,
        hint: 'Hyresvärden som varnade',
      },
      { name: 'cause', label: L.cause, kind: 'choice', required: true, options: optionsOf(evictionCauseLabels) },
      { name: 'warningDate', label: L.warningDate, kind: 'date', required: true },
      {
        name: 'socialNoticeDate',
        label: L.socialNoticeDate,
        kind: 'date',
        hint: 'Hyresvärden ska skicka en kopia av varningen till socialnämnden',
      },
      {
        name: 'departments',
        label: L.departments,
        kind: 'choiceList',
        options: optionsOf(evictionPartyLabels),
        wide: true,
      },
      { name: 'actions', label: L.actions, kind: 'textarea', wide: true },
      {
        name: 'outcome',
        label: L.outcome,
        kind: 'choice',
        options: [{ value: '', label: 'Pågår' }, ...optionsOf(evictionOutcomeLabels)],
      },
      { name: 'outcomeDate', label: L.outcomeDate, kind: 'date' },
      { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
    ],
    [risk, householdOptions],
  );
  const form = useRecordForm<EvictionRiskRow>({
    draftKey: draftKeyOf('evictionRisk', defaults),
    specs,
    schema: evictionRiskInputSchema,
    record: risk,
    defaults: defaults ?? {},
    save: evictionRisksApi.save,
    fetchLatest: evictionRisksApi.get,
    onSaved,
  });
  const chosenHousehold = form.values['householdId'] ?? '';
  useEffect(() => {
    householdId.current = chosenHousehold;
  }, [chosenHousehold]);
  return (
    <>
      <RecordFormView form={form} specs={specs} onCancel={onClose} />
      {risk ? (
        <section className="form-section">
          <h3>Historik</h3>
          <RecordHistory key={risk.version} entity="evictionRisk" id={risk.id} labels={historyLabels} />
        </section>
      ) : null}
    </>
  );
}
