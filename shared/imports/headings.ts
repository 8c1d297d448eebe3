/**
 * Finding the table in a sheet and guessing what its columns are: the
 * header row (under title rows, blank rows), the data rows (without blank
 * and "Summa" rows), and for each column the field its heading most likely
 * means. Pure.
 */
import type { ImportField } from './registers';
import { cellText, type CellValue } from './values';

/** `Fr.o.m.` → `from`, `Org.nr` → `orgnr`, `Årshyra (kr)` → `arshyra`. */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9²]/g, '');
}

/** Picks a field for each heading: exact alias first, then the longest alias the heading starts with. */
export function guessMapping(headings: readonly string[], fields: readonly ImportField[]): (string | null)[] {
  const taken = new Set<string>();
  const exact = headings.map((h) => {
    const n = normaliseHeading(h);
    if (n === '') return null;
    const field = fields.find(
      (f) => !taken.has(f.key) && [f.label, ...f.aliases].some((a) => normaliseHeading(a) === n),
    );
    if (field) taken.add(field.key);
    return field?.key ?? null;
  });
  return exact.map((key, i) => {
    if (key !== null) return key;
    const n = normaliseHeading(headings[i] ?? '');
    if (n.length < 3) return null;
    let best: { key: string; length: number } | null = null;
    for (const f of fields) {
      if (taken.has(f.key)) continue;
      for (const alias of [f.label, ...f.aliases]) {
        const a = normaliseHeading(alias);
        if (a.length >= 3 && n.startsWith(a) && (!best || a.length > best.length))
          best = { key: f.key, length: a.length };
      }
    }
    if (best) taken.add(best.key);
    return best?.key ?? null;
  });
}

/** Rows searched for the header: title blocks are rarely longer. */
const HEADER_SEARCH_ROWS = 30;

/**
 * The index of the header row: the row among the first ones whose cells
 * look most like headings of this register (known headings count most,
 * other text a little, numbers and dates against). -1 when the sheet is empty.
 */
export function findHeaderRow(rows: readonly (readonly CellValue[])[], fields: readonly ImportField[]): number {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const row = rows[i]!;
    const texts = row.map((c) => (typeof c === 'string' ? cellText(c) : ''));
    const known = guessMapping(texts, fields).filter((k) => k !== null).length;
    const textCells = texts.filter((t) => t !== '').length;
    const otherCells = row.filter((c) => c !== null && typeof c !== 'string').length;
    // A title row has one text cell; a header row has several, most known.
    const score = known * 3 + (textCells >= 2 ? textCells : 0) - otherCells * 2;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  return rows.findIndex((r) => r.some((c) => cellText(c) !== ''));
}

/** A sum or total under the data: "Summa", "Totalt", "S:a", "Total". */
const SUM_ROW = /^(summa|s:a|totalt?|total summa|sum)\b/i;

export function isSumRow(row: readonly CellValue[]): boolean {
  const first = row.find((c) => cellText(c) !== '');
  return first !== undefined && typeof first === 'string' && SUM_ROW.test(cellText(first));
}

export interface DataRow {
  /** The row's number in the sheet as Excel shows it (1-based). */
  rowNumber: number;
  cells: CellValue[];
}

/** The rows under the header that hold data: blank rows and sum rows are left out. */
export function dataRowsUnder(rows: readonly (readonly CellValue[])[], headerRow: number): DataRow[] {
  const out: DataRow[] = [];
  for (let i = headerRow + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    if (cells.every((c) => cellText(c) === '')) continue;
    if (isSumRow(cells)) continue;
    out.push({ rowNumber: i + 1, cells: [...cells] });
  }
  return out;
}

/** The key a remembered mapping is stored under: the headings, normalised, in order. */
export function headingSetKey(headings: readonly string[]): string {
  return headings.map(normaliseHeading).join('|');
}
