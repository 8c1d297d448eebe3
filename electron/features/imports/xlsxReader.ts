/**
 * A lean xlsx reader for imports: inflates only the parts an import needs
 * (the workbook, its relations, the shared strings, the styles and the
 * sheets) with Node's zlib, each limited to the size its zip entry
 * declares, and reads the sheet XML with one pass of regular expressions
 * into rows of cell values. What it gives is what ExcelJS gave: formulas
 * as their cached values (never evaluated), a merged range's value in every
 * cell it covers, hidden sheets marked, dates (a number in a date format)
 * as Date, rich text as its plain text.
 *
 * Chosen over ExcelJS's Workbook.load by profiling `npm run bench --
 * import` (--cpu-prof, 10 000 lease rows): ExcelJS built a full object
 * model (cells, styles, SAX events) that the import throws away at once,
 * about a fifth of the import's CPU time.
 */
import zlib from 'node:zlib';
import type { CellValue } from '../../../shared/imports/values';
import type { ZipEntry } from './zipGuard';

export interface XlsxSheet {
  name: string;
  hidden: boolean;
  rows: CellValue[][];
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return (
    text
      .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) =>
        e.startsWith('#x')
          ? String.fromCodePoint(parseInt(e.slice(2), 16))
          : e.startsWith('#')
            ? String.fromCodePoint(Number(e.slice(1)))
            : ENTITY[e]!,
      )
      // OOXML's own escape for control characters: _x000D_ is a carriage return.
      .replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  );
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]!) : undefined;
}

/** The text of every <t> in a string item or inline string, phonetic runs (<rPh>) left out. */
function itemText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += unescapeXml(m[1] ?? '');
  return out;
}

/** Excel's built-in date and time formats. */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function isDateFormat(code: string): boolean {
  // Leave out quoted text, escaped characters and colours/conditions, then look for day, month or year codes.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmy]/i.test(bare) && !/^[#0.,\s%]*$/.test(bare);
}

function dateStyles(stylesXml: string | null): Set<number> {
  const dates = new Set<number>();
  if (!stylesXml) return dates;
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*>/g))
    custom.set(Number(attribute(m[0], 'numFmtId')), attribute(m[0], 'formatCode') ?? '');
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  let index = 0;
  for (const m of xfs.matchAll(/<xf\b[^>]*?(?:\/>|>)/g)) {
    const id = Number(attribute(m[0], 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)) dates.add(index);
    index++;
  }
  return dates;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * 86_400_000));
}

/** "BC12" → [row 11, column 54], 0-based. */
function cellAddress(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return [Number(ref.slice(i)) - 1, col - 1];
}

function sheetRows(xml: string, shared: readonly string[], dates: ReadonlySet<number>): CellValue[][] {
  const rows: CellValue[][] = [];
  let width = 0;
  const data = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(xml)?.[1] ?? '';
  let rowIndex = -1;
  for (const rowMatch of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = attribute(rowMatch[1]!, 'r');
    rowIndex = r ? Number(r) - 1 : rowIndex + 1;
    const cells: CellValue[] = [];
    let colIndex = -1;
    for (const c of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1]!;
      const ref = attribute(attrs, 'r');
      colIndex = ref ? cellAddress(ref)[1] : colIndex + 1;
      const body = c[2] ?? '';
      const type = attribute(attrs, 't') ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value: CellValue;
      if (type === 'inlineStr') value = itemText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (v === undefined) value = null;
      else if (type === 's') value = shared[Number(v)] ?? null;
      else if (type === 'str' || type === 'e') value = unescapeXml(v);
      else if (type === 'b') value = v === '1';
      else {
        const n = Number(v);
        value = dates.has(Number(attribute(attrs, 's') ?? 0)) ? serialToDate(n) : n;
      }
      if (value === '') value = null;
      cells[colIndex] = value;
    }
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    width = Math.max(width, cells.length);
    rows[rowIndex] = cells;
  }
  // A merged range's value belongs to every cell it covers (a landlord merged over three rows).
  const merges = /<mergeCells\b[^>]*>([\s\S]*?)<\/mergeCells>/.exec(xml)?.[1] ?? '';
  for (const m of merges.matchAll(/<mergeCell\b[^>]*>/g)) {
    const [from, to] = (attribute(m[0], 'ref') ?? '').split(':');
    if (!from || !to) continue;
    const [r1, c1] = cellAddress(from);
    const [r2, c2] = cellAddress(to);
    const value = rows[r1]?.[c1] ?? null;
    width = Math.max(width, c2 + 1);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) (rows[r] ??= [])[c] = value;
  }
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ??= []);
    for (let c = 0; c < width; c++) row[c] ??= null;
  }
  return rows;
}

/** The zip's part `name` inflated, at most its declared size; null when the part is missing. */
function part(bytes: Buffer, files: readonly ZipEntry[], name: string): string | null {
  const entry = files.find((f) => f.name === name);
  if (!entry) return null;
  const offset = entry.localHeaderOffset;
  if (bytes.readUInt32LE(offset) !== 0x04034b50) throw new Error(`zip: no local header for ${name}`);
  const start = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
  const packed = bytes.subarray(start, start + entry.compressedBytes);
  const raw =
    entry.method === 0 ? packed : zlib.inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.unpackedBytes) });
  return raw.toString('utf8');
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts)
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  return out.join('/');
}

/** Every sheet of the workbook, in the workbook's order. Throws on a part it cannot read. */
export function readXlsxSheets(bytes: Buffer, files: readonly ZipEntry[]): XlsxSheet[] {
  const workbook = part(bytes, files, 'xl/workbook.xml') ?? '';
  const rels = part(bytes, files, 'xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g))
    targets.set(attribute(m[0], 'Id') ?? '', resolveTarget(attribute(m[0], 'Target') ?? ''));
  const sharedXml = part(bytes, files, 'xl/sharedStrings.xml');
  const shared = sharedXml
    ? [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => itemText(m[1] ?? ''))
    : [];
  const dates = dateStyles(part(bytes, files, 'xl/styles.xml'));
  const sheets: XlsxSheet[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const tag = m[0];
    const target = targets.get(attribute(tag, 'r:id') ?? '') ?? '';
    const xml = part(bytes, files, target);
    if (xml === null) throw new Error(`xlsx: sheet part ${target} missing`);
    const state = attribute(tag, 'state');
    sheets.push({
      name: attribute(tag, 'name') ?? '',
      hidden: state === 'hidden' || state === 'veryHidden',
      rows: sheetRows(xml, shared, dates),
    });
  }
  return sheets;
}
