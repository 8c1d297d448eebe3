/** Renders a record form: fields, messages, the conflict banner, buttons. */
import { Fragment, type ReactNode } from 'react';
import { FormField } from './FormField';
import type { FieldSpec } from './fieldSpec';
import type { RecordForm, Versioned } from './useRecordForm';

interface Props<R extends Versioned> {
  form: RecordForm<R>;
  specs: FieldSpec[];
  /** Extra buttons (archive, restore) beside Spara. */
  actions?: ReactNode;
  /** Shown above the fields: parts that are not single fields, values computed as the user types. */
  children?: ReactNode;
  /** Without it there is nothing to close (a settings group on its screen). */
  onCancel?(): void;
  /** What the save button says, when more than Spara (Spara leverans). */
  submitLabel?: string;
}

export function RecordFormView<R extends Versioned>({
  form,
  specs,
  actions,
  children,
  onCancel,
  submitLabel = 'Spara',
}: Props<R>) {
  return (
    <form
      className="record-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      {form.conflict ? (
        <div className="banner conflict" role="alert">
          <p>{form.conflict}</p>
          <button type="button" onClick={() => void form.reloadLatest()}>
            Ladda om
          </button>
        </div>
      ) : null}
      {form.formError ? (
        <div className="banner error" role="alert">
          {form.formError}
        </div>
      ) : null}
      {children}
      <div className="form-grid">
        {specs
          .filter((s) => !s.visible || s.visible(form.values))
          .map((s) => (
            <Fragment key={s.name}>
              {s.section ? <h3 className="form-grid-heading">{s.section}</h3> : null}
              <FormField
                spec={s}
                value={form.values[s.name] ?? ''}
                error={form.errors[s.name]}
                mine={form.mine[s.name]}
                onChange={(v) => form.setValue(s.name, v)}
              />
            </Fragment>
          ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.saving || form.conflict !== null}>
          {form.saving ? 'Sparar…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {form.dirty ? 'Avbryt' : 'Stäng'}
          </button>
        ) : null}
        <span className="spacer" />
        {actions}
      </div>
    </form>
  );
}
