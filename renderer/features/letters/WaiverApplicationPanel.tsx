/**
 * Ansökan till hyresnämnden (12:45 a) on a kommunalt kontrakt: print the
 * application, log it as sent (the waiver is then "ansökan inskickad"),
 * and when the hyresnämnd has decided, register the decision: its date,
 * case number and whether the waiver was approved. Both go on the contract.
 */
import { useState } from 'react';
import { waiverStatusLabels, type WaiverStatus } from '../../../shared/contracts/schema';
import { letterLabels, SEND_METHODS, sendMethodLabels } from '../../../shared/letters/schema';
import { letterKindLabels } from '../../../shared/letters/templates';
import { errorMessage } from '../../api/client';
import { lettersApi } from './lettersApi';
import { useProcedure } from '../../api/hooks';
import { PrintButton } from '../documents/PrintButton';
import { SentLetters } from './SentLetters';

interface Props {
  contract: {
    id: number;
    version: number;
    waiverStatus: WaiverStatus;
    waiverApplicationDate: string | null;
    waiverDecisionDate: string | null;
    waiverCaseNumber: string | null;
  };
  onChanged(): void;
}

function DateInput({ label, value, set }: { label: string; value: string; set(v: string): void }) {
  return (
    <label>
      {label}{' '}
      <input type="text" size={11} placeholder="ÅÅÅÅ-MM-DD" value={value} onChange={(e) => set(e.target.value)} />
    </label>
  );
}

export function WaiverApplicationPanel({ contract: c, onChanged }: Props) {
  const today = useProcedure('system.info', {}).data?.today ?? '';
  const [sentOn, setSentOn] = useState<string | null>(null);
  const [method, setMethod] = useState<(typeof SEND_METHODS)[number]>('post');
  const [decisionDate, setDecisionDate] = useState<string | null>(null);
  const [caseNumber, setCaseNumber] = useState('');
  const [approved, setApproved] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const decided = c.waiverStatus === 'godkand' || c.waiverStatus === 'avslagen';
  const ref = { id: c.id, version: c.version };

  const run = async (call: () => Promise<unknown>) => {
    setError(null);
    try {
      await call();
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const status = decided
    ? `${waiverStatusLabels[c.waiverStatus]} ${c.waiverDecisionDate ?? ''}, ärende ${c.waiverCaseNumber ?? ''}.`
    : c.waiverStatus === 'ansokan_inskickad'
      ? `Ansökan skickad ${c.waiverApplicationDate ?? ''}; inget beslut registrerat.`
      : 'Ingen ansökan skickad till hyresnämnden.';

  return (
    <section className="form-section" aria-label="Ansökan till hyresnämnden">
      <h3>{letterKindLabels.waiverApplication}</h3>
      <p className={decided ? 'muted' : 'cell-warning'}>{status}</p>
      {decided ? null : (
        <>
          <div className="inline-form">
            <PrintButton kind="waiverApplicationLetter" ids={[c.id]} label="Skriv ut ansökan…" />
            <DateInput label={letterLabels.sentOn} value={sentOn ?? today} set={setSentOn} />
            <label>
              {letterLabels.method}{' '}
              <select value={method} onChange={(e) => setMethod(e.target.value as (typeof SEND_METHODS)[number])}>
                {SEND_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {sendMethodLabels[m]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() =>
                void run(() =>
                  lettersApi.logSent({
                    kind: 'waiverApplication',
                    owner: 'contract',
                    records: [ref],
                    sentOn: sentOn ?? today,
                    method,
                  }),
                )
              }
            >
              Registrera ansökan som skickad
            </button>
          </div>
          <div className="inline-form" aria-label="Hyresnämndens beslut">
            <DateInput label={letterLabels.decisionDate} value={decisionDate ?? today} set={setDecisionDate} />
            <label>
              {letterLabels.caseNumber}{' '}
              <input type="text" size={14} value={caseNumber} onChange={(e) => setCaseNumber(e.target.value)} />
            </label>
            <label>
              {letterLabels.approved}{' '}
              <select value={approved ? 'ja' : 'nej'} onChange={(e) => setApproved(e.target.value === 'ja')}>
                <option value="ja">{waiverStatusLabels.godkand}</option>
                <option value="nej">{waiverStatusLabels.avslagen}</option>
              </select>
            </label>
            <button
              type="button"
              className="primary"
              onClick={() =>
                void run(() =>
                  lettersApi.registerDecision({
                    ...ref,
                    decisionDate: decisionDate ?? today,
                    caseNumber,
                    approved,
                  }),
                )
              }
            >
              Registrera beslut
            </button>
          </div>
        </>
      )}
      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}
      <SentLetters owner="contract" id={c.id} kind="waiverApplication" />
    </section>
  );
}
