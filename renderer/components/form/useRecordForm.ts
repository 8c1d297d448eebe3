/**
 * The edit cycle every record form shares: text values, validation with the
 * shared schema before sending, the back end's field errors (the first wrong
 * field scrolled to and focused), the optimistic-concurrency conflict shown
 * field by field, a draft of the typing kept per user and record, and a
 * question before changed values are thrown away. Every form gets all of it
 * by using this hook; none of it is written per form.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { z } from 'zod';
import { namesItsField } from '../../../shared/core/fields';
import { fieldErrorsFromIssues } from '../../../shared/core/result';
import { formatDateTime } from '../../../shared/core/format';
import { ApiError, errorMessage } from '../../api/client';
import { conflictFields, mergedValues, type Conflict } from './conflict';
import { draftOwner, forgetDraft, readDraft, writeDraft } from './drafts';
import { formToInput, recordToForm, type FieldSpec, type FormValues } from './fieldSpec';
import { markChanged } from './unsavedChanges';

export interface Versioned {
  id: number;
  version: number;
}

interface Options<R extends Versioned, S extends z.ZodType> {
  /** Names the form's drafts (e.g. 'unit'): one name per kind of record or action. */
  draftKey: string;
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
   * Labels of what `extra` carries that the user chose (a file beside the
   * typed fields): a field error on it is named like a field's.
   */
  extraLabels?: Record<string, string>;
  /**
   * Creates (record null) or updates (with the record's id and version);
   * gets the input the schema has just accepted. An action that closes its
   * form returns null: nothing is left to show.
   */
  save(input: z.input<S>, record: R | null): Promise<R | null>;
  /**
   * Fetches the stored version after a conflict, to compare field by field;
   * without it the conflict is only reported.
   */
  fetchLatest?(id: number): Promise<R>;
  onSaved(record: R): void;
}

export interface RecordForm<R extends Versioned> {
  record: R | null;
  values: FormValues;
  errors: Record<string, string>;
  /**
   * The field errors are the back end's reasons (a unit already let, a
   * warning to confirm): each is announced where it stands. The form's own
   * check before sending is announced once, by `formError` naming the
   * fields; each field's reason is read with it when it gets the focus.
   */
  announceErrors: boolean;
  formError: string | null;
  conflict: Conflict | null;
  /** When typing from an earlier session was given back: the draft's time. */
  restoredFrom: string | null;
  saving: boolean;
  dirty: boolean;
  /** Attach to the <form>: focus, the first invalid field, and which panel holds the form. */
  formRef: RefObject<HTMLFormElement | null>;
  setValue(name: string, value: string): void;
  submit(): Promise<void>;
  /** Throws the typing away: back to the stored values, the draft forgotten. */
  discard(): void;
  /** Ends the field-by-field comparison (the values chosen stay). */
  closeConflict(): void;
}

// A field the record does not hold (an action's date) starts from its default.
function asValues(specs: FieldSpec[], record: Versioned, defaults?: FormValues): FormValues {
  return recordToForm(specs, record as unknown as Record<string, unknown>, defaults);
}

function invalidFieldsMessage(
  specs: FieldSpec[],
  errors: Record<string, string>,
  extraLabels: Record<string, string> = {},
): string | null {
  const names = Object.keys(errors);
  if (names.length === 0) return null;
  const labels = names.map((n) => specs.find((s) => s.name === n)?.label ?? extraLabels[n] ?? n);
  return names.length === 1
    ? `Rätta det markerade fältet: ${labels[0]}.`
    : `Rätta de ${names.length} markerade fälten: ${labels.join(', ')}.`;
}

