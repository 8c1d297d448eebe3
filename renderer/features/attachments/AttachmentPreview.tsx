/**
 * One attachment shown in the app: a PDF in Chromium's own viewer, an
 * image as it is, both from a blob URL of the stored bytes (nothing is
 * written to disk). An encrypted PDF cannot be shown: it says so and
 * offers the file to save instead.
 */
import { useEffect, useState } from 'react';
import type { Attachment } from '../../../shared/attachments/schema';
import { useProcedure } from '../../api/hooks';
import { Drawer } from '../../components/Drawer';

interface Props {
  attachment: Attachment;
  onClose(): void;
}

function blobOf(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

export function AttachmentPreview({ attachment, onClose }: Props) {
  const content = useProcedure('attachments.open', { id: attachment.id });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!content.data) return;
    const made = URL.createObjectURL(blobOf(content.data.contentBase64, content.data.mediaType));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [content.data]);

  return (
    <Drawer title={`Bilaga: ${attachment.fileName}`} onClose={onClose}>
      {content.error ? <div className="banner error">{content.error.message}</div> : null}
      {content.data && url ? (
        <>
          <div className="form-actions">
            <a href={url} download={content.data.fileName}>
              Spara kopia…
            </a>
          </div>
          {content.data.encrypted ? (
            <div className="banner conflict" role="alert">
              PDF-filen är krypterad och kan inte förhandsgranskas här. Spara en kopia och öppna den med lösenordet i en
              PDF-läsare.
            </div>
          ) : content.data.mediaType === 'application/pdf' ? (
            <iframe className="document-frame" title={`Förhandsgranskning av ${attachment.fileName}`} src={url} />
          ) : (
            <img className="attachment-image" alt={`Förhandsgranskning av ${attachment.fileName}`} src={url} />
          )}
        </>
      ) : content.loading ? (
        <p className="muted">Hämtar bilagan…</p>
      ) : null}
    </Drawer>
  );
}
