/** Create or edit one lease: its terms, the deadlines they give, its notice, rent and history. */
import { useCallback, useMemo, useRef, useState } from 'react';
import { formatDateTime } from '../../../shared/core/format';
import { leaseInputSchema, leaseLabels, noticePartyPhrase, type LeaseDetail } from '../../../shared/leases/schema';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordFormView } from '../../components/form/RecordFormView';
import { formToInput, type CustomInputProps } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { useDepartmentOptions, useLandlordOptions } from '../units/unitsApi';
import { LeaseDeadlinePanel } from './LeaseDeadlinePanel';
import { leaseFormSpecs, newLeaseDefaults } from './leaseFormSpec';
import { leasesApi, useKpiTable, useToday } from './leasesApi';
import { RentHistoryTable } from './RentHistoryTable';
import { TerminationPanel } from './TerminationPanel';
import { UnitPicker } from './UnitPicker';
import { PrintButton } from '../documents/PrintButton';

interface Props {
  lease: LeaseDetail | null;
  onSaved(lease: LeaseDetail): void;
  onClose(): void;
}

export function LeaseForm({ lease, onSaved, onClose }: Props) {
  const departments = useDepartmentOptions();
  const landlords = useLandlordOptions();
  const today = useToday();
  const kpi = useKpiTable().data ?? [];
  const [terminating, setTerminating] = useState(false);
  const known = useMemo(() => lease?.units ?? [], [lease]);
  const unitPicker = useCallback((p: CustomInputProps) => <UnitPicker {...p} known={known} />, [known]);
  const showAcknowledge = useRef(false);
  const specs = useMemo(
    () =>
      leaseFormSpecs({
        landlords,
        departments,
        status: lease?.status ?? null,
        unitPicker,
        showAcknowledge: () => showAcknowledge.current,
      }),
    [landlords, departments, lease?.status, unitPicker],
  );
  const form = useRecordForm<LeaseDetail>({
    draftKey: 'lease',
    specs,
    schema: leaseInputSchema,
    record: lease,
    defaults: newLeaseDefaults,
    save: leasesApi.save,
    fetchLatest: leasesApi.get,
    onSaved,
  });
  if (form.errors['acknowledgeWarnings']) showAcknowledge.current = true;
  const current = form.record;
  const input = useMemo(() => formToInput(specs, form.values), [specs, form.values]);

  const actions = current ? (
    <>
      <PrintButton kind="leaseSummary" ids={[current.id]} label="Skriv ut…" disabled={form.dirty} />
      {current.status === 'aktiv' && !current.archivedAt ? (
        <button type="button" onClick={() => setTerminating(true)} disabled={form.dirty || terminating}>
          Registrera uppsägning…
        </button>
      ) : null}
      {current.archivedAt ? (
        <button type="button" onClick={() => void leasesApi.restore(current).then(onSaved)}>
          Återställ
        </button>
      ) : (
        <button
          type="button"
          className="danger"
          onClick={() => void leasesApi.archive(current).then(onSaved)}
          disabled={form.dirty}
        >
          Arkivera
        </button>
      )}
    </>
  ) : null;

  return (
    <>
      {current?.archivedAt ? (
        <div className="banner info">Hyresavtalet arkiverades {formatDateTime(current.archivedAt)}.</div>
      ) : null}
      {current?.noticeDate ? (
        <div className={`banner ${current.status === 'avslutad' ? 'info' : 'conflict'}`} role="status">
          <strong>{current.status === 'avslutad' ? 'Avslutat' : 'Uppsagt'}.</strong> Uppsagt{' '}
          {noticePartyPhrase[current.noticeGivenBy!]} {current.noticeDate}; avtalet{' '}
          {current.status === 'avslutad' ? 'upphörde' : 'upphör'} <strong>{current.endsOn}</strong> (
          {current.noticeRule}).
          {current.noticeReason ? ` ${leaseLabels.noticeReason}: ${current.noticeReason}` : ''}
        </div>
      ) : current?.status === 'avslutad' ? (
        <div className="banner info" role="status">
          Avslutat: hyrestiden gick ut {current.endsOn}.
        </div>
      ) : null}
      {terminating && current && today ? (
        <TerminationPanel
          lease={current}
          today={today}
          onCancel={() => setTerminating(false)}
          onDone={(saved) => {
            setTerminating(false);
            onSaved(saved);
          }}
        />
      ) : null}
      <RecordFormView form={form} specs={specs} onCancel={onClose} actions={actions}>
        {today && !current?.noticeDate && current?.status !== 'avslutad' ? (
          <LeaseDeadlinePanel input={input} today={today} kpi={kpi} />
        ) : null}
      </RecordFormView>
      {current ? <RentHistoryTable lease={current} /> : null}
      {current ? (
        <section className="form-section">
          <h3>Historik</h3>
          <RecordHistory key={current.version} entity="lease" id={current.id} labels={leaseLabels} />
        </section>
      ) : null}
    </>
  );
}
