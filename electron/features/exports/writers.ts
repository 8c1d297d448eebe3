/**
 * The two file writers, both streaming so 100 000 rows stay in bounded
 * memory: the lean xlsx writer (xlsxWriter.ts), and CSV in the Swedish Excel
 * convention (UTF-8 with BOM, semicolon, decimal comma, CRLF). Rows are
 * gathered into large strings before each write: one stream write per row
 * was most of the CSV's writing time.
 */
import fs from 'node:fs';
import type { ExportColumn } from '../../../shared/exports/schema';
import { cellOf, csvField, csvText, neutralise } from './cells';
import { leanXlsxBook, type XlsxBook } from './xlsxWriter';

export type BookWriter = XlsxBook;

const BATCH_CHARS = 256 * 1024;

export function xlsxBook(file: string): BookWriter {
  return leanXlsxBook(file);
}

export function csvBook(file: string): BookWriter {
  const out = fs.createWriteStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 });
  let text = '\uFEFF';
  const write = (line: string) => {
    text += `${line}\r\n`;
    if (text.length >= BATCH_CHARS) {
      out.write(text);
      text = '';
    }
  };
  return {
    addSheet(_title, columns: ExportColumn[]) {
      write(columns.map((c) => csvField(neutralise(c.header))).join(';'));
      return {
        addRow(row) {
          let line = '';
          for (let i = 0; i < columns.length; i++) {
            const c = columns[i]!;
            if (i > 0) line += ';';
            line += csvField(csvText(c, cellOf(row, c.id)));
          }
          write(line);
        },
        async flush() {
          if (out.writableNeedDrain) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        },
        async finish() {},
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        out.end(text, (err?: Error | null) => (err ? reject(err) : resolve()));
      }),
    abort: () => out.destroy(),
  };
}
