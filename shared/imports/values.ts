/**
 * Reading what people type in the department's Excel lists: dates (Excel's
 * own date cells and serial numbers too), amounts, periods, yes/no and
 * identity numbers. Each parser takes a cell value (text, number, Date or
 * boolean, as a spreadsheet hands it over) and answers either the stored
 * form or a Swedish message saying what was wrong. Pure: no I/O, no clock
 * (the century rule takes today's date as an argument).
 */
import { addDays, fromParts, isIsoDate, type IsoDate } from '../core/dates';
import { parseIdentityNumber, type IdentityNumberKind } from '../households/personnummer';
import { parseOrganisationNumber } from '../organisations/orgnr';

/** A cell as a spreadsheet reader hands it over. */
export type CellValue = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** The cell as trimmed text ('' for empty); numbers without exponent. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  return value.replace(/\u00a0/g, ' ').trim();
}

// --- Dates -----------------------------------------------------------------

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01, and Excel counts a 29
 * February 1900 that never was, so from serial 61 on the epoch is 1899-12-30.
 * Serials below 61 are not dates anyone keeps in these lists.
 */
const EXCEL_EPOCH: IsoDate = '1899-12-30';
/** 1950-01-01 … 2199-12-31: the serials a lease or contract date can have. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 109574;

export function excelSerialToDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  return addDays(EXCEL_EPOCH, Math.floor(serial));
}

const DATE_MESSAGE = 'ange ett datum som 2026-01-31, 31/1 2026, 31.1.2026 eller 20260131';

/**
 * `2026-01-31`, `2026-1-31`, `20260131`, `31/1 2026`, `31/1/2026`,
 * `31.1.2026`, `31-01-2026`, an Excel date cell or serial number; a time
 * after the date (`2026-01-31 00:00:00`, as CSV from Excel has) is ignored.
 * Empty gives null.
 */
export function parseImportDate(value: CellValue): Parsed<IsoDate | null> {
  if (value === null) return ok(null);
  if (value instanceof Date) {
    // Readers give date cells as UTC midnight; a time part of a day is kept out.
    if (Number.isNaN(value.getTime())) return fail(DATE_MESSAGE);
    return ok(value.toISOString().slice(0, 10));
  }
  if (typeof value === 'number') {
    const fromSerial = excelSerialToDate(value);
    if (fromSerial) return ok(fromSerial);
    if (Number.isInteger(value)) return parseImportDate(String(value));
    return fail(DATE_MESSAGE);
  }
  if (typeof value === 'boolean') return fail(DATE_MESSAGE);
  const text = cellText(value).replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/, '');
  if (text === '') return ok(null);
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(text) ?? /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(text);
  if (m) return checkedDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s+|\s*[/.-]\s*)(\d{4})$/.exec(text);
  if (m) return checkedDate(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{5}(\.\d+)?$/.test(text)) return parseImportDate(Number(text));
  return fail(DATE_MESSAGE);
}

function checkedDate(year: number, month: number, day: number): Parsed<IsoDate | null> {
  const iso = fromParts(year, month, day);
  return isIsoDate(iso) ? ok(iso) : fail(`datumet ${iso} finns inte`);
}

// --- Money -----------------------------------------------------------------

const MONEY_MESSAGE = 'ange ett belopp i kronor, t.ex. 125 000 eller 125 000,50';

/**
 * An amount in kronor → öre: `125 000 kr`, `125000`, `125 000,50`,
 * `1 250 000:-`, `1.250.000`, `125000.5`, `SEK 500`, a number cell. Empty
 * gives null. At most two decimals: öre are the smallest unit.
 */
