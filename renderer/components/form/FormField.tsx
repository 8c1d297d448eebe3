/** One labelled input, with its error below it. */
import type { FieldSpec } from './fieldSpec';

interface Props {
  spec: FieldSpec;
  value: string;
  error: string | undefined;
  /** The user's own value, kept after a conflict reload. */
  mine: string | undefined;
  onChange(value: string): void;
}

const PLACEHOLDER: Partial<Record<FieldSpec['kind'], string>> = {
  date: 'ÅÅÅÅ-MM-DD',
  money: 'kr',
};

export function FormField({ spec, value, error, mine, onChange }: Props) {
  const id = `field-${spec.name}`;
  const describedBy = error ? `${id}-error` : spec.hint ? `${id}-hint` : undefined;
  const common = {
    id,
    name: spec.name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;

  let input;
  if (spec.render) {
    input = spec.render({ id, value, invalid: Boolean(error), describedBy, onChange });
  } else if (spec.kind === 'flag') {
    input = <input {...common} type="checkbox" checked={value === 'true'} onChange={(e) => onChange(e.target.checked ? 'true' : 'false')} />;
  } else if (spec.kind === 'choice' || spec.kind === 'record') {
    input = (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{spec.required ? '— välj —' : '(ingen)'}</option>
        {(spec.options ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'textarea') {
    input = <textarea {...common} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />;
  } else {
    const numeric = spec.kind === 'integer' || spec.kind === 'decimal' || spec.kind === 'money';
    input = (
      <input
        {...common}
        type="text"
        inputMode={numeric ? 'decimal' : undefined}
        placeholder={PLACEHOLDER[spec.kind]}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }

  return (
    <div className={`form-field${spec.wide ? ' wide' : ''}${spec.kind === 'flag' ? ' flag' : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {spec.label}
        {spec.required ? <span className="required" aria-hidden="true"> *</span> : null}
      </label>
      {input}
      {error ? (
        <div className="field-error" id={`${id}-error`} role="alert">
          {error}
        </div>
      ) : spec.hint ? (
        <div className="field-hint" id={`${id}-hint`}>
          {spec.hint}
        </div>
      ) : null}
      {mine !== undefined && mine !== value ? (
        <div className="field-mine">
          Ditt osparade värde: <strong>{mine === '' ? '(tomt)' : mine}</strong>{' '}
          <button type="button" className="link" onClick={() => onChange(mine)}>
            Använd
          </button>
        </div>
      ) : null}
    </div>
  );
}
