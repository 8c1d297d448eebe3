/**
 * Files as a spreadsheet program makes them, and the import run through
 * dispatch as the screen runs it: upload, inspect, preview, start, wait.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ImportRegister } from '../../shared/imports/registers';
import type { ImportJob, ImportRequest, InspectResult, PreviewResult } from '../../shared/imports/schema';
import { importFinished } from '../../electron/features/imports/service';
import { storeUpload } from '../../electron/features/imports/uploads';
import type { TestBackEnd } from './testBackEnd';

export type Rows = (string | number | Date | boolean | null | { formula: string; result: unknown })[][];

/** An xlsx written by ExcelJS. */
export async function xlsxBytes(
  sheets: { name: string; rows: Rows; hidden?: boolean; merges?: string[] }[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name, { state: s.hidden ? 'hidden' : 'visible' });
    for (const row of s.rows) ws.addRow(row);
    for (const range of s.merges ?? []) ws.mergeCells(range);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV text → an xlsx saved by LibreOffice (headless), a real second spreadsheet program. */
export function libreOfficeXlsx(dir: string, name: string, csv: string): Buffer {
  const csvFile = path.join(dir, `${name}.csv`);
  fs.writeFileSync(csvFile, csv);
  // 59 = semicolon, 34 = quote, 76 = UTF-8, first line 1, Swedish locale (1053) for dates and numbers.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
      '--headless',
      '--infilter=CSV:59,34,76,1,,1053',
      '--convert-to',
      'xlsx',
      '--outdir',
      dir,
      csvFile,
    ],
    { stdio: 'ignore', timeout: 60_000 },
  );
  return fs.readFileSync(path.join(dir, `${name}.xlsx`));
}

export interface ImportRun {
  request: ImportRequest;
  inspect: InspectResult;
  preview: PreviewResult;
  job: ImportJob;
}

export async function runImport(
  t: TestBackEnd,
  register: ImportRegister,
  bytes: Buffer,
  fileName: string,
  options: {
    mode?: 'all' | 'approved';
    createMissing?: boolean;
    fixes?: Record<string, Record<string, string>>;
    mapping?: (m: (string | null)[]) => (string | null)[];
  } = {},
): Promise<ImportRun> {
  const { uploadId } = storeUpload(bytes, fileName);
  const inspect = await t.call('imports.inspect', { uploadId, register });
  const mapping = (options.mapping ?? ((m) => m))(inspect.columns.map((c) => c.field));
  const request = {
    uploadId,
    register,
    sheet: inspect.sheet,
    headerRow: inspect.headerRow,
    mapping,
    createMissing: options.createMissing ?? false,
    fixes: options.fixes ?? {},
  };
  const preview = await t.call('imports.preview', request);
  const started = await t.call('imports.start', { ...request, mode: options.mode ?? 'all' });
  const job = await importFinished(started.id);
  return { request, inspect, preview, job };
}
