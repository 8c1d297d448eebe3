/** Create or edit one unit, with its history. */
import { useMemo } from 'react';
import {
  ownerTypeLabels,
  unitCreateSchema,
  unitInputSchema,
  type UnitKind,
  unitKindLabels,
  unitLabels,
  unitStatusLabels,
  unitUseLabels,
  type UnitRow,
} from '../../../shared/units/schema';
import { formatDateTime } from '../../../shared/core/format';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordFormView } from '../../components/form/RecordFormView';
import { useRecordForm } from '../../components/form/useRecordForm';
import { useProcedure } from '../../api/hooks';
import { navigate } from '../../router';
import { ContractTable } from '../contracts/ContractTable';
import { CityUnitPanel } from '../cityUnits/CityUnitPanel';
import { LeasesOfRecord } from '../leases/LeasesOfRecord';
import { useToday } from '../../api/system';
import { newUnitDefaults, unitFormSpecs } from './unitFormSpec';
import { unitsApi, useDepartmentOptions, useLandlordOptions } from './unitsApi';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';

const choiceLabels: Record<string, Record<string, string>> = {
  kind: unitKindLabels,
  use: unitUseLabels,
  status: unitStatusLabels,
  ownerType: ownerTypeLabels,
};
const formatValue = (field: string, value: unknown) => choiceLabels[field]?.[String(value)] ?? null;

interface Props {
  unit: UnitRow | null;
  /** Starting values of a new unit (another feature creating one on the spot); else the register's own. */
  defaults?: Record<string, string>;
  onSaved(unit: UnitRow): void;
  onClose(): void;
}

export function UnitForm({ unit, defaults, onSaved, onClose }: Props) {
  const departments = useDepartmentOptions();
  const today = useToday();
  const landlords = useLandlordOptions();
  const proposals = useProcedure('units.nextObjectNumbers', unit ? null : {});
  const specs = useMemo(() => unitFormSpecs(departments, landlords, unit ? null : ''), [departments, landlords, unit]);
  const form = useRecordForm<UnitRow>({
    draftKey: 'unit',
    specs,
    schema: unit ? unitInputSchema : unitCreateSchema,
    record: unit,
    defaults: defaults ?? newUnitDefaults,
    save: unitsApi.save,
    fetchLatest: unitsApi.get,
    onSaved,
  });
  const current = form.record;
  // The hint names the number the chosen kind gets next; it follows the kind as it is chosen.
  const kind = form.values['kind'] as UnitKind | undefined;
  const proposed = !unit && kind && proposals.data ? proposals.data[kind] : null;
  const viewSpecs = useMemo(
    () => (proposed ? unitFormSpecs(departments, landlords, proposed) : specs),
    [proposed, departments, landlords, specs],
  );

  const archiveOrRestore = current ? (
    current.archivedAt ? (
      <button type="button" onClick={() => void unitsApi.restore(current).then(onSaved)}>
        Återställ
      </button>
    ) : (
      <button
        type="button"
        className="danger"
        onClick={() => void unitsApi.archive(current).then(onSaved)}
        disabled={form.dirty}
      >
        Arkivera
      </button>
    )
  ) : null;

  return (
    <>
      {current?.archivedAt ? (
        <div className="banner info">Bostaden arkiverades {formatDateTime(current.archivedAt)}.</div>
      ) : null}
      {current?.leaseEndsOn ? (
        <div className="banner conflict" role="status">
          Hyresavtalet för bostaden {today && current.leaseEndsOn < today ? 'upphörde' : 'upphör'}{' '}
          <strong>{current.leaseEndsOn}</strong>.
        </div>
      ) : null}
      <RecordFormView form={form} specs={viewSpecs} onCancel={onClose} actions={archiveOrRestore} />
      {current ? <LeasesOfRecord filter={{ unitId: current.id }} title="Hyresavtal som omfattar bostaden" /> : null}
      {current?.ownerType === 'staden' ? <CityUnitPanel unitId={current.id} /> : null}
      {current ? (
        <section className="form-section">
          <div className="section-head">
            <h3>Kommunala kontrakt</h3>
            {current.status === 'ledig' && !current.archivedAt ? (
              <button type="button" onClick={() => navigate('kontrakt', 'ny', 'bostad', current.id)}>
                Hyr ut på kommunalt kontrakt
              </button>
            ) : null}
          </div>
          <ContractTable key={current.version} unitId={current.id} />
        </section>
      ) : null}
      {current ? <AttachmentsPanel owner="unit" ownerId={current.id} /> : null}
      {current ? (
        <section className="form-section">
          <h3>Historik</h3>
          <RecordHistory
            key={current.version}
            entity="unit"
            id={current.id}
            labels={unitLabels}
            formatValue={formatValue}
          />
        </section>
      ) : null}
    </>
  );
}
