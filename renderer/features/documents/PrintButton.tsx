/** A button that opens the print preview of a document (Skriv ut, Spara som PDF). */
import { useState } from 'react';
import { DocumentPreview } from './DocumentPreview';

interface Props {
  kind: string;
  ids?: number[];
  label: string;
  disabled?: boolean;
}

export function PrintButton({ kind, ids = [], label, disabled }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={disabled}>
        {label}
      </button>
      {open ? <DocumentPreview request={{ kind, ids }} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
