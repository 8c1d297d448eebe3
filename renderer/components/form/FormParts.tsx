/**
 * The parts every form of the edit cycle shows the same way, whether a
 * record's form (RecordFormView) or an action's (ActionForm): the messages
 * above the fields (the conflict comparison, typing given back from a
 * draft, the error) and the grid of fields.
 */
import { Fragment } from 'react';
import { formatDateTime } from '../../../shared/core/format';
import { ConflictDiff } from './ConflictDiff';
import { FormField } from './FormField';
import type { FieldSpec } from './fieldSpec';
import type { RecordForm, Versioned } from './useRecordForm';

export function FormMessages<R extends Versioned>({ form }: { form: RecordForm<R> }) {
  return (
    <>
      {form.conflict ? (
        <ConflictDiff
          conflict={form.conflict}
          values={form.values}
          onChoose={form.setValue}
          onClose={form.closeConflict}
        />
      ) : null}
      {form.restoredFrom ? (
        <div className="banner info" role="status">
          Dina osparade ändringar från {formatDateTime(form.restoredFrom)} har lagts tillbaka.{' '}
          <button type="button" className="link" onClick={form.discard}>
            Släng ändringarna
          </button>
        </div>
      ) : null}
      {form.formError ? (
        <div className="banner error" role="alert">
          {form.formError}
        </div>
      ) : null}
    </>
  );
}

interface FieldsProps<R extends Versioned> {
  form: RecordForm<R>;
  specs: FieldSpec[];
  /** Keeps ids unique when two forms share a panel (see FormField). */
  idPrefix?: string;
}

/** The fields shown for the values typed so far, each under its section's heading. */
export function FormFields<R extends Versioned>({ form, specs, idPrefix }: FieldsProps<R>) {
  return (
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
              announce={form.announceErrors}
              {...(idPrefix ? { idPrefix } : {})}
              onChange={(v) => form.setValue(s.name, v)}
            />
          </Fragment>
        ))}
    </div>
  );
}