export function parseImportMoney(value: CellValue): Parsed<number | null> {
  if (value === null) return ok(null);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail(MONEY_MESSAGE);
    const ore = Math.round(value * 100);
    if (Math.abs(value * 100 - ore) > 1e-6 || !Number.isSafeInteger(ore)) return fail(MONEY_MESSAGE);
    return ok(ore);
  }
  if (typeof value !== 'string') return fail(MONEY_MESSAGE);
  let t = cellText(value)
    .replace(/^(SEK|kr)\s*/i, '')
    .replace(/\s*(kr\.?|kronor|SEK|:-|,-)$/i, '')
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/^[−–]/, '-');
  if (t === '') return ok(null);
  const negative = t.startsWith('-');
  if (negative) t = t.slice(1);
  // Dots or commas every three digits are thousands separators (1.250.000).
  if (/^\d{1,3}([.,]\d{3}){2,}$/.test(t) || /^\d{1,3}(\.\d{3})+,\d{1,2}$/.test(t)) {
    const [whole, fraction] = t.includes(',') && t.includes('.') ? t.split(',') : [t, undefined];
    t = whole!.replace(/[.,]/g, '') + (fraction !== undefined ? `,${fraction}` : '');
  }
  if (/^\d{1,3}(,\d{3})+\.\d{1,2}$/.test(t)) t = t.replace(/,/g, '');
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(t);
  if (!m) return fail(MONEY_MESSAGE);
  const ore = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return fail(MONEY_MESSAGE);
  return ok(negative ? -ore : ore);
}

// --- Periods ---------------------------------------------------------------

const PERIOD_MESSAGE = 'ange en tid i månader eller år, t.ex. 9 mån, 3 år eller 36 månader';

/**
 * A period → whole months: `9 mån`, `9 mån.`, `36 månader`, `3 år`,
 * `1,5 år`, `6 mnd`, `3 m`, `2 kvartal`, a bare number (months). Empty
 * gives null.
 */
export function parseImportMonths(value: CellValue): Parsed<number | null> {
  if (value === null) return ok(null);
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 ? ok(value) : fail(PERIOD_MESSAGE);
  }
  if (typeof value !== 'string') return fail(PERIOD_MESSAGE);
  const t = cellText(value).toLowerCase().replace(/\.$/, '');
  if (t === '') return ok(null);
  const m = /^(\d+(?:[.,]\d+)?)\s*([a-zåäö]*)$/.exec(t);
  if (!m) return fail(PERIOD_MESSAGE);
  const amount = Number(m[1]!.replace(',', '.'));
  const unit = m[2]!;
  let months: number;
  if (unit === '' || /^(m|mån|månad|månader|mnd|manad|manader|man)$/.test(unit)) months = amount;
  else if (/^(år|ar|års?)$/.test(unit)) months = amount * 12;
  else if (/^(kvartal|kv)$/.test(unit)) months = amount * 3;
  else return fail(PERIOD_MESSAGE);
  if (!Number.isInteger(months)) return fail(`${t} är inte ett helt antal månader`);
  return ok(months);
}

// --- Yes / no --------------------------------------------------------------

const YES = new Set(['ja', 'j', 'x', 'yes', 'y', 'true', 'sant', '1', '✓', '✔', 'ok']);
const NO = new Set(['nej', 'n', 'no', 'false', 'falskt', '0', '-', '–']);

/** `Ja`, `x`, `1`, `✓` → true; `Nej`, `0`, `-`, empty → false. */
export function parseImportYesNo(value: CellValue): Parsed<boolean> {
  if (typeof value === 'boolean') return ok(value);
  const t = cellText(value).toLowerCase();
  if (t === '' || NO.has(t)) return ok(false);
  if (YES.has(t)) return ok(true);
  return fail('ange Ja eller Nej (x betyder ja, tom ruta nej)');
}

// --- Numbers ---------------------------------------------------------------

/** `2,5`, `2.5`, `1 200`, a number cell; empty gives null. */
export function parseImportNumber(value: CellValue): Parsed<number | null> {
  if (value === null) return ok(null);
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : fail('ange ett tal');
  if (typeof value !== 'string') return fail('ange ett tal');
  const t = cellText(value)
    .replace(/[\s\u00a0]/g, '')
    .replace(/^[−–]/, '-')
    .replace(/(m²|m2|kvm|%|st)$/i, '');
  if (t === '') return ok(null);
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return fail('ange ett tal');
  return ok(Number(t.replace(',', '.')));
}

