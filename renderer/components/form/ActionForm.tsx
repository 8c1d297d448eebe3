/**
 * A small form for one action on a record (give notice, end, register a
 * claim): the edit cycle of every form (useRecordForm), shown as a compact
 * form with the action's own button. When the record acted on is given, its
 * id and version are sent with the fields; a colleague's change in between
 * is reported with who saved first and, when the form can read the record
 * again, compared field by field. Its typing is kept as a draft like any
 * form's, and closing it changed asks first.
 */
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { FormFields, FormMessages } from './FormParts';
import type { FieldSpec, FormValues } from './fieldSpec';
import { useRecordForm, type Versioned } from './useRecordForm';

interface Props<S extends z.ZodType, R extends Versioned> {
  /** Prefix of the fields' ids, unique on the screen. */
  id: string;
  title: string;
  specs: FieldSpec[];
  defaults: FormValues;
  /** The action's schema: checks the fields, `extra` and the record's id and version before sending. */
  schema: S;
  /** The record acted on: its id and version go with the fields. */
  record?: R;
  /**
   * How the record goes with the fields: as the action's own `id` and
   * `version` (the default), or as the one entry of its `records` list (a
   * letter logged as sent, which may cover several records).
   */
  recordAs?: 'idAndVersion' | 'records';
  /** Reads the record again after a conflict. */
  fetchLatest?(id: number): Promise<R>;
  /** The fields are the record's own (a quota's places, a KPI month's value): they start from it and reload with it. */
  editsRecord?: boolean;
  /** Sent beside the fields (a parent's id). */
  extra?: Record<string, unknown>;
  submitLabel: string;
  /** Runs the action with the input the schema accepted. */
  run(input: z.input<S>): Promise<unknown>;
  /** Closes the form; without it the form stays on the page and has no Avbryt. */
  onCancel?(): void;
  /** Shown below the fields: what the values typed so far give (the end a notice gives). */
  computed?: (values: FormValues) => ReactNode;
  /** The title names the form but is not shown (a form inside a table's row, whose row says whose it is). */
  hideTitle?: boolean;
  /** The button waits for a change: saving the stored values again would do nothing (a user's role). */
  needsChange?: boolean;
}

export function ActionForm<S extends z.ZodType, R extends Versioned = Versioned>(props: Props<S, R>) {
  const { id, title, specs, defaults, schema, record, recordAs, fetchLatest, editsRecord, extra } = props;
  const { submitLabel, run, onCancel, computed, hideTitle, needsChange } = props;
  // Unless it edits the record's own fields, the form holds the record's id and version only
  // (a contract's endDate is not the date the user is about to end it on).
  const form = useRecordForm<Versioned, S>({
    // Per action and what it acts on: a disturbance typed for one unit is not offered on another.
    draftKey: `action-${id}-${JSON.stringify(extra ?? {})}`,
    specs,
    schema,
    record: record ? (editsRecord ? record : { id: record.id, version: record.version }) : null,
    defaults,
    extra: (latest) => {
      if (!latest) return { ...extra };
      const ref = { id: latest.id, version: latest.version };
      return { ...extra, ...(recordAs === 'records' ? { records: [ref] } : ref) };
    },
    save: async (input) => {
      await run(input);
      return null;
    },
    ...(fetchLatest
      ? {
          fetchLatest: async (id: number): Promise<Versioned> => {
            const latest = await fetchLatest(id);
            return editsRecord ? latest : { id: latest.id, version: latest.version };
          },
        }
      : {}),
    onSaved: () => undefined,
  });

  return (
    <form
      ref={form.formRef}
      className="action-form"
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      {hideTitle ? null : <h4>{title}</h4>}
      <FormMessages form={form} />
      <FormFields form={form} specs={specs} idPrefix={id} />
      {computed?.(form.values)}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.saving || (needsChange === true && !form.dirty)}>
          {form.saving ? 'Sparar…' : submitLabel}
        </button>
        {onCancel ? (
          <button
            type="button"
            onClick={() => {
              // Avbryt says what it does: the typing goes, without a question.
              form.discard();
              onCancel();
            }}
          >
            Avbryt
          </button>
        ) : null}
      </div>
    </form>
  );
}
