/** The department's comment on one action for one year: saved with its version, locked once the report is approved. */
import { useEffect, useState } from 'react';
import type { FollowupAction } from '../../../shared/followup/schema';
import { errorMessage } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import { followupApi } from './followupApi';

interface Props {
  year: number;
  action: FollowupAction;
  locked: boolean;
  onSaved(): void;
}

export function CommentEditor({ year, action, locked, onSaved }: Props) {
  const comments = useProcedure('followup.comments', { year });
  const stored = comments.data?.find((c) => c.action === action) ?? null;
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  useEffect(() => setText(stored?.comment ?? ''), [stored?.comment, stored?.version, action]);
  useEffect(() => setMessage(null), [action, year]);
  const save = async () => {
    try {
      await followupApi.saveComment({ year, action, comment: text, version: stored?.version ?? 0 });
      setMessage({ kind: 'info', text: 'Kommentaren är sparad.' });
      comments.reload();
      onSaved();
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  };
  const id = `comment-${action}`;
  return (
    <div className="form-section">
      <label htmlFor={id}>
        <h3>Förvaltningens kommentar</h3>
      </label>
      <textarea
        id={id}
        value={text}
        rows={5}
        readOnly={locked}
        onChange={(e) => setText(e.target.value)}
        style={{ width: '100%' }}
      />
      {stored?.updatedBy ? (
        <p className="muted">
          Senast ändrad {stored.updatedAt?.slice(0, 10)} av {stored.updatedBy}
        </p>
      ) : null}
      {message ? <div className={`banner ${message.kind}`}>{message.text}</div> : null}
      {locked ? null : (
        <div className="form-actions">
          <button
            type="button"
            className="primary"
            onClick={() => void save()}
            disabled={text === (stored?.comment ?? '')}
          >
            Spara kommentar
          </button>
        </div>
      )}
    </div>
  );
}
