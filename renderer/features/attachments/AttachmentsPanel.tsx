/**
 * Bilagor on a record: the files kept with it (signed scans, letters),
 * a new one added through AttachmentUpload, each previewed (a PDF in
 * Chromium's own viewer, an image as it is) or archived, never deleted.
 * Archiving goes at the version listed: a colleague who archived or
 * changed it first is reported as a conflict and the list is read again.
 */
import { useState } from 'react';
import {
  attachmentKindLabels,
  formatBytes,
  type Attachment,
  type AttachmentOwner,
} from '../../../shared/attachments/schema';
import { ApiError, errorMessage } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import { useToday } from '../../api/system';
import { attachmentsApi } from './attachmentsApi';
import { AttachmentPreview } from './AttachmentPreview';
import { AttachmentUpload } from './AttachmentUpload';

interface Props {
  owner: AttachmentOwner;
  ownerId: number;
}

/** What was said after an upload or an archiving; a refused upload speaks in its form. */
interface Notice {
  text: string;
  tone: 'info' | 'warning' | 'conflict' | 'error';
}

const bannerClass: Record<Notice['tone'], string> = {
  info: 'info',
  warning: 'conflict',
  conflict: 'conflict',
  error: 'error',
};

export function AttachmentsPanel({ owner, ownerId }: Props) {
  const today = useToday();
  const [showArchived, setShowArchived] = useState(false);
  const list = useProcedure('attachments.list', { owner, ownerId, includeArchived: showArchived });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [previewing, setPreviewing] = useState<Attachment | null>(null);

  const archive = async (a: Attachment) => {
    setNotice(null);
    try {
      await attachmentsApi.archive({ id: a.id, version: a.version });
    } catch (e) {
      const conflict = e instanceof ApiError && e.code === 'CONFLICT';
      setNotice({ text: errorMessage(e), tone: conflict ? 'conflict' : 'error' });
    }
    // Archived or refused, the list is read again: after a conflict it shows the stored version.
    list.reload();
  };

  return (
    <section className="form-section" aria-label="Bilagor">
      <h3>Bilagor</h3>
      {/* The date starts at today, so the form waits for the back end's day. */}
      {today ? (
        <AttachmentUpload
          owner={owner}
          ownerId={ownerId}
          today={today}
          onUploaded={({ text, warning }) => {
            setNotice({ text, tone: warning ? 'warning' : 'info' });
            list.reload();
          }}
        />
      ) : null}
      {notice ? (
        <div className={`banner ${bannerClass[notice.tone]}`} role={notice.tone === 'info' ? 'status' : 'alert'}>
          {notice.text}
        </div>
      ) : null}
      {list.error ? <div className="banner error">{list.error.message}</div> : null}
      <table className="simple-table">
        <thead>
          <tr>
            <th>Fil</th>
            <th>Typ</th>
            <th>Datum</th>
            <th>Storlek</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(list.data ?? []).map((a) => (
            <tr key={a.id} className={a.archivedAt ? 'archived' : ''}>
              <td>
                {a.fileName}
                {a.encrypted ? <span className="status-pill">Krypterad</span> : null}
                {a.archivedAt ? <span className="status-pill">Arkiverad</span> : null}
              </td>
              <td>{attachmentKindLabels[a.kind]}</td>
              <td>{a.documentDate}</td>
              <td>{formatBytes(a.sizeBytes)}</td>
              <td className="row-actions">
                <button type="button" onClick={() => setPreviewing(a)} aria-label={`Visa ${a.fileName}`}>
                  Visa
                </button>
                {a.archivedAt ? null : (
                  <button type="button" onClick={() => void archive(a)} aria-label={`Arkivera ${a.fileName}`}>
                    Arkivera
                  </button>
                )}
              </td>
            </tr>
          ))}
          {list.data && list.data.length === 0 ? (
            <tr>
              <td colSpan={5} className="muted">
                Inga bilagor.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <label className="toggle">
        <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Visa
        arkiverade bilagor
      </label>
      {previewing ? <AttachmentPreview attachment={previewing} onClose={() => setPreviewing(null)} /> : null}
    </section>
  );
}
