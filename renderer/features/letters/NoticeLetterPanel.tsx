/**
 * Uppsägning av hyresavtal on an active lease: print the notice with its
 * mottagningsbevis, and when the landlord's signed receipt comes back,
 * register it: the notice is registered with the day of receipt.
 */
import { useState } from 'react';
import { letterLabels, SEND_METHODS, sendMethodLabels } from '../../../shared/letters/schema';
import { errorMessage } from '../../api/client';
import { lettersApi } from './lettersApi';
import { useProcedure } from '../../api/hooks';
import { PrintButton } from '../documents/PrintButton';

interface Props {
  lease: { id: number; version: number };
  onChanged(): void;
}

export function NoticeLetterPanel({ lease, onChanged }: Props) {
  const today = useProcedure('system.info', {}).data?.today ?? '';
  const [sentOn, setSentOn] = useState<string | null>(null);
  const [receivedOn, setReceivedOn] = useState<string | null>(null);
  const [method, setMethod] = useState<(typeof SEND_METHODS)[number]>('rekommenderat');
  const [error, setError] = useState<string | null>(null);

  const register = async () => {
    setError(null);
    try {
      await lettersApi.registerReceipt({
        ...lease,
        sentOn: sentOn ?? today,
        method,
        receivedOn: receivedOn ?? today,
      });
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const dateInput = (label: string, value: string | null, set: (v: string) => void) => (
    <label>
      {label}{' '}
      <input
        type="text"
        size={11}
        placeholder="ÅÅÅÅ-MM-DD"
        value={value ?? today}
        onChange={(e) => set(e.target.value)}
      />
    </label>
  );

  return (
    <section className="form-section" aria-label="Uppsägning med mottagningsbevis">
      <h3>Uppsägning med mottagningsbevis</h3>
      <div className="inline-form">
        <PrintButton kind="leaseNoticeLetter" ids={[lease.id]} label="Skriv ut uppsägning…" />
        {dateInput(letterLabels.sentOn, sentOn, setSentOn)}
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
        {dateInput(letterLabels.receivedOn, receivedOn, setReceivedOn)}
        <button type="button" onClick={() => void register()}>
          Registrera mottagningsbevis
        </button>
      </div>
      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}
    </section>
  );
}
