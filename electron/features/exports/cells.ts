/**
 * One cell value, typed for xlsx or written for CSV. In CSV, text that a
 * spreadsheet would read as a formula (it begins with =, +, -, @, tab or
 * carriage return) is neutralised with a leading apostrophe, in header rows
 * too (OWASP: CSV injection). Spreadsheets also read the full-width forms
 * (＝ ＋ － ＠) as formula signs, and skip invisible characters (zero-width
 * space, soft hyphen, BOM) and spaces before one, so those are looked through.
 * An xlsx string cell is never read as a formula, so there the text stays
 * exactly as on screen (an apostrophe would show in the cell).
 * This file is the one place for that rule.
 */
import type { ExportColumn } from '../../../shared/exports/schema';
import { isIsoDate } from '../../../shared/core/dates';
import { own } from '../../../shared/core/own';

const FORMULA_START =
  /^[\s\u00ad\u180e\u200b-\u200f\u2028-\u202f\u205f-\u206f\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A row's value for a column id: only the row's own fields (never `constructor`, `toString`). */
export function cellOf(row: Record<string, unknown>, id: string): unknown {
  return own(row, id);
}

function asText(column: ExportColumn, value: unknown): string {
  if (column.type === 'choice' && typeof value === 'string')
    return (column.labels && own(column.labels, value)) ?? value;
  if (column.type === 'flag') return value ? 'Ja' : 'Nej';
  return String(value);
}

/** Days from Excel's epoch (1899-12-30) to 1970-01-01: a date cell is a serial day number. */
const EXCEL_EPOCH_OFFSET = 25569;
const DAY_MS = 86_400_000;

/**
 * Serial days by ISO date. 100 000 leases have a few thousand distinct
 * dates in 700 000 date cells; checking and converting each cell anew took
 * 3.5 s of CPU over four lease-sheet writes in one profiled bench run
 * (--cpu-prof, load ~12). Bounded: cleared when full.
 */
const serialDays = new Map<string, number | null>();

function serialDay(value: string): number | null {
  let serial = serialDays.get(value);
  if (serial === undefined) {
    serial = isIsoDate(value) ? Date.parse(value) / DAY_MS + EXCEL_EPOCH_OFFSET : null;
    if (serialDays.size >= 50_000) serialDays.clear();
    serialDays.set(value, serial);
  }
  return serial;
}

/**
 * The value of an xlsx cell: a number (money in kronor, a date as Excel's
 * serial day), neutralised text, or null for an empty cell. The writer
 * gives each column its number format (kr, yyyy-mm-dd).
 */
export function xlsxValue(column: ExportColumn, value: unknown): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  switch (column.type) {
    case 'money':
      return typeof value === 'number' ? value / 100 : null;
    case 'number':
    case 'daysLeft':
      return typeof value === 'number' ? value : null;
    case 'date':
      return (typeof value === 'string' ? serialDay(value) : null) ?? String(value);
    default:
      return asText(column, value);
  }
}

function swedishNumber(n: number): string {
  return String(n).replace('.', ',');
}

/** The text of a CSV field, Swedish Excel convention (decimal comma). */
export function csvText(column: ExportColumn, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'money':
      return typeof value === 'number' ? swedishNumber(value / 100) : '';
    case 'number':
    case 'daysLeft':
      return typeof value === 'number' ? swedishNumber(value) : '';
    default:
      return neutralise(asText(column, value));
  }
}

/** Quotes a CSV field when it holds the separator, a quote or a line break. */
export function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
