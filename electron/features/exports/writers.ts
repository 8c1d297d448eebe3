/**
 * The two file writers, both streaming so 100 000 rows stay in bounded
 * memory: ExcelJS's streaming workbook writer, and CSV in the Swedish Excel
 * convention (UTF-8 with BOM, semicolon, decimal comma, CRLF).
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { ExportColumn } from '../../../shared/exports/schema';
import { cellOf, csvField, csvText, neutralise, xlsxValue } from './cells';

export interface SheetWriter {
  addRow(row: Record<string, unknown>): void;
  /** Lets the file stream drain now and then, so memory stays flat. */
  flush(): Promise<void>;
  finish(): Promise<void>;
}

export interface BookWriter {
  addSheet(title: string, columns: ExportColumn[]): SheetWriter;
  close(): Promise<void>;
}

const NUM_FMT: Partial<Record<ExportColumn['type'], string>> = {
  money: '#,##0.00 "kr"',
  date: 'yyyy-mm-dd',
  number: '#,##0.##',
  daysLeft: '0',
};

function columnWidth(column: ExportColumn): number {
  if (column.type === 'date') return 12;
  if (column.type === 'money') return 16;
  if (column.type === 'number' || column.type === 'daysLeft' || column.type === 'flag')
    return Math.max(10, column.header.length + 2);
  return Math.min(45, Math.max(14, column.header.length + 4));
}

/** Excel refuses sheet names over 31 characters or with []:*?/\. */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

export function xlsxBook(file: string): BookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Bostadsportföljen';
  return {
    addSheet(title, columns) {
      const sheet = workbook.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = columns.map((c) => ({ header: neutralise(c.header), key: c.id, width: columnWidth(c) }));
      // One style object per column, shared by all its cells: ExcelJS looks
      // styles up by object identity first, so a shared object costs one
      // lookup per column instead of one per cell (measured: the writer was
      // spending most of its time there).
      const styles: Partial<ExcelJS.Style>[] = columns.map((c) =>
        NUM_FMT[c.type] ? { numFmt: NUM_FMT[c.type]! } : {},
      );
      sheet.getRow(1).font = { bold: true };
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
      let pending = 0;
      return {
        addRow(row) {
          const values: Record<string, string | number | Date | null> = {};
          for (const c of columns) values[c.id] = xlsxValue(c, cellOf(row, c.id));
          const added = sheet.addRow(values);
          for (let i = 0; i < styles.length; i++) added.getCell(i + 1).style = styles[i]!;
          added.commit();
          pending++;
        },
        async flush() {
          if (pending >= 2000) {
            pending = 0;
            await new Promise((resolve) => setImmediate(resolve));
          }
        },
        async finish() {
          await sheet.commit();
        },
      };
    },
    close: () => workbook.commit(),
  };
}

export function csvBook(file: string): BookWriter {
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  out.write('\uFEFF');
  const write = (line: string) => out.write(`${line}\r\n`);
  return {
    addSheet(_title, columns) {
      write(columns.map((c) => csvField(neutralise(c.header))).join(';'));
      return {
        addRow(row) {
          write(columns.map((c) => csvField(csvText(c, cellOf(row, c.id)))).join(';'));
        },
        async flush() {
          if (out.writableNeedDrain) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        },
        async finish() {},
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve()))),
  };
}