// --- Identity numbers ------------------------------------------------------

const TEN = /^(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/;

/**
 * Personnummer or samordningsnummer → 12 digits. Accepts the 12-digit forms
 * and the 10-digit forms `YYMMDD-NNNN`, `YYMMDD+NNNN` and `YYMMDDNNNN`: the
 * century is the one Skatteverket's rule gives. With `-` (or no separator)
 * the person is under 100: the latest year ending in YY that is not after
 * this year; `+` means 100 or older, a century earlier. A birth date after
 * today is refused (the 12-digit check catches a wrong century).
 */
export function parseImportIdentityNumber(
  value: CellValue,
  today: IsoDate,
): Parsed<{ value: string; kind: IdentityNumberKind }> {
  // A number cell has lost its leading zero (born 2000–2009): put it back.
  const text =
    typeof value === 'number'
      ? String(value).padStart(value >= 1e10 ? 12 : 10, '0')
      : cellText(value).replace(/\s/g, '');
  const ten = TEN.exec(text);
  let twelve = text;
  if (ten) {
    const thisYear = Number(today.slice(0, 4));
    const base = ten[4] === '+' ? thisYear - 100 : thisYear;
    const yy = Number(ten[1]);
    const year = base - ((((base - yy) % 100) + 100) % 100);
    twelve = `${year}${ten[2]}${ten[3]}${ten[5]}`;
  }
  const parsed = parseIdentityNumber(twelve, { today });
  if (!parsed.ok) return fail(lowerFirst(parsed.message));
  return ok({ value: parsed.value, kind: parsed.kind });
}

/** Organisationsnummer with or without the dash (or 12 digits with 16) → `NNNNNN-NNNN`. */
export function parseImportOrgNumber(value: CellValue): Parsed<string> {
  const text = typeof value === 'number' ? String(value) : cellText(value).replace(/\s/g, '');
  const parsed = parseOrganisationNumber(text);
  return parsed.ok ? ok(parsed.value) : fail(lowerFirst(parsed.message));
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

// --- Choices and months ----------------------------------------------------

function normaliseWord(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** A word from a list → the stored value, through the field's synonyms (case and å/ä/ö ignored). */
export function parseImportChoice(value: CellValue, choices: Record<string, readonly string[]>): Parsed<string | null> {
  const t = normaliseWord(cellText(value));
  if (t === '') return ok(null);
  for (const [stored, words] of Object.entries(choices)) {
    if (normaliseWord(stored) === t || words.some((w) => normaliseWord(w) === t)) return ok(stored);
  }
  const allowed = Object.values(choices)
    .map((w) => w[0])
    .join(', ');
  return fail(`"${cellText(value)}" är inget av alternativen (${allowed})`);
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** `2025-10`, `2025-10-01`, `202510`, `okt 2025`, `oktober 2025`, a date cell → `2025-10`. */
export function parseImportYearMonth(value: CellValue): Parsed<string | null> {
  if (value instanceof Date || typeof value === 'number') {
    const date = parseImportDate(value);
    return date.ok && date.value ? ok(date.value.slice(0, 7)) : fail('ange månad som ÅÅÅÅ-MM');
  }
  const t = cellText(value).toLowerCase();
  if (t === '') return ok(null);
  let m = /^(\d{4})[-/.]?(\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return ok(`${m[1]}-${m[2]!.padStart(2, '0')}`);
  m = /^([a-zåäö]+)\.?\s+(\d{4})$/.exec(t);
  const month = m ? MONTH_NAMES.findIndex((name) => m![1]!.startsWith(name)) : -1;
  if (m && month >= 0) return ok(`${m[2]}-${String(month + 1).padStart(2, '0')}`);
  const date = parseImportDate(t);
  if (date.ok && date.value) return ok(date.value.slice(0, 7));
  return fail('ange månad som ÅÅÅÅ-MM, t.ex. 2025-10');
}
