/**
 * The edit cycle every record form shares: text values, validation with the
 * shared schema before sending, the back end's field errors, and the
 * optimistic-concurrency conflict — reported with who saved first, and
 * resolved by reloading the new version while the user's own unsaved
 * values stay on screen beside each field to apply again.
 */
import { useCallback, useMemo, useState } from 'react';
import type { z } from 'zod';
import { namesItsField } from '../../../shared/core/fields';
import { fieldErrorsFromIssues } from '../../../shared/core/result';
import { ApiError, errorMessage } from '../../api/client';
import { formToInput, recordToForm, type FieldSpec, type FormValues } from './fieldSpec';

export interface Versioned {
  id: number;
  version: number;
}

interface Options<R extends Versioned, S extends z.ZodType> {
  specs: FieldSpec[];
  /** The create schema (or the action's): validates the fields before anything is sent. */
  schema: S;
  record: R | null;
  defaults?: FormValues;
  /**
   * Sent beside the fields and checked with them by the schema: the id and
   * version of the record an action acts on, the parent a new row belongs to.
   */
  extra?: (record: R | null) => Record<string, unknown>;
  /**
   * Creates (record null) or updates (with the record's id and version);
   * gets the input the schema has just accepted. An action that closes its
   * form returns null: nothing is left to show.
   */
  save(input: z.input<S>, record: R | null): Promise<R | null>;
  /** Fetches the stored version after a conflict; without it the conflict is only reported. */
  fetchLatest?(id: number): Promise<R>;
  onSaved(record: R): void;
}

export interface RecordForm<R extends Versioned> {
  record: R | null;
  values: FormValues;
  errors: Record<string, string>;
  formError: string | null;
  conflict: string | null;
  mine: FormValues;
  saving: boolean;
  dirty: boolean;
  setValue(name: string, value: string): void;
  submit(): Promise<void>;
  reloadLatest(): Promise<void>;
}

export function useRecordForm<R extends Versioned, S extends z.ZodType = z.ZodType>(
  options: Options<R, S>,
): RecordForm<R> {
  const { specs, schema, defaults, extra, save, fetchLatest, onSaved } = options;
  const [record, setRecord] = useState<R | null>(options.record);
  const initial = useMemo(
    () => recordToForm(specs, record as Record<string, unknown> | null, defaults),
    [specs, record, defaults],
  );
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [mine, setMine] = useState<FormValues>({});
  const [saving, setSaving] = useState(false);

  const dirty = specs.some((s) => (values[s.name] ?? '') !== (initial[s.name] ?? ''));

  const setValue = useCallback((name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => {
      if (!(name in e)) return e;
      const { [name]: _gone, ...rest } = e;
      return rest;
    });
  }, []);

  const submit = useCallback(async () => {
    setFormError(null);
    const input = { ...extra?.(record), ...formToInput(specs, values) };
    const checked = schema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(checked.error.issues, namesItsField));
      setFormError('Rätta de markerade fälten.');
      return;
    }
    setSaving(true);
    try {
      // The schema accepted it, so it is the schema's input: the one cast of the form → procedure path.
      const saved = await save(input as z.input<S>, record);
      setErrors({});
      setConflict(null);
      setMine({});
      if (saved === null) return;
      setRecord(saved);
      setValues(recordToForm(specs, saved as unknown as Record<string, unknown>));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION') {
        setErrors(error.fields);
        setFormError(error.message);
      } else if (error instanceof ApiError && error.code === 'CONFLICT') {
        setConflict(error.message);
      } else {
        setFormError(errorMessage(error));
      }
    } finally {
      setSaving(false);
    }
  }, [specs, values, extra, schema, save, record, onSaved]);

  const reloadLatest = useCallback(async () => {
    if (!record || !fetchLatest) return;
    try {
      const latest = await fetchLatest(record.id);
      // A field the record does not hold (an action's date) starts again from its default.
      const latestValues = recordToForm(specs, latest as unknown as Record<string, unknown>, defaults);
      const kept: FormValues = {};
      for (const s of specs) {
        const typed = values[s.name] ?? '';
        if (typed !== (initial[s.name] ?? '') && typed !== latestValues[s.name]) kept[s.name] = typed;
      }
      setRecord(latest);
      setValues(latestValues);
      setMine(kept);
      setConflict(null);
      setErrors({});
      setFormError(null);
    } catch (error) {
      setFormError(errorMessage(error));
    }
  }, [record, fetchLatest, specs, values, initial, defaults]);

  return { record, values, errors, formError, conflict, mine, saving, dirty, setValue, submit, reloadLatest };
}
