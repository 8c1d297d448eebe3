/**
 * Where a contract stands — status, phase of process 3:4 and who is
 * responsible, the waiver, the landlord's notice — and what can be done
 * next: activate, move the phase, give notice, end.
 */
import { useState } from 'react';
import { nextPhase, previousPhase } from '../../../shared/contracts/rules';
import {
  contractLabels,
  contractPhaseLabels,
  contractStatusLabels,
  endInputSchema,
  endLabels,
  endReasonLabels,
  terminateInputSchema,
  terminateLabels,
  waiverStatusLabels,
  type ContractPhase,
  type ContractRow,
} from '../../../shared/contracts/schema';
import { formatDateTime } from '../../../shared/core/format';
import { ApiError, errorMessage } from '../../api/client';
import { optionsOf, type FieldSpec } from '../../components/form/fieldSpec';
import { navigate } from '../../router';

import { ActionForm } from '../../components/form/ActionForm';
import { contractsApi } from './contractsApi';

interface Props {
  contract: ContractRow;
  today: string;
  onChanged(contract: ContractRow): void;
}

const reasonOptions = optionsOf(endReasonLabels);

const terminateSpecs: FieldSpec[] = [
  { name: 'noticeDate', label: terminateLabels.noticeDate, kind: 'date', required: true },
  {
    name: 'terminationDate',
    label: terminateLabels.terminationDate,
    kind: 'date',
    required: true,
    hint: 'Sista dagen hushållet har rätt att bo kvar',
  },
  { name: 'reason', label: terminateLabels.reason, kind: 'choice', required: true, options: reasonOptions },
  { name: 'note', label: terminateLabels.note, kind: 'textarea', wide: true },
];

const endSpecs: FieldSpec[] = [
  {
    name: 'endDate',
    label: endLabels.endDate,
    kind: 'date',
    required: true,
    hint: 'Dagen bostaden lämnades; den blir ledig',
  },
  { name: 'reason', label: endLabels.reason, kind: 'choice', required: true, options: reasonOptions },
  { name: 'note', label: endLabels.note, kind: 'textarea', wide: true },
];

type Open = 'none' | 'terminate' | 'end';

export function ContractStatusPanel({ contract: c, today, onChanged }: Props) {
  const [open, setOpen] = useState<Open>('none');
  const [error, setError] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [phaseNote, setPhaseNote] = useState('');
  const [busy, setBusy] = useState(false);
  const live = c.status === 'aktivt' || c.status === 'uppsagt';

  const act = async (action: () => Promise<ContractRow>) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await action());
    } catch (e) {
      const ack = e instanceof ApiError ? e.fields['acknowledgeWarnings'] : undefined;
      if (ack) setWarning(ack);
      else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const phaseButton = (to: ContractPhase | null, text: string) =>
    to ? (
      <button type="button" disabled={busy} onClick={() => void act(() => contractsApi.movePhase(c, to, phaseNote))}>
        {text} {contractPhaseLabels[to]}
      </button>
    ) : null;

  return (
    <section className="status-panel" aria-label="Kontraktets läge">
      <dl className="facts">
        <div>
          <dt>{contractLabels.status}</dt>
          <dd className={`status-${c.status}`}>{contractStatusLabels[c.status]}</dd>
        </div>
        <div>
          <dt>{contractLabels.phase}</dt>
          <dd>
            {contractPhaseLabels[c.phase]}{' '}
            <span className="muted">
              sedan <span className="date">{formatDateTime(c.phaseChangedAt).slice(0, 10)}</span>
            </span>
          </dd>
        </div>
        <div>
          <dt>Ansvarig förvaltning</dt>
          <dd>{c.responsibleDepartment}</dd>
        </div>
        <div>
          <dt>{contractLabels.waiverStatus}</dt>
          <dd className={c.waiverStatus === 'godkand' ? '' : 'attention'}>{waiverStatusLabels[c.waiverStatus]}</dd>
        </div>
        {c.unitIsRented ? (
          <div>
            <dt>{contractLabels.landlordNotifiedDate}</dt>
            <dd className={c.landlordNotifiedDate ? '' : 'attention'}>
              <span className="date">{c.landlordNotifiedDate ?? 'Inte ännu'}</span>
            </dd>
          </div>
        ) : null}
        {c.status === 'uppsagt' || c.status === 'avslutat' ? (
          <div>
            <dt>{c.status === 'avslutat' ? contractLabels.endedOn : contractLabels.terminationDate}</dt>
            <dd>
              <span className="date">{c.endsOn}</span>
              {c.endReason ? `, ${endReasonLabels[c.endReason].toLowerCase()}` : ''}
            </dd>
          </div>
        ) : null}
      </dl>

      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}
      {warning ? (
        <div className="banner conflict" role="alert">
          <p>{warning}</p>
          <label className="toggle">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{' '}
            {contractLabels.acknowledgeWarnings}
          </label>
        </div>
      ) : null}

      <div className="status-actions">
        {c.status === 'utkast' && !c.archivedAt ? (
          <>
            <button
              type="button"
              className="primary"
              disabled={busy || (warning !== null && !confirmed)}
              onClick={() => void act(() => contractsApi.activate(c, confirmed))}
            >
              Aktivera kontraktet
            </button>
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => void act(() => contractsApi.archive(c))}
            >
              Arkivera utkastet
            </button>
          </>
        ) : null}
        {c.status === 'utkast' && c.archivedAt ? (
          <button type="button" disabled={busy} onClick={() => void act(() => contractsApi.restore(c))}>
            Återställ utkastet
          </button>
        ) : null}
        {live ? (
          <>
            {phaseButton(nextPhase(c.phase), 'Till fas:')}
            {phaseButton(previousPhase(c.phase), 'Tillbaka till:')}
            <input
              className="phase-note"
              aria-label="Kommentar till fasbytet"
              placeholder="Kommentar till fasbytet"
              value={phaseNote}
              onChange={(e) => setPhaseNote(e.target.value)}
            />
            <span className="spacer" />
            {/* The move-on is the contract's own action too, also before it starts. */}
            <button type="button" disabled={busy} onClick={() => navigate('utslussning', c.id)}>
              Registrera utslussning…
            </button>
            {c.status === 'aktivt' ? (
              <button
                type="button"
                disabled={busy}
                onClick={() => setOpen(open === 'terminate' ? 'none' : 'terminate')}
              >
                Säg upp
              </button>
            ) : null}
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => setOpen(open === 'end' ? 'none' : 'end')}
            >
              Avsluta kontraktet
            </button>
          </>
        ) : null}
      </div>

      {live && open === 'terminate' ? (
        <ActionForm
          id="terminate"
          title="Säg upp kontraktet"
          specs={terminateSpecs}
          defaults={{ noticeDate: today }}
          schema={terminateInputSchema}
          record={c}
          fetchLatest={contractsApi.get}
          submitLabel="Säg upp"
          run={(input) => contractsApi.terminate(input).then(onChanged)}
          onCancel={() => setOpen('none')}
        />
      ) : null}
      {live && open === 'end' ? (
        <ActionForm
          id="end"
          title="Avsluta kontraktet"
          specs={endSpecs}
          defaults={{
            endDate: c.status === 'uppsagt' && c.endsOn <= today ? c.endsOn : today,
            reason: c.endReason ?? '',
          }}
          schema={endInputSchema}
          record={c}
          fetchLatest={contractsApi.get}
          submitLabel="Avsluta och frigör bostaden"
          run={(input) => contractsApi.end(input).then(onChanged)}
          onCancel={() => setOpen('none')}
        />
      ) : null}
    </section>
  );
}
