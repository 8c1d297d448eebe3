/**
 * ExcelJS's streaming workbook writer, as the export used it before the
 * lean writer (features/exports/xlsxWriter.ts): kept here only so the bench
 * measures the two on the same rows in the same run.
 */
import ExcelJS from 'exceljs';
import type { ExportColumn } from '../../shared/exports/schema';
import { xlsxValue } from '../features/exports/cells';
import type { XlsxBook } from '../features/exports/xlsxWriter';
import { columnWidth, sheetName } from '../features/exports/xlsxWriter';

const NUM_FMT: Partial<Record<ExportColumn['type'], string>> = {
  money: '#,##0.00 "kr"',
  date: 'yyyy-mm-dd',
  number: '#,##0.##',
  daysLeft: '0',
};
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function excelJsBook(file: string): XlsxBook {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  return {
    addSheet(title, columns) {
      const sheet = workbook.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = columns.map((c) => ({ header: c.header, key: c.id, width: columnWidth(c) }));
      // One style object per column, shared by its cells: ExcelJS looks styles up by identity first.
      const styles: Partial<ExcelJS.Style>[] = columns.map((c) =>
        NUM_FMT[c.type] ? { numFmt: NUM_FMT[c.type]! } : {},
      );
      sheet.getRow(1).font = { bold: true };
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
      return {
        addRow(row) {
          const values: Record<string, string | number | Date | null> = {};
          for (const c of columns) {
            const v = xlsxValue(c, row[c.id]);
            values[c.id] = c.type === 'date' && typeof v === 'number' ? new Date(EXCEL_EPOCH_MS + v * 86_400_000) : v;
          }
          const added = sheet.addRow(values);
          for (let i = 0; i < styles.length; i++) added.getCell(i + 1).style = styles[i]!;
          added.commit();
        },
        flush: () => new Promise<void>((resolve) => setImmediate(resolve)),
        finish: async () => sheet.commit(),
      };
    },
    close: () => workbook.commit(),
    // The bench never abandons a workbook half-written.
    abort: () => undefined,
  };
}
