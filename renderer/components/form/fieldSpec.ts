/**
 * A form is a list of field specs: name, Swedish label and kind. Values are
 * held as the text the user typed; `formToInput` turns them into the
 * procedure's input, so the shared schema validates (and names the field)
 * in the form exactly as the back end will.
 */
import type { ReactNode } from 'react';
import { parseDateInput } from '../../../shared/core/dates';
import { moneyToInput, parseMoneyInput } from '../../../shared/core/money';

/**
 * The kind of value a field holds, which decides how its text becomes the
 * procedure's input. How it is picked is the widget's business: a record
 * or a list of records is chosen from `options` in a drop-down, or, when
 * the field has `search`, in a lookup that asks the back end as the user
 * types (one record, or several for an `idList`). A `choiceList` holds
 * several codes of `options`, ticked in a group of checkboxes.
 */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'integer'
  | 'decimal'
  | 'money'
  | 'date'
  | 'choice'
  | 'choiceList'
  | 'record'
  | 'flag'
  | 'image'
  | 'idList';

/** What a field with its own input (`render`) is given. */
export interface CustomInputProps {
  id: string;
  value: string;
  invalid: boolean;
  describedBy: string | undefined;
  onChange(value: string): void;
}

export interface Option {
  value: string;
  label: string;
  /** Shown after the label in a lookup's list: what tells like records apart. */
  detail?: string;
}

export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  options?: Option[];
  hint?: string;
  /**
   * The label is for screen readers only: a field in a table's row, whose
   * column heading and row already say what it is (a user's role).
   */
  hideLabel?: boolean;
  /** Wide fields take the whole row. */
  wide?: boolean;
  /** Shown only when this returns true for the current values. */
  visible?: (values: FormValues) => boolean;
  /** Shown and sent, but not editable (e.g. the unit of a contract in force). */
  readOnly?: boolean;
  /**
   * For a record or a list of records among too many for a drop-down:
   * finds options as the user types (the lookup widget). `options` then
   * carries the labels of the current value.
   */
  search?: (text: string) => Promise<Option[]>;
  /** A heading shown above this field, starting a new part of the form. */
  section?: string;
  /** An input of the field's own (e.g. a search-as-you-type picker) instead of the standard one. */
  render?: (props: CustomInputProps) => ReactNode;
}

export type FormValues = Record<string, string>;

/** Turns an option map such as `unitKindLabels` into select options. */
export function optionsOf(labels: Record<string, string>): Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

function number(text: string): number | null {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  return t === '' ? null : Number(t);
}

/** The text a field shows for a stored value. */
export function valueToText(kind: FieldKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (kind === 'money') return moneyToInput(value as number);
  if (kind === 'flag') return value ? 'true' : 'false';
  if (kind === 'decimal') return String(value).replace('.', ',');
  // A list (of ids or codes) is held as one comma-separated text.
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/** Typed text → the value the schema expects (invalid text stays invalid). */
export function textToValue(kind: FieldKind, text: string): unknown {
  switch (kind) {
    case 'integer':
    case 'decimal':
    case 'record':
      return number(text);
    case 'money': {
      if (text.trim() === '') return null;
      return parseMoneyInput(text) ?? Number.NaN;
    }
    case 'date':
      return text.trim() === '' ? '' : (parseDateInput(text) ?? text);
    case 'flag':
      return text === 'true';
    case 'idList':
      return text.split(',').filter(Boolean).map(Number);
    case 'choiceList':
      return text.split(',').filter(Boolean);
    default:
      return text;
  }
}

export function recordToForm(
  specs: FieldSpec[],
  record: Record<string, unknown> | null,
  defaults: FormValues = {},
): FormValues {
  const values: FormValues = {};
  // A field the record does not hold (the date of an action on it) starts from its default.
  for (const s of specs)
    values[s.name] =
      record && s.name in record
        ? valueToText(s.kind, record[s.name])
        : (defaults[s.name] ?? (s.kind === 'flag' ? 'false' : ''));
  return values;
}

/** A hidden field (e.g. the permit date of an apartment) is sent empty. */
export function formToInput(specs: FieldSpec[], values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const s of specs) {
    const shown = !s.visible || s.visible(values);
    input[s.name] = textToValue(s.kind, shown ? (values[s.name] ?? '') : '');
  }
  return input;
}
