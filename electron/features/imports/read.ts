/**
 * Reads a file a user chose into sheets of cell values: xlsx (as Excel and
 * LibreOffice save it, through the lean reader in xlsxReader.ts) and CSV
 * (semicolon, comma or tab; UTF-8 with or without BOM, or Windows-1252 as
 * older Swedish Excel writes it). Formulas give their cached values and are
 * never evaluated; a merged range gives its value to every cell it covers;
 * hidden sheets are listed as hidden. Anything else is refused with a Swedish message before it is
 * unpacked.
 */
import { AppError } from '../../../shared/core/result';
import type { CellValue } from '../../../shared/imports/values';
import { readXlsxSheets } from './xlsxReader';
import { isCompoundFile, isEncryptedWorkbook, readZipDirectory, type ZipSummary } from './zipGuard';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** What an xlsx may unpack to: 100 000 leases with 40 columns stay well under it. */
export const MAX_UNPACKED_BYTES = 600 * 1024 * 1024;

export interface Sheet {
  name: string;
  hidden: boolean;
  rows: CellValue[][];
}

export interface Spreadsheet {
  format: 'xlsx' | 'csv';
  sheets: Sheet[];
}

function refuse(message: string): never {
  throw new AppError('VALIDATION', message, { fields: { file: message } });
}

export async function readSpreadsheet(bytes: Buffer, fileName: string): Promise<Spreadsheet> {
  if (bytes.length === 0) refuse('Filen är tom.');
  if (bytes.length > MAX_FILE_BYTES)
    refuse(`Filen är för stor (${megabytes(bytes.length)} MB); högst ${MAX_FILE_BYTES / 1024 / 1024} MB kan läsas in.`);
  if (isEncryptedWorkbook(bytes))
    refuse('Arbetsboken är lösenordsskyddad. Öppna den i Excel, ta bort lösenordet och spara den igen.');
  if (isCompoundFile(bytes))
    refuse('Filen är i det gamla Excel-formatet (.xls). Öppna den i Excel och spara den som .xlsx.');
  const zip = bytes.readUInt32LE(0) === 0x04034b50 ? readZipDirectory(bytes) : null;
  if (zip) return { format: 'xlsx', sheets: readXlsx(bytes, zip) };
  if (bytes.readUInt32LE(0) === 0x04034b50) refuse('Filen är en skadad zip-fil, inte en läsbar Excel-arbetsbok.');
  if (looksBinary(bytes))
    refuse(`${fileName} är inte ett kalkylblad. Välj en Excel-arbetsbok (.xlsx) eller en CSV-fil.`);
  return { format: 'csv', sheets: [{ name: fileName.replace(/\.[^.]+$/, ''), hidden: false, rows: readCsv(bytes) }] };
}

function megabytes(n: number): string {
  // One decimal, rounded up: a file just over the limit must not read as "50 MB".
  return (Math.ceil(n / 1024 / 102.4) / 10).toFixed(1).replace('.', ',');
}

function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

// --- xlsx ------------------------------------------------------------------

function readXlsx(bytes: Buffer, zip: ZipSummary): Sheet[] {
  if (!zip.names.includes('xl/workbook.xml'))
    refuse('Filen är en zip-fil men ingen Excel-arbetsbok. Välj en .xlsx-fil.');
  if (zip.unpackedBytes > MAX_UNPACKED_BYTES)
    refuse('Arbetsboken packar upp sig till orimligt mycket data och läses inte in (skydd mot så kallade zip-bomber).');
  try {
    return readXlsxSheets(bytes, zip.files);
  } catch {
    refuse('Arbetsboken kunde inte läsas. Öppna den i Excel och spara den igen som .xlsx.');
  }
}

// --- CSV -------------------------------------------------------------------

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The delimiter used most in the first lines, outside quotes. */
export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 20_000);
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of sample) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  // One column and no delimiter at all: Swedish Excel's own separator.
  return count === 0 ? ';' : best;
}

/** RFC 4180 with the delimiter of the file; empty cells are null. */
export function readCsv(bytes: Buffer): CellValue[][] {
  const text = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(field === '' && !wasQuoted ? null : field);
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
      wasQuoted = true;
    } else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
