/**
 * The desktop side of printing and saving: the system save dialog, the
 * system print dialog (webContents.print) and printToPDF (A4, backgrounds
 * on, CSS page size), each on a hidden window that shows the same HTML the
 * preview showed. JavaScript is off in that window: documents need none.
 */
import fs from 'node:fs';
import { BrowserWindow, dialog } from 'electron';
import { isShellCall, shellCallSchemas, type ShellResult } from '../../shared/core/shell';
import type { Envelope } from '../../shared/core/result';
import { finishedExportFile, forgetJob } from '../features/exports/jobs';
import { MAX_FILE_BYTES } from '../features/imports/read';
import { storeUpload } from '../features/imports/uploads';

async function withDocumentWindow<T>(html: string, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await use(win);
  } finally {
    win.destroy();
  }
}

async function saveDialog(
  owner: BrowserWindow,
  fileName: string,
  extension: string,
  label: string,
): Promise<string | null> {
  const result = await dialog.showSaveDialog(owner, {
    title: 'Spara',
    defaultPath: fileName,
    filters: [{ name: label, extensions: [extension] }],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}

export async function handleShellCall(
  owner: BrowserWindow,
  name: string,
  input: unknown,
): Promise<Envelope<ShellResult>> {
  if (!isShellCall(name)) return { ok: false, error: { code: 'NOT_FOUND', message: `Okänd funktion: ${name}` } };
  const parsed = shellCallSchemas[name].safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'VALIDATION', message: 'Ogiltigt anrop.' } };
  try {
    switch (name) {
      case 'shell.saveExport': {
        const { jobId } = shellCallSchemas['shell.saveExport'].parse(input);
        const { file, fileName } = finishedExportFile(jobId);
        const extension = fileName.split('.').pop() ?? 'xlsx';
        const target = await saveDialog(
          owner,
          fileName,
          extension,
          extension === 'csv' ? 'CSV-fil' : 'Excel-arbetsbok',
        );
        if (!target) return { ok: true, value: { done: false } };
        fs.copyFileSync(file, target);
        forgetJob(jobId);
        return { ok: true, value: { done: true } };
      }
      case 'shell.savePdf': {
        const { html, fileName } = shellCallSchemas['shell.savePdf'].parse(input);
        const target = await saveDialog(owner, fileName, 'pdf', 'PDF-dokument');
        if (!target) return { ok: true, value: { done: false } };
        const pdf = await withDocumentWindow(html, (win) =>
          win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
        );
        fs.writeFileSync(target, pdf);
        return { ok: true, value: { done: true } };
      }
      case 'shell.openImportFile': {
        const result = await dialog.showOpenDialog(owner, {
          title: 'Läs in från Excel',
          buttonLabel: 'Öppna',
          properties: ['openFile'],
          filters: [{ name: 'Kalkylblad', extensions: ['xlsx', 'csv', 'txt'] }],
        });
        const file = result.canceled ? undefined : result.filePaths[0];
        if (!file) return { ok: true, value: { done: false } };
        if (fs.statSync(file).size > MAX_FILE_BYTES)
          return { ok: false, error: { code: 'VALIDATION', message: 'Filen är för stor; högst 50 MB kan läsas in.' } };
        return { ok: true, value: { done: true, upload: storeUpload(fs.readFileSync(file), file) } };
      }
      case 'shell.print': {
        const { html } = shellCallSchemas['shell.print'].parse(input);
        const done = await withDocumentWindow(
          html,
          (win) =>
            new Promise<boolean>((resolve) =>
              win.webContents.print({ printBackground: true }, (success) => resolve(success)),
            ),
        );
        return { ok: true, value: { done } };
      }
    }
  } catch (error) {
    return { ok: false, error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } };
  }
}
