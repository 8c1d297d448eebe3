/** Create or edit one lease: its terms, the deadlines they give, its notice, rent and history. */
import { useMemo, useRef, useState } from 'react';
import { formatDateTime } from '../../../shared/core/format';
import { leaseInputSchema, leaseLabels, noticePartyPhrase, type LeaseDetail } from '../../../shared/leases/schema';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordFormView } from '../../components/form/RecordFormView';
import { formToInput } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { useDepartmentOptions, useLandlordOptions } from '../units/unitsApi';
import { LeaseDeadlinePanel } from './LeaseDeadlinePanel';
import { leaseFormSpecs, newLeaseDefaults } from './leaseFormSpec';
import { useToday } from '../../api/system';
import { leasesApi, useKpiTable } from './leasesApi';
import { RentHistoryTable } from './RentHistoryTable';
import { TerminationPanel } from './TerminationPanel';
import { PrintButton } from '../documents/PrintButton';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { NoticeLetterPanel } from '../letters/NoticeLetterPanel';
import { SubletLetterPanel } from '../letters/SubletLetterPanel';

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
  const units = useMemo(
    () => (lease?.units ?? []).map((u) => ({ value: String(u.id), label: `${u.objectNumber}, ${u.address}` })),
    [lease],
  );
  const showAcknowledge = useRef(false);
  const specs = useMemo(
    () =>
      leaseFormSpecs({
        landlords,
        departments,
        status: lease?.status ?? null,
        units,
        showAcknowledge: () => showAcknowledge.current,
      }),
    [landlords, departments, lease?.status, units],
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
      {current && current.premises === 'bostad' ? (
        <SubletLetterPanel
          key={`letter-${current.version}`}
          owner="lease"
          record={{ id: current.id, version: current.version }}
          notifiedOn={current.subletNotified ? current.subletNotifiedDate : null}
          onChanged={() => void leasesApi.get(current.id).then(onSaved)}
        />
      ) : null}
      {current && current.status === 'aktiv' ? (
        <NoticeLetterPanel
          key={`notice-${current.version}`}
          lease={{ id: current.id, version: current.version }}
          onChanged={() => void leasesApi.get(current.id).then(onSaved)}
        />
      ) : null}
      {current ? <AttachmentsPanel owner="lease" ownerId={current.id} /> : null}
      {current ? (
        <section className="form-section">
          <h3>Historik</h3>
          <RecordHistory key={current.version} entity="lease" id={current.id} labels={leaseLabels} />
        </section>
      ) : null}
    </>
  );
}
