/**
 * From a sheet's rows to each row's fields: the mapping picks the columns,
 * the user's fixes from the preview replace cells, and each field is read
 * by its kind (shared/imports/values.ts). What cannot be read becomes a
 * problem naming the field; the registers then validate the values with
 * the same schemas the forms use.
 */
import type { ParsedImportRequest } from '../../../shared/imports/schema';
import type { ImportField } from '../../../shared/imports/registers';
import {
  cellText,
  parseImportChoice,
  parseImportDate,
  parseImportIdentityNumber,
  parseImportMoney,
  parseImportMonths,
  parseImportNumber,
  parseImportOrgNumber,
  parseImportYearMonth,
  parseImportYesNo,
  type CellValue,
  type Parsed,
} from '../../../shared/imports/values';
import type { DataRow } from '../../../shared/imports/headings';
import { maskIdentityNumber } from '../../../shared/households/personnummer';

export interface Problem {
  field: string;
  message: string;
}

export interface MappedRow {
  rowNumber: number;
  /** Field → the cell (or the user's fix), for mapped fields only. */
  raw: Map<string, CellValue>;
  /** Field → text, for the preview grid. */
  texts: Record<string, string>;
}

export function mapRows(
  rows: readonly DataRow[],
  mapping: ParsedImportRequest['mapping'],
  fixes: ParsedImportRequest['fixes'],
): MappedRow[] {
  return rows.map((row) => {
    const raw = new Map<string, CellValue>();
    mapping.forEach((field, col) => {
      if (field) raw.set(field, row.cells[col] ?? null);
    });
    for (const [field, text] of Object.entries(fixes[String(row.rowNumber)] ?? {})) raw.set(field, text);
    const texts: Record<string, string> = {};
    for (const [field, value] of raw) texts[field] = cellText(value);
    return { rowNumber: row.rowNumber, raw, texts };
  });
}

/** Reads one field's cell by its kind; `ref` and `list` stay text for the register to look up. */
function readField(field: ImportField, value: CellValue, today: string): Parsed<unknown> {
  switch (field.kind) {
    case 'identity': {
      if (cellText(value) === '') return { ok: true, value: null };
      const id = parseImportIdentityNumber(value, today);
      return id.ok ? { ok: true, value: id.value.value } : id;
    }
    case 'text':
    case 'ref':
    case 'list':
      return { ok: true, value: cellText(value) };
    case 'date': {
      const date = parseImportDate(value);
      return date.ok ? { ok: true, value: date.value ?? '' } : date;
    }
    case 'money':
      return parseImportMoney(value);
    case 'months':
      return parseImportMonths(value);
    case 'flag':
      return parseImportYesNo(value);
    case 'number':
      return parseImportNumber(value);
    case 'integer': {
      const n = parseImportNumber(value);
      if (n.ok && n.value !== null && !Number.isInteger(n.value)) return { ok: false, message: 'ange ett heltal' };
      return n;
    }
    case 'choice':
      return parseImportChoice(value, field.choices ?? {});
    case 'orgnr':
      return cellText(value) === '' ? { ok: true, value: null } : parseImportOrgNumber(value);
    case 'yearMonth':
      return parseImportYearMonth(value);
  }
}

/** The row's mapped fields, read; problems name the field by its Swedish label. */
export function readFields(
  fields: readonly ImportField[],
  row: MappedRow,
  today: string,
): { values: Record<string, unknown>; problems: Problem[] } {
  const values: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const field of fields) {
    if (!row.raw.has(field.key)) continue;
    const value = row.raw.get(field.key) ?? null;
    const parsed = readField(field, value, today);
    if (parsed.ok) values[field.key] = parsed.value;
    else problems.push({ field: field.key, message: `${field.label}: ${parsed.message}.` });
  }
  for (const field of fields) {
    if (field.required && (values[field.key] === undefined || values[field.key] === '' || values[field.key] === null)) {
      if (!problems.some((p) => p.field === field.key))
        problems.push({ field: field.key, message: `${field.label}: måste fyllas i.` });
    }
  }
  return { values, problems };
}

/** zod's issues → problems, keyed by the import field the schema field came from. */
export function schemaProblems(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  fieldOf: Record<string, string> = {},
): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '_');
    const field = fieldOf[key] ?? key;
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, message: issue.message });
  }
  return out;
}

/** Compares stored and imported values as a person would: 1 and true, '' and null alike. */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown => {
    if (v === undefined || v === '') return null;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
    if (Array.isArray(v)) return JSON.stringify([...(v as unknown[])].map(norm).sort());
    return v;
  };
  return norm(a) === norm(b);
}

export function sameValues(stored: Record<string, unknown>, imported: Record<string, unknown>): boolean {
  return Object.keys(imported).every((k) => sameValue(stored[k], imported[k]));
}

/** A name or code, compared without case, spaces or punctuation. */
export function lookupKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\s.,-]+/g, ' ')
    .trim();
}

/** Identity numbers in a preview are masked like every list: birth date shown, last four hidden. */
export function maskedIdentityTexts(texts: Record<string, string>, fields: readonly string[]): Record<string, string> {
  const out = { ...texts };
  for (const k of fields) if (out[k]) out[k] = maskIdentityNumber(out[k].replace(/\D/g, '').padStart(12, '*'));
  return out;
}
