/**
 * One settings group (organisation, contract texts, information material):
 * edited like any record, so a colleague's newer save is reported, never
 * overwritten.
 */
import { useState } from 'react';
import type { z } from 'zod';
import { namesItsField } from '../../../shared/core/fields';
import { fieldErrorsFromIssues } from '../../../shared/core/result';
import { formatDateTime } from '../../../shared/core/format';
import { ApiError, errorMessage } from '../../api/client';
import { FormField } from '../../components/form/FormField';
import { formToInput, recordToForm, type FieldSpec, type FormValues } from '../../components/form/fieldSpec';

export interface StoredGroup<V> {
  value: V;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

interface Props<V> {
  title: string;
  specs: FieldSpec[];
  schema: z.ZodType;
  stored: StoredGroup<V>;
  /** Sends the form's input (the schema has checked it). */
  save(value: Record<string, unknown>, version: number): Promise<unknown>;
  onSaved(): void;
  /** Extra controls (logo upload, preview) that edit the same values. */
  extra?: (values: FormValues, setValue: (name: string, value: string) => void) => React.ReactNode;
}

export function SettingsGroupForm<V>({ title, specs, schema, stored, save, onSaved, extra }: Props<V>) {
  const [values, setValues] = useState<FormValues>(() => recordToForm(specs, stored.value as Record<string, unknown>));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'info' | 'error' | 'conflict'; text: string } | null>(null);
  const setValue = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));

  const submit = async () => {
    const input = formToInput(specs, values);
    const checked = schema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(checked.error.issues, namesItsField));
      setMessage({ kind: 'error', text: 'Rätta de markerade fälten.' });
      return;
    }
    try {
      await save(input, stored.version);
      setErrors({});
      setMessage({ kind: 'info', text: 'Sparat.' });
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VALIDATION') setErrors(e.fields);
      setMessage({
        kind: e instanceof ApiError && e.code === 'CONFLICT' ? 'conflict' : 'error',
        text: errorMessage(e),
      });
    }
  };

  return (
    <section className="card">
      <h2>{title}</h2>
      {stored.updatedAt ? (
        <p className="muted">
          Senast ändrad {formatDateTime(stored.updatedAt)} av {stored.updatedBy}
        </p>
      ) : null}
      <form
        className="record-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="form-grid">
          {specs.map((s) => (
            <FormField
              key={s.name}
              spec={s}
              value={values[s.name] ?? ''}
              error={errors[s.name]}
              onChange={(v) => setValue(s.name, v)}
            />
          ))}
        </div>
        {extra?.(values, setValue)}
        {message ? (
          <div className={`banner ${message.kind}`} role="alert">
            {message.text}
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary">
            Spara
          </button>
        </div>
      </form>
    </section>
  );
}
