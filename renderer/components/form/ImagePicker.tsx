/**
 * A picture chosen from a file, in Swedish: the browser's own file input
 * says "Choose File / No file chosen" in the language of the browser, not
 * of the app, so it is hidden behind a button and a note of our own.
 */
import { useRef, useState } from 'react';

interface Props {
  common: { id: string; name: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
  label: string;
  value: string;
  onChange(value: string): void;
}

export function ImagePicker({ common, label, value, onChange }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  return (
    <div className="image-field">
      {value ? <img src={value} alt={label} /> : <span className="muted">Ingen bild</span>}
      <input
        {...common}
        ref={input}
        type="file"
        className="visually-hidden"
        accept="image/png,image/jpeg,image/svg+xml"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setFileName(file.name);
          const reader = new FileReader();
          reader.onload = () => onChange(String(reader.result));
          reader.readAsDataURL(file);
        }}
      />
      <button type="button" onClick={() => input.current?.click()}>
        Välj bildfil…
      </button>
      <span className="muted">{fileName ?? (value ? 'Vald bild' : 'Ingen fil vald')}</span>
      {value ? (
        <button
          type="button"
          className="link"
          onClick={() => {
            setFileName(null);
            onChange('');
          }}
        >
          Ta bort
        </button>
      ) : null}
    </div>
  );
}
