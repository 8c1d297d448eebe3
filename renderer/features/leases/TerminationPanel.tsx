/**
 * Registering a notice (uppsägning): by whom, the day it was given or
 * received, and why; the edit cycle of every form (ActionForm), so a
 * colleague's change to the lease in between is reported. The end it gives
 * is shown before saving, computed with the same rule the back end applies
 * (shared/leases/derived.ts).
 */
import { parseDateInput } from '../../../shared/core/dates';
import { terminationOutcome } from '../../../shared/leases/derived';
import {
  leaseLabels,
  leaseTerminateSchema,
  noticePartyLabels,
  termsOf,
  type LeaseDetail,
  type NoticeParty,
} from '../../../shared/leases/schema';
import { optionsOf, type FieldSpec, type FormValues } from '../../components/form/fieldSpec';
import { ActionForm } from '../../components/form/ActionForm';
import { leasesApi } from './leasesApi';

interface Props {
  lease: LeaseDetail;
  today: string;
  onDone(lease: LeaseDetail): void;
  onCancel(): void;
}

/** The city may leave a fixed-term bostad early (JB 12:5); only then is the choice offered. */
const canExitEarly = (lease: LeaseDetail, v: FormValues) =>
  v['noticeGivenBy'] === 'staden' && lease.premises === 'bostad' && lease.termType === 'tidsbestamd';

function specsFor(lease: LeaseDetail): FieldSpec[] {
  return [
    {
      name: 'noticeGivenBy',
      label: leaseLabels.noticeGivenBy,
      kind: 'choice',
      required: true,
      options: optionsOf(noticePartyLabels),
    },
    {
      name: 'noticeDate',
      label: leaseLabels.noticeDate,
      kind: 'date',
      required: true,
      hint: 'Dagen uppsägningen skickades eller togs emot',
    },
    {
      name: 'agreedEndDate',
      label: 'Avtalat slutdatum',
      kind: 'date',
      visible: (v) => v['noticeGivenBy'] === 'overenskommelse',
    },
    {
      name: 'tenantEarlyExit',
      label: 'Använd 12 kap. 5 § jordabalken (tre månader till månadsskifte)',
      kind: 'flag',
      visible: (v) => canExitEarly(lease, v),
    },
    { name: 'noticeReason', label: leaseLabels.noticeReason, kind: 'textarea', wide: true },
  ];
}

function Outcome({ lease, values }: { lease: LeaseDetail; values: FormValues }) {
  const givenBy = values['noticeGivenBy'] as NoticeParty;
  const noticeDate = parseDateInput(values['noticeDate'] ?? '');
  const agreedText = values['agreedEndDate'] ?? '';
  const agreedEndDate = agreedText.trim() === '' ? null : parseDateInput(agreedText);
  const outcome =
    noticeDate && (givenBy !== 'overenskommelse' || agreedEndDate)
      ? terminationOutcome(termsOf(lease), {
          noticeGivenBy: givenBy,
          noticeDate,
          agreedEndDate,
          tenantEarlyExit: canExitEarly(lease, values) && values['tenantEarlyExit'] === 'true',
        })
      : null;
  return (
    <p className="computed-line" aria-live="polite">
      {outcome ? (
        <>
          Avtalet upphör <strong>{outcome.endsOn}</strong> <span className="rule">{outcome.rule}</span>
          <br />
          <span className="muted">{outcome.explanation}</span>
        </>
      ) : noticeDate ? (
        'Avtalet hade redan upphört det datumet.'
      ) : (
        'Ange datum som ÅÅÅÅ-MM-DD.'
      )}
    </p>
  );
}

export function TerminationPanel({ lease, today, onDone, onCancel }: Props) {
  return (
    <section className="form-section termination" aria-label="Registrera uppsägning">
      <ActionForm
        id="notice"
        title="Registrera uppsägning"
        specs={specsFor(lease)}
        defaults={{ noticeGivenBy: 'staden', noticeDate: today }}
        schema={leaseTerminateSchema}
        record={lease}
        fetchLatest={leasesApi.get}
        submitLabel="Spara uppsägning"
        run={async (input) => onDone(await leasesApi.terminate(input))}
        onCancel={onCancel}
        computed={(values) => <Outcome lease={lease} values={values} />}
      />
    </section>
  );
}