export function useRecordForm<R extends Versioned, S extends z.ZodType = z.ZodType>(
  options: Options<R, S>,
): RecordForm<R> {
  const { draftKey, specs, schema, defaults, extra, extraLabels, save, fetchLatest, onSaved } = options;
  const [record, setRecord] = useState<R | null>(options.record);
  const initial = useMemo(
    () => recordToForm(specs, record as Record<string, unknown> | null, defaults),
    [specs, record, defaults],
  );
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [announceErrors, setAnnounceErrors] = useState(false);
  // A message of its own (a refusal without fields, a lost connection); the
  // message about marked fields is worked out from `errors`, so it goes
  // away as the fields are put right.
  const [otherError, setOtherError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [owner, setOwner] = useState<string | null>(null);
  const [focusInvalid, setFocusInvalid] = useState(0);
  const formRef = useRef<HTMLFormElement | null>(null);
  const token = useRef(Symbol(draftKey));
  // Once thrown away or saved, the form must not write its draft back.
  const settled = useRef(false);
  const recordId = record?.id ?? null;

  const dirty = specs.some((s) => (values[s.name] ?? '') !== (initial[s.name] ?? ''));

  // The draft of an earlier session, once the user is known: the same
  // version gives the values back; a newer one is a conflict to compare.
  const restoredOnce = useRef(false);
  useEffect(() => {
    let live = true;
    void draftOwner().then((login) => {
      if (!live || restoredOnce.current) return;
      restoredOnce.current = true;
      const draft = readDraft(login, draftKey, recordId);
      if (draft) {
        const version = record?.version ?? null;
        if (draft.version === version) {
          setValues((v) => ({ ...v, ...draft.values }));
          setRestoredFrom(draft.savedAt);
        } else {
          const fields = conflictFields(specs, draft.base, draft.values, initial);
          setValues(mergedValues(specs, draft.base, draft.values, initial));
          setConflict({
            message: `Posten har ändrats sedan du skrev dina osparade ändringar (${formatDateTime(draft.savedAt)}).`,
            fields,
          });
        }
      }
      setOwner(login);
    });
    return () => {
      live = false;
    };
    // Read once, for the record the form opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (owner === null || settled.current) return;
    if (dirty)
      writeDraft(owner, draftKey, recordId, {
        values,
        base: initial,
        version: record?.version ?? null,
        savedAt: new Date().toISOString(),
      });
    else forgetDraft(owner, draftKey, recordId);
  }, [owner, dirty, values, initial, record, recordId, draftKey]);

  const discard = useCallback(() => {
    settled.current = true;
    markChanged(token.current, null);
    if (owner !== null) forgetDraft(owner, draftKey, recordId);
    setValues(initial);
    setConflict(null);
    setRestoredFrom(null);
  }, [owner, draftKey, recordId, initial]);

  useEffect(() => {
    const me = token.current;
    markChanged(me, dirty && !settled.current ? { element: () => formRef.current, discard } : null);
  }, [dirty, discard]);
  useEffect(() => {
    const me = token.current;
    return () => markChanged(me, null);
  }, []);

  // Saving with errors: the first wrong field (in the order shown) comes
  // into view and gets the focus, however far down the form it is.
  useEffect(() => {
    if (focusInvalid === 0) return;
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return;
    field.scrollIntoView({ block: 'center' });
    field.focus();
  }, [focusInvalid]);

  const setValue = useCallback((name: string, value: string) => {
    settled.current = false;
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => {
      if (!(name in e)) return e;
      const { [name]: _gone, ...rest } = e;
      return rest;
    });
  }, []);

  const submit = useCallback(async () => {
    setOtherError(null);
    const input = { ...extra?.(record), ...formToInput(specs, values) };
    const checked = schema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(checked.error.issues, namesItsField));
      setAnnounceErrors(false);
      setFocusInvalid((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      // The schema accepted it, so it is the schema's input: the one cast of the form → procedure path.
      const saved = await save(input as z.input<S>, record);
      // Before onSaved: it may close the panel or leave the screen, and a
      // saved form has nothing to ask about.
      settled.current = true;
      markChanged(token.current, null);
      if (owner !== null) forgetDraft(owner, draftKey, record?.id ?? null);
      setErrors({});
      setConflict(null);
      setRestoredFrom(null);
      if (saved === null) return;
      setRecord(saved);
      setValues(asValues(specs, saved));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION') {
        setErrors(error.fields);
        setAnnounceErrors(true);
        if (Object.keys(error.fields).length === 0) setOtherError(error.message);
        setFocusInvalid((n) => n + 1);
      } else if (error instanceof ApiError && error.code === 'CONFLICT' && record && fetchLatest) {
        try {
          const latest = await fetchLatest(record.id);
          const theirs = asValues(specs, latest, defaults);
          setConflict({ message: error.message, fields: conflictFields(specs, initial, values, theirs) });
          setRecord(latest);
          setValues(mergedValues(specs, initial, values, theirs));
          setErrors({});
        } catch (reloadError) {
          setOtherError(`${error.message} ${errorMessage(reloadError)}`);
        }
      } else {
        setOtherError(errorMessage(error));
      }
    } finally {
      setSaving(false);
    }
  }, [specs, values, extra, schema, save, record, onSaved, owner, draftKey, fetchLatest, initial, defaults]);

  const closeConflict = useCallback(() => setConflict(null), []);
  const formError = otherError ?? invalidFieldsMessage(specs, errors, extraLabels);

  return {
    record,
    values,
    errors,
    announceErrors,
    formError,
    conflict,
    restoredFrom,
    saving,
    dirty,
    formRef,
    setValue,
    submit,
    discard,
    closeConflict,
  };
}
