/**
 * A new bilaga: drop a file on the zone or pick it with the file dialog,
 * with what it is, its date and a note. The typed fields go through the
 * edit cycle (useRecordForm): checked by the shared schema together with
 * the file's size, so an empty or too big file is refused at its field
 * before it is even read; the back end's reasons (a file that is neither
 * PDF, JPEG nor PNG) at their fields; the busy state and the error banner.
 * The file itself stays outside the form's values: its bytes are no typing
 * to keep as a draft.
 */
import { useRef, useState } from 'react';
import { z } from 'zod';
import {
  ATTACHMENT_KINDS,
  attachmentInputSchema,
  attachmentKindLabels,
  attachmentLabels,
  sizeProblem,
  type AttachmentOwner,
} from '../../../shared/attachments/schema';
import { problem } from '../../../shared/core/fields';
import { FormFields, FormMessages } from '../../components/form/FormParts';
import type { FieldSpec } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { attachmentsApi } from './attachmentsApi';

interface Props {
  owner: AttachmentOwner;
  ownerId: number;
  today: string;
  /** The file is kept: what to tell the user (a reservation, or that it is saved). */
  onUploaded(notice: { text: string; warning: boolean }): void;
}

const specs: FieldSpec[] = [
  {
    name: 'kind',
    label: attachmentLabels.kind,
    kind: 'choice',
    required: true,
    options: ATTACHMENT_KINDS.map((k) => ({ value: k, label: attachmentKindLabels[k] })),
  },
  { name: 'documentDate', label: attachmentLabels.documentDate, kind: 'date', required: true },
  { name: 'note', label: attachmentLabels.note, kind: 'text', wide: true },
];

/** The upload as the form checks it: the file by its size (`file`); its bytes are read once that passes. */
const uploadSchema = attachmentInputSchema.omit({ contentBase64: true }).extend({
  file: z.number({ error: problem(attachmentLabels.file, 'välj en fil') }).superRefine((size, ctx) => {
    const refused = sizeProblem(size);
    if (refused) ctx.addIssue({ code: 'custom', message: refused });
  }),
});

// The back end names a refused file `file`; the shared schema names its bytes `contentBase64`.
const fileLabels = { file: attachmentLabels.file, contentBase64: attachmentLabels.file };

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`Filen "${file.name}" kunde inte läsas.`));
    reader.readAsDataURL(file);
  });
}

export function AttachmentUpload({ owner, ownerId, today, onUploaded }: Props) {
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The file being sent, read by `extra` and `save` during the one submit it belongs to.
  const chosen = useRef<File | null>(null);
  const idPrefix = `attachment-${owner}-${ownerId}`;

  const form = useRecordForm({
    draftKey: `attachment-${owner}-${ownerId}`,
    specs,
    schema: uploadSchema,
    record: null,
    defaults: { kind: 'undertecknat_avtal', documentDate: today },
    extra: () => {
      const file = chosen.current;
      return { owner, ownerId, ...(file ? { file: file.size, fileName: file.name } : {}) };
    },
    extraLabels: fileLabels,
    save: async ({ file: _size, ...fields }) => {
      const file = chosen.current;
      if (!file) return null;
      const { warning } = await attachmentsApi.add({ ...fields, contentBase64: await readBase64(file) });
      onUploaded(warning ? { text: warning, warning: true } : { text: `${file.name} har sparats.`, warning: false });
      // The list shows it: the fields stay as they are for the next file.
      return null;
    },
    onSaved: () => undefined,
  });

  const upload = async (file: File | undefined) => {
    if (!file) return;
    chosen.current = file;
    try {
      await form.submit();
    } finally {
      chosen.current = null;
      if (input.current) input.current.value = '';
    }
  };

  const fileError = form.errors['file'] ?? form.errors['contentBase64'];
  return (
    <form
      ref={form.formRef}
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      aria-label="Ny bilaga"
      data-testid="attachment-drop"
      noValidate
      // Enter in a field asks for the file, as the button does.
      onSubmit={(e) => {
        e.preventDefault();
        input.current?.click();
      }}
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
      <FormMessages form={form} />
      <FormFields form={form} specs={specs} idPrefix={idPrefix} />
      <div className="drop-file">
        <label className="file-button">
          {form.saving ? 'Sparar…' : 'Välj fil…'}
          <input
            ref={input}
            type="file"
            aria-label="Bifoga fil"
            accept="application/pdf,image/jpeg,image/png"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${idPrefix}-file-error` : undefined}
            disabled={form.saving}
            onChange={(e) => void upload(e.target.files?.[0])}
          />
        </label>
        <span className="muted">eller släpp en PDF, JPEG eller PNG här (högst 25 MB)</span>
        {fileError ? (
          <div className="field-error" id={`${idPrefix}-file-error`} role={form.announceErrors ? 'alert' : undefined}>
            {fileError}
          </div>
        ) : null}
      </div>
    </form>
  );
}
