/** A small form for one action on a record (give notice, end): fields, the shared schema's messages, the back end's. */
import { useState } from 'react';
import type { z } from 'zod';
import { namesItsField } from '../../../shared/core/fields';
import { fieldErrorsFromIssues } from '../../../shared/core/result';
import { ApiError, errorMessage } from '../../api/client';
import { FormField } from '../../components/form/FormField';
import { formToInput, type FieldSpec, type FormValues } from '../../components/form/fieldSpec';

interface Props {
  /** Prefix of the fields' ids, unique on the screen. */
  id: string;
  title: string;
  specs: FieldSpec[];
  defaults: FormValues;
  /** Checks the input before sending, with `extra` (the record's id and version) added. */
  schema: z.ZodType;
  extra: Record<string, unknown>;
  submitLabel: string;
  run(input: Record<string, unknown>): Promise<unknown>;
  onCancel(): void;
}

export function ActionForm({ id, title, specs, defaults, schema, extra, submitLabel, run, onCancel }: Props) {
  const [values, setValues] = useState<FormValues>(defaults);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const input = formToInput(specs, values);
    const checked = schema.safeParse({ ...extra, ...input });
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(checked.error.issues, namesItsField));
      setFormError('Rätta de markerade fälten.');
      return;
    }
    setBusy(true);
    try {
      await run(input);
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fields : {});
      setFormError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="action-form"
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h4>{title}</h4>
      {formError ? (
        <div className="banner error" role="alert">
          {formError}
        </div>
      ) : null}
      <div className="form-grid">
        {specs.map((s) => (
          <FormField
            key={s.name}
            spec={s}
            value={values[s.name] ?? ''}
            error={errors[s.name]}
            idPrefix={id}
            onChange={(v) => {
              setValues((old) => ({ ...old, [s.name]: v }));
              setErrors(({ [s.name]: _gone, ...rest }) => rest);
            }}
          />
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Avbryt
        </button>
      </div>
    </form>
  );
}
