/** Renders a record form: fields, messages, the conflict banner, buttons. */
import type { ReactNode } from 'react';
import { FormField } from './FormField';
import type { FieldSpec } from './fieldSpec';
import type { RecordForm, Versioned } from './useRecordForm';

interface Props<R extends Versioned> {
  form: RecordForm<R>;
  specs: FieldSpec[];
  /** Extra buttons (archive, restore) beside Spara. */
  actions?: ReactNode;
  /** Parts of the record that are not single fields (e.g. a household's people), above the fields. */
  intro?: ReactNode;
  onCancel(): void;
}

export function RecordFormView<R extends Versioned>({ form, specs, actions, intro, onCancel }: Props<R>) {
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
      {intro}
      <div className="form-grid">
        {specs
          .filter((s) => !s.visible || s.visible(form.values))
          .map((s) => (
            <FormField
              key={s.name}
              spec={s}
              value={form.values[s.name] ?? ''}
              error={form.errors[s.name]}
              mine={form.mine[s.name]}
              onChange={(v) => form.setValue(s.name, v)}
            />
          ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.saving || form.conflict !== null}>
          {form.saving ? 'Sparar…' : 'Spara'}
        </button>
        <button type="button" onClick={onCancel}>
          {form.dirty ? 'Avbryt' : 'Stäng'}
        </button>
        <span className="spacer" />
        {actions}
      </div>
    </form>
  );
}
