/**
 * A lean streaming xlsx (OOXML) writer: each sheet's XML is built as text,
 * row by row, and deflated by Node's zlib (zipWriter.ts), which runs on the
 * libuv thread pool, so compression overlaps with reading and building rows
 * on a second core. Cells are typed (numbers, dates as serial days with a
 * yyyy-mm-dd format, money with a kr format, inline text); the header row is
 * bold, frozen and carries an autofilter. No shared-strings table: memory
 * stays flat however many rows are written.
 *
 * Chosen over ExcelJS's streaming WorkbookWriter by measurement (`npm run
 * bench -- export --sizes 100000`, 2026-11-29, 2 cores shared with other
 * work): the lease sheet, 100 000 rows x 25 columns, rows already in memory:
 * ExcelJS 11.1 s / 13.0 s, this writer 4.6 s / 4.2 s (load average 12 / 20);
 * memory growth while writing ExcelJS 53-95 MB, this writer 2-6 MB. Of this
 * writer's time, about 15 % was yazl's CRC-32 in JavaScript
 * (buffer-crc32; --cpu-prof): zipWriter.ts checksums natively instead; the
 * rest is building and escaping the XML.
 */
import type { ExportColumn } from '../../../shared/exports/schema';
import { cellOf, neutralise, xlsxValue } from './cells';
import { ZipWriter } from './zipWriter';

/** Deflate level 1: 0.8 s for the 88 MB of XML of 100 000 lease rows, to 5.9 MB (issue 18's measurement); higher levels cost more than they save. */
const COMPRESSION_LEVEL = 1;
/** Characters of sheet XML gathered before one write to the zip stream. */
const BATCH_CHARS = 256 * 1024;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style ids of styles.xml below, by column type. */
const STYLE: Record<ExportColumn['type'], number> = {
  text: 0,
  choice: 0,
  flag: 0,
  money: 2,
  date: 3,
  number: 4,
  daysLeft: 5,
};
const HEADER_STYLE = 1;
/**
 * A whole number in a number column: `#,##0`. Excel has no format that
 * shows decimals only when there are some (`#,##0.##` shows "72,"), so a
 * number column picks per cell: this for whole numbers, `#,##0.0#` else.
 */
const WHOLE_NUMBER_STYLE = 6;

const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0.00 &quot;kr&quot;"/>' +
  '<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/><numFmt numFmtId="166" formatCode="#,##0.0#"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

// Characters XML 1.0 does not allow at all (C0 controls but tab and line
// breaks, U+FFFE/U+FFFF): dropped. A user's text can hold them after a paste,
// so matching control characters is the point of these two expressions.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

function escapeXml(text: string): string {
  if (!XML_SPECIAL.test(text)) return text;
  return text.replace(XML_INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeXml(text).replace(/"/g, '&quot;');
}

/** A, B, …, Z, AA, … */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnWidth(column: ExportColumn): number {
  if (column.type === 'date') return 12;
  if (column.type === 'money') return 16;
  if (column.type === 'number' || column.type === 'daysLeft' || column.type === 'flag')
    return Math.max(10, column.header.length + 2);
  return Math.min(45, Math.max(14, column.header.length + 4));
}

/** Excel refuses sheet names over 31 characters or with []:*?/\. */
export function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

function inlineString(ref: string, style: number, text: string): string {
  const s = style ? ` s="${style}"` : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

export interface XlsxSheet {
  addRow(row: Record<string, unknown>): void;
  /** Waits while the zip stream has more than its buffer's worth unread, so memory stays flat. */
  flush(): Promise<void>;
  finish(): Promise<void>;
}

export interface XlsxBook {
  addSheet(title: string, columns: ExportColumn[]): XlsxSheet;
  close(): Promise<void>;
  /** After a failure: closes the file without finishing it, so it can be removed (Windows refuses open files). */
  abort(): void;
}

export function leanXlsxBook(file: string, creator = 'Bostadsportföljen'): XlsxBook {
  const zip = new ZipWriter(file);
  const sheets: { name: string; lastColumn: string }[] = [];

  return {
    addSheet(title, columns) {
      const index = sheets.length + 1;
      const name = sheetName(title);
      const letters = columns.map((_, i) => columnLetters(i));
      const lastColumn = letters[letters.length - 1] ?? 'A';
      sheets.push({ name, lastColumn });
      const entry = zip.entry(`xl/worksheets/sheet${index}.xml`, COMPRESSION_LEVEL);

      const cols = columns
        .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${columnWidth(c)}" customWidth="1"/>`)
        .join('');
      const header = columns.map((c, i) => inlineString(`${letters[i]}1`, HEADER_STYLE, neutralise(c.header))).join('');
      let text =
        `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
        `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData><row r="1">${header}</row>`;
      // Per column, once: its style, letters and the value rule; the row loop only concatenates.
      const styles = columns.map((c) => STYLE[c.type]);
      const ids = columns.map((c) => c.id);
      let rowNumber = 1;

      const push = (chunk: string) => {
        text += chunk;
        if (text.length >= BATCH_CHARS) {
          entry.write(text);
          text = '';
        }
      };
      return {
        addRow(row) {
          rowNumber++;
          let xml = `<row r="${rowNumber}">`;
          for (let i = 0; i < columns.length; i++) {
            const value = xlsxValue(columns[i]!, cellOf(row, ids[i]!));
            if (value === null) continue;
            const ref = letters[i]! + rowNumber;
            const style =
              styles[i] === STYLE.number && typeof value === 'number' && Number.isInteger(value)
                ? WHOLE_NUMBER_STYLE
                : styles[i]!;
            if (typeof value === 'number') {
              xml += style ? `<c r="${ref}" s="${style}"><v>${value}</v></c>` : `<c r="${ref}"><v>${value}</v></c>`;
            } else {
              xml += inlineString(ref, style, value);
            }
          }
          push(`${xml}</row>`);
        },
        flush: () => entry.drain(),
        async finish() {
          entry.write(
            `${text}</sheetData><autoFilter ref="A1:${lastColumn}1"/>` +
              '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
          );
          text = '';
          await entry.end();
        },
      };
    },

    async close() {
      const sheetList = sheets
        .map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('');
      // The autofilter's range, as Excel itself records it.
      const filters = sheets
        .map(
          (s, i) =>
            `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
            `${escapeXml(`'${s.name.replace(/'/g, "''")}'`)}!$A$1:$${s.lastColumn}$1</definedName>`,
        )
        .join('');
      const add = (name: string, xml: string) => zip.add(name, xml, COMPRESSION_LEVEL);
      await add(
        'xl/workbook.xml',
        `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews>` +
          `<sheets>${sheetList}</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ''}</workbook>`,
      );
      await add(
        'xl/_rels/workbook.xml.rels',
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          sheets
            .map(
              (_, i) =>
                `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
            )
            .join('') +
          `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
      );
      await add('xl/styles.xml', STYLES_XML);
      await add(
        '_rels/.rels',
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
          '</Relationships>',
      );
      await add(
        'docProps/core.xml',
        `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
          `<dc:creator>${escapeXml(creator)}</dc:creator>` +
          `<dcterms:created xsi:type="dcterms:W3CDTF">${new Date().toISOString().slice(0, 19)}Z</dcterms:created>` +
          '</cp:coreProperties>',
      );
      await add(
        '[Content_Types].xml',
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          sheets
            .map(
              (_, i) =>
                `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
            )
            .join('') +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
          '</Types>',
      );
      await zip.close();
    },

    abort: () => zip.abort(),
  };
}
