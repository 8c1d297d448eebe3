/**
 * One cell value, typed for xlsx or written for CSV. Text that a
 * spreadsheet would read as a formula (it begins with =, +, -, @, tab or
 * carriage return) is neutralised with a leading apostrophe, in both
 * formats (OWASP: CSV injection).
 */
import type { ExportColumn } from '../../../shared/exports/schema';
import { isIsoDate } from '../../../shared/core/dates';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function asText(column: ExportColumn, value: unknown): string {
  if (column.type === 'choice' && typeof value === 'string') return column.labels?.[value] ?? value;
  if (column.type === 'flag') return value ? 'Ja' : 'Nej';
  return String(value);
}

/** The value ExcelJS writes: numbers, real dates, or (neutralised) text. */
export function xlsxValue(column: ExportColumn, value: unknown): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  switch (column.type) {
    case 'money':
      return typeof value === 'number' ? value / 100 : null;
    case 'number':
    case 'daysLeft':
      return typeof value === 'number' ? value : null;
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? new Date(`${value}T00:00:00Z`) : neutralise(String(value));
    default:
      return neutralise(asText(column, value));
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
