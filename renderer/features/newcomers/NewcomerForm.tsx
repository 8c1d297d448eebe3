/** One newcomer settlement: assignment and settlement dates, the end of the establishment period worked out, and its history. */
import { formatDaysLeft } from '../../../shared/core/format';
import { useMemo } from 'react';
import { newcomerInputSchema, newcomerLabels as L, type NewcomerRow } from '../../../shared/newcomers/schema';
import { useProcedure } from '../../api/hooks';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordFormView } from '../../components/form/RecordFormView';
import type { FieldSpec, FormValues, Option } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { householdsApi } from '../households/householdsApi';
import { newcomersApi } from './newcomersApi';

const { householdId: _h, establishmentEnd: _e, ...historyLabels } = L;

interface Props {
  newcomer: NewcomerRow | null;
  defaults?: FormValues;
  onSaved(n: NewcomerRow): void;
  onClose(): void;
}

export function NewcomerForm({ newcomer, defaults, onSaved, onClose }: Props) {
  const settings = useProcedure('settings.onward', {});
  const startHousehold = !newcomer && defaults?.['householdId'] ? Number(defaults['householdId']) : null;
  const household = useProcedure('households.lookup', startHousehold ? { id: startHousehold } : null);
  const householdOptions = useMemo<Option[]>(() => {
    if (newcomer)
      return [
        { value: String(newcomer.householdId), label: `${newcomer.holderName} (${newcomer.holderIdentityMasked})` },
      ];
    const h = household.data?.[0];
    return h ? [{ value: String(h.id), label: h.label }] : [];
  }, [newcomer, household.data]);
  const months = settings.data?.value.establishmentMonths;
  const specs = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'householdId',
        label: L.householdId,
        kind: 'record',
        required: true,
        options: householdOptions,
        search: householdsApi.search,
        readOnly: newcomer !== null,
        wide: true,
      },
      {
        name: 'assignmentDate',
        label: L.assignmentDate,
        kind: 'date',
        required: true,
        hint: 'Dagen anvisningen enligt bosättningslagen kom till staden',
      },
      {
        name: 'settlementDate',
        label: L.settlementDate,
        kind: 'date',
        required: true,
        hint: months ? `Etableringstiden är ${months} månader från bosättningen (Inställningar)` : undefined,
      },
      { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
    ],
    [householdOptions, newcomer, months],
  );
  const form = useRecordForm<NewcomerRow>({
    draftKey: 'newcomer',
    specs,
    schema: newcomerInputSchema,
    record: newcomer,
    defaults: defaults ?? {},
    save: newcomersApi.save,
    fetchLatest: newcomersApi.get,
    onSaved,
  });
  const n = form.record;
  return (
    <>
      {n ? (
        <dl className="facts">
          <div>
            <dt>{L.establishmentEnd}</dt>
            <dd className={n.endingSoon ? 'attention' : ''}>
              {n.establishmentEnd} (
              {n.daysLeft < 0 ? `slutade för ${formatDaysLeft(-n.daysLeft)} sedan` : `om ${formatDaysLeft(n.daysLeft)}`}
              )
            </dd>
          </div>
          <div>
            <dt>Kommunalt kontrakt</dt>
            <dd>{n.currentContractNumber ?? 'Inget som gäller'}</dd>
          </div>
        </dl>
      ) : null}
      {n?.endingSoon ? (
        <div className="banner conflict">
          Etableringstiden slutar inom sex månader: se över hushållets kontrakt enligt normaliseringsprincipen.
        </div>
      ) : null}
      <RecordFormView form={form} specs={specs} onCancel={onClose} />
      {n ? (
        <section className="form-section">
          <h3>Historik</h3>
          <RecordHistory key={n.version} entity="newcomer" id={n.id} labels={historyLabels} />
        </section>
      ) : null}
    </>
  );
}
