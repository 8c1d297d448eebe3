/** Create or edit one unit, with its history. */
import { useMemo } from 'react';
import { unitInputSchema, unitLabels, type UnitRow } from '../../../shared/units/schema';
import { formatDateTime } from '../../../shared/core/format';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordFormView } from '../../components/form/RecordFormView';
import { useRecordForm } from '../../components/form/useRecordForm';
import { LeasesOfRecord } from '../leases/LeasesOfRecord';
import { useToday } from '../leases/leasesApi';
import { newUnitDefaults, unitFormSpecs } from './unitFormSpec';
import { unitsApi, useDepartmentOptions, useLandlordOptions } from './unitsApi';

interface Props {
  unit: UnitRow | null;
  onSaved(unit: UnitRow): void;
  onClose(): void;
}

export function UnitForm({ unit, onSaved, onClose }: Props) {
  const departments = useDepartmentOptions();
  const today = useToday();
  const landlords = useLandlordOptions();
  const specs = useMemo(() => unitFormSpecs(departments, landlords), [departments, landlords]);
  const form = useRecordForm<UnitRow>({
    specs,
    schema: unitInputSchema,
    record: unit,
    defaults: newUnitDefaults,
    save: unitsApi.save,
    fetchLatest: unitsApi.get,
    onSaved,
  });
  const current = form.record;

  const archiveOrRestore = current ? (
    current.archivedAt ? (
      <button type="button" onClick={() => void unitsApi.restore(current).then(onSaved)}>
        Återställ
      </button>
    ) : (
      <button type="button" className="danger" onClick={() => void unitsApi.archive(current).then(onSaved)} disabled={form.dirty}>
        Arkivera
      </button>
    )
  ) : null;

  return (
    <>
      {current?.archivedAt ? <div className="banner info">Bostaden arkiverades {formatDateTime(current.archivedAt)}.</div> : null}
      {current?.leaseEndsOn ? (
        <div className="banner conflict" role="status">
          Hyresavtalet för bostaden {today && current.leaseEndsOn < today ? 'upphörde' : 'upphör'} <strong>{current.leaseEndsOn}</strong>.
        </div>
      ) : null}
      <RecordFormView form={form} specs={specs} onCancel={onClose} actions={archiveOrRestore} />
      {current ? <LeasesOfRecord filter={{ unitId: current.id }} title="Hyresavtal som omfattar bostaden" /> : null}
      {current ? (
        <section className="form-section">
          <h3>Historik</h3>
          <RecordHistory key={current.version} entity="unit" id={current.id} labels={unitLabels} />
        </section>
      ) : null}
    </>
  );
}
