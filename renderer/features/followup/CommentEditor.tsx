/**
 * The department's comment on one action for one year: the edit cycle of
 * every form (ActionForm), so a colleague's comment saved in between is
 * compared, not overwritten; locked once the report is approved.
 */
import { useEffect, useState } from 'react';
import { followupCommentInputSchema, type FollowupAction } from '../../../shared/followup/schema';
import { ActionForm } from '../../components/form/ActionForm';
import type { FieldSpec } from '../../components/form/fieldSpec';
import { useProcedure } from '../../api/hooks';
import { followupApi } from './followupApi';

interface Props {
  year: number;
  action: FollowupAction;
  locked: boolean;
  onSaved(): void;
}

const specs: FieldSpec[] = [{ name: 'comment', label: 'Förvaltningens kommentar', kind: 'textarea', wide: true }];

export function CommentEditor({ year, action, locked, onSaved }: Props) {
  const comments = useProcedure('followup.comments', { year });
  const stored = comments.data?.find((c) => c.action === action) ?? null;
  const [saved, setSaved] = useState(false);
  useEffect(() => setSaved(false), [action, year]);
  if (comments.data === undefined) return null;
  return (
    <div className="form-section">
      {locked ? (
        <>
          <h3>Förvaltningens kommentar</h3>
          <p>{stored?.comment || 'Ingen kommentar.'}</p>
        </>
      ) : (
        <ActionForm
          // A new stored version starts the form again from it: the next save is checked against that version.
          key={`${year}-${action}-${stored?.version ?? 0}`}
          id={`comment-${action}`}
          title="Kommentar till åtgärden"
          specs={specs}
          defaults={{ comment: '' }}
          schema={followupCommentInputSchema}
          {...(stored ? { record: stored } : {})}
          editsRecord
          fetchLatest={async (id) => {
            const latest = (await followupApi.comments(year)).find((c) => c.id === id);
            if (!latest) throw new Error('Kommentaren finns inte längre; ladda om sidan.');
            return latest;
          }}
          // Version 0: there was no comment when the typing started.
          extra={{ year, action, version: 0 }}
          submitLabel="Spara kommentar"
          run={async (input) => {
            await followupApi.saveComment(input);
            setSaved(true);
            comments.reload();
            onSaved();
          }}
        />
      )}
      {stored?.updatedBy ? (
        <p className="muted">
          Senast ändrad {stored.updatedAt?.slice(0, 10)} av {stored.updatedBy}
        </p>
      ) : null}
      {saved && !locked ? (
        <div className="banner info" role="status">
          Kommentaren är sparad.
        </div>
      ) : null}
    </div>
  );
}
