/**
 * The 12:39 letter on a contract or a lease: print it (or save it as PDF)
 * and, once it has gone out, log it as sent with the day and how. Logging
 * sets "hyresvärden underrättad" on the record, which clears Bevakning.
 */
import { useState } from 'react';
import { letterLabels, SEND_METHODS, sendMethodLabels, type LetterOwner } from '../../../shared/letters/schema';
import { letterKindLabels } from '../../../shared/letters/templates';
import { errorMessage } from '../../api/client';
import { lettersApi } from './lettersApi';
import { useProcedure } from '../../api/hooks';
import { PrintButton } from '../documents/PrintButton';
import { SentLetters } from './SentLetters';

interface Props {
  owner: LetterOwner;
  record: { id: number; version: number };
  /** The day the landlord was told, if it is registered. */
  notifiedOn: string | null;
  onChanged(): void;
}

export function SubletLetterPanel({ owner, record, notifiedOn, onChanged }: Props) {
  const info = useProcedure('system.info', {});
  const [typedDate, setSentOn] = useState<string | null>(null);
  const sentOn = typedDate ?? info.data?.today ?? '';
  const [method, setMethod] = useState<(typeof SEND_METHODS)[number]>('post');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const logSent = async () => {
    setBusy(true);
    setError(null);
    try {
      await lettersApi.logSent({ kind: 'sublet1239', owner, records: [record], sentOn, method });
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form-section" aria-label="Underrättelse till hyresvärden">
      <h3>{letterKindLabels.sublet1239}</h3>
      <p className={notifiedOn ? 'muted' : 'cell-warning'}>
        {notifiedOn ? `Hyresvärden underrättad ${notifiedOn}.` : 'Hyresvärden är inte underrättad.'}
      </p>
      <div className="inline-form">
        <PrintButton
          kind={owner === 'contract' ? 'subletLetterContracts' : 'subletLetterLease'}
          ids={[record.id]}
          label="Skriv ut underrättelse…"
        />
        <label>
          {letterLabels.sentOn}{' '}
          <input
            type="text"
            size={11}
            placeholder="ÅÅÅÅ-MM-DD"
            value={sentOn}
            onChange={(e) => setSentOn(e.target.value)}
          />
        </label>
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
        <button type="button" className="primary" disabled={busy} onClick={() => void logSent()}>
          Registrera som skickad
        </button>
      </div>
      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}
      <SentLetters owner={owner} id={record.id} kind="sublet1239" />
    </section>
  );
}
