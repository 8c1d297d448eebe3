/**
 * Print preview: the document exactly as it will print, with Skriv ut and
 * Spara som PDF. The preview frame runs no scripts; the document's data is
 * escaped when it is made (electron/features/documents/html.ts).
 */
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { DocumentRequest, RenderedDocument } from '../../../shared/documents/schema';
import { errorMessage } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import { Drawer } from '../../components/Drawer';
import { platform } from '../../platform/platform';

interface Props {
  request: DocumentRequest;
  onClose(): void;
}

export function DocumentPreview({ request, onClose }: Props) {
  const { data, error } = useProcedure('documents.render', request);
  return <DocumentView document={data} error={error?.message ?? null} onClose={onClose} />;
}

/** A document already made (a registerutdrag, a gallring report), with the same print and PDF buttons. */
export function DocumentView({
  document: data,
  error,
  onClose,
  extra,
}: {
  document: RenderedDocument | undefined;
  error: string | null;
  onClose(): void;
  extra?: ReactNode;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const act = async (label: string, action: () => Promise<unknown>) => {
    setBusy(label);
    setMessage(null);
    try {
      await action();
    } catch (e) {
      setMessage(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Drawer title={data ? `Förhandsgranskning: ${data.title}` : 'Förhandsgranskning'} onClose={onClose}>
      {error ? <div className="banner error">{error}</div> : null}
      {message ? (
        <div className="banner error" role="alert">
          {message}
        </div>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={!data || busy !== null}
          onClick={() => data && void act('print', () => platform.print(data.html, frame.current))}
        >
          Skriv ut
        </button>
        <button
          type="button"
          disabled={!data || busy !== null}
          onClick={() => data && void act('pdf', () => platform.savePdf(data.html, data.fileName))}
        >
          {busy === 'pdf' ? 'Skapar PDF…' : 'Spara som PDF'}
        </button>
        {extra}
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          Stäng
        </button>
      </div>
      {data ? (
        <iframe
          ref={frame}
          className="document-frame"
          title="Dokument"
          sandbox="allow-same-origin allow-modals"
          srcDoc={data.html}
        />
      ) : (
        <p className="muted">Skapar dokumentet…</p>
      )}
    </Drawer>
  );
}
