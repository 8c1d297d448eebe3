/**
 * Bilagor on a record: drop a file on the panel or pick it with the file
 * dialog, say what it is and its date, and it is kept with the record.
 * Size and emptiness are checked here before anything is sent; the type
 * and the rest are the back end's to judge (from the bytes). A preview
 * shows a PDF in Chromium's own viewer and an image as it is.
 */
import { useRef, useState } from 'react';
import {
  ATTACHMENT_KINDS,
  attachmentKindLabels,
  attachmentLabels,
  formatBytes,
  sizeProblem,
  type Attachment,
  type AttachmentKind,
  type AttachmentOwner,
} from '../../../shared/attachments/schema';
import { errorMessage } from '../../api/client';
import { attachmentsApi } from './attachmentsApi';
import { useProcedure } from '../../api/hooks';
import { AttachmentPreview } from './AttachmentPreview';

interface Props {
  owner: AttachmentOwner;
  ownerId: number;
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`Filen "${file.name}" kunde inte läsas.`));
    reader.readAsDataURL(file);
  });
}

export function AttachmentsPanel({ owner, ownerId }: Props) {
  const info = useProcedure('system.info', {});
  const [showArchived, setShowArchived] = useState(false);
  const list = useProcedure('attachments.list', { owner, ownerId, includeArchived: showArchived });
  const [kind, setKind] = useState<AttachmentKind>('undertecknat_avtal');
  // Empty until the back end says what day it is (BOSTAD_TODAY in tests); the field is the user's after that.
  const [typedDate, setDocumentDate] = useState<string | null>(null);
  const documentDate = typedDate ?? info.data?.today ?? '';
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'warning' | 'info' } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [previewing, setPreviewing] = useState<Attachment | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    const tooBig = sizeProblem(file.size);
    if (tooBig) {
      setMessage({ text: `${file.name}: ${tooBig}`, tone: 'error' });
      return;
    }
    setBusy(true);
    try {
      const { warning } = await attachmentsApi.add({
        owner,
        ownerId,
        kind,
        documentDate,
        fileName: file.name,
        note: null,
        contentBase64: await readBase64(file),
      });
      setMessage(warning ? { text: warning, tone: 'warning' } : { text: `${file.name} har sparats.`, tone: 'info' });
      list.reload();
    } catch (e) {
      setMessage({ text: errorMessage(e), tone: 'error' });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const archive = async (a: Attachment) => {
    try {
      await attachmentsApi.archive({ id: a.id, version: a.version });
      list.reload();
    } catch (e) {
      setMessage({ text: errorMessage(e), tone: 'error' });
    }
  };

  return (
    <section className="form-section" aria-label="Bilagor">
      <h3>Bilagor</h3>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        data-testid="attachment-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void upload(e.dataTransfer.files[0]);
        }}
      >
        <label>
          {attachmentLabels.kind}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as AttachmentKind)}>
            {ATTACHMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {attachmentKindLabels[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {attachmentLabels.documentDate}{' '}
          <input
            type="text"
            inputMode="numeric"
            placeholder="ÅÅÅÅ-MM-DD"
            size={11}
            value={documentDate}
            onChange={(e) => setDocumentDate(e.target.value)}
          />
        </label>
        <label className="file-button">
          {busy ? 'Sparar…' : 'Välj fil…'}
          <input
            ref={input}
            type="file"
            aria-label="Bifoga fil"
            accept="application/pdf,image/jpeg,image/png"
            disabled={busy}
            onChange={(e) => void upload(e.target.files?.[0])}
          />
        </label>
        <span className="muted">eller släpp en PDF, JPEG eller PNG här (högst 25 MB)</span>
      </div>
      {message ? (
        <div
          className={`banner ${message.tone === 'error' ? 'error' : message.tone === 'warning' ? 'conflict' : 'info'}`}
          role={message.tone === 'info' ? 'status' : 'alert'}
        >
          {message.text}
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
