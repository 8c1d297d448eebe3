/** FF's flag "redo för utslussning" and a note, for one household: a small versioned record of its own. */
import { useState } from 'react';
import { formatDateTime } from '../../../shared/core/format';
import { readinessLabels, type Readiness } from '../../../shared/moveOns/schema';
import { ApiError, errorMessage } from '../../api/client';
import { moveOnsApi } from './moveOnsApi';

export function ReadinessEditor({ readiness, onSaved }: { readiness: Readiness; onSaved(r: Readiness): void }) {
  const [ready, setReady] = useState(readiness.ready);
  const [note, setNote] = useState(readiness.note ?? '');
  const [message, setMessage] = useState<{ kind: 'info' | 'error' | 'conflict'; text: string } | null>(null);
  const save = async () => {
    try {
      const saved = await moveOnsApi.setReadiness({
        householdId: readiness.householdId,
        version: readiness.version,
        ready,
        note,
      });
      setMessage({ kind: 'info', text: 'Sparat.' });
      onSaved(saved);
    } catch (e) {
      setMessage({
        kind: e instanceof ApiError && e.code === 'CONFLICT' ? 'conflict' : 'error',
        text: errorMessage(e),
      });
    }
  };
  return (
    <form
      className="action-form"
      aria-label="Bedömning inför utslussning"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="toggle">
        <input type="checkbox" checked={ready} onChange={(e) => setReady(e.target.checked)} /> {readinessLabels.ready}
      </label>
      <label className="form-field">
        <span>{readinessLabels.note}</span>
        <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      {readiness.updatedAt ? (
        <p className="muted">
          Senast ändrad {formatDateTime(readiness.updatedAt)} av {readiness.updatedBy}
        </p>
      ) : null}
      {message ? (
        <div className={`banner ${message.kind}`} role="status">
          {message.text}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit">Spara bedömningen</button>
      </div>
    </form>
  );
}
