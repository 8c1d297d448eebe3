/** One labelled input, with its error below it. */
import type { FieldSpec, Option } from './fieldSpec';
import { ImagePicker } from './ImagePicker';
import { LookupInput } from './LookupInput';

interface Props {
  spec: FieldSpec;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
  /** Keeps ids unique when two forms share a panel (default `field`). */
  idPrefix?: string;
  /** The error is announced as it appears (the back end's reason), not only read with the field. */
  announce?: boolean;
}

const PLACEHOLDER: Partial<Record<FieldSpec['kind'], string>> = {
  date: 'ÅÅÅÅ-MM-DD',
  money: 'kr',
};

export function FormField({ spec, value, error, onChange, idPrefix = 'field', announce = true }: Props) {
  const id = `${idPrefix}-${spec.name}`;
  const describedBy = error ? `${id}-error` : spec.hint ? `${id}-hint` : undefined;
  const common = {
    id,
    name: spec.name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;

  // A flag shown as a checkbox puts its label after it; one with its own input (a select) does not.
  const checkbox = spec.kind === 'flag' && !spec.render;
  let input;
  if (spec.render) {
    input = spec.render({ id, value, invalid: Boolean(error), describedBy, onChange });
  } else if (spec.kind === 'image') {
    input = <ImagePicker common={common} label={spec.label} value={value} onChange={onChange} />;
  } else if (spec.kind === 'flag') {
    input = (
      <input
        {...common}
        type="checkbox"
        disabled={spec.readOnly}
        checked={value === 'true'}
        onChange={(e) => onChange(e.target.checked ? 'true' : 'false')}
      />
    );
  } else if (spec.search && !spec.readOnly) {
    input = (
      <LookupInput
        {...common}
        value={value}
        options={spec.options ?? []}
        search={spec.search}
        onChange={onChange}
        multiple={spec.kind === 'idList'}
        chosenLabel={`Valda ${spec.label.toLocaleLowerCase('sv')}`}
      />
    );
  } else if (spec.search) {
    input = (
      <input {...common} type="text" readOnly value={spec.options?.find((o) => o.value === value)?.label ?? value} />
    );
  } else if (spec.kind === 'choiceList') {
    input = <ChoiceChecks id={id} label={spec.label} options={spec.options ?? []} value={value} onChange={onChange} />;
  } else if (spec.kind === 'choice' || spec.kind === 'record') {
    input = (
      <select {...common} disabled={spec.readOnly} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{spec.required ? '— välj —' : '(ingen)'}</option>
        {(spec.options ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'textarea') {
    input = (
      <textarea
        {...common}
        rows={3}
        readOnly={spec.readOnly}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  } else {
    const numeric = spec.kind === 'integer' || spec.kind === 'decimal' || spec.kind === 'money';
    input = (
      <input
        {...common}
        type="text"
        inputMode={numeric ? 'decimal' : undefined}
        placeholder={PLACEHOLDER[spec.kind]}
        autoComplete="off"
        readOnly={spec.readOnly}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }

  return (
    <div className={`form-field${spec.wide ? ' wide' : ''}${checkbox ? ' flag' : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className={spec.hideLabel ? 'visually-hidden' : undefined}>
        {spec.label}
        {spec.required ? (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {input}
      {error ? (
        <div className="field-error" id={`${id}-error`} role={announce ? 'alert' : undefined}>
          {error}
        </div>
      ) : spec.hint ? (
        <div className="field-hint" id={`${id}-hint`}>
          {spec.hint}
        </div>
      ) : null}
    </div>
  );
}

/** Several codes of a short list, as checkboxes over one comma-separated value (in the options' order). */
function ChoiceChecks({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: Option[];
  value: string;
  onChange(value: string): void;
}) {
  const chosen = new Set(value.split(',').filter(Boolean));
  return (
    <div id={id} className="checks" role="group" aria-label={label}>
      {options.map((o) => (
        <label key={o.value} className="toggle">
          <input
            type="checkbox"
            checked={chosen.has(o.value)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(o.value);
              else next.delete(o.value);
              onChange(
                options
                  .filter((x) => next.has(x.value))
                  .map((x) => x.value)
                  .join(','),
              );
            }}
          />{' '}
          {o.label}
        </label>
      ))}
    </div>
  );
}
