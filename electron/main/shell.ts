/**
 * The desktop side of printing and saving: the system save dialog, the
 * system print dialog (webContents.print) and printToPDF (A4, backgrounds
 * on, CSS page size). The document is written to a temp file and shown in
 * a hidden window from `app://document/<id>.html` (CSP default-src 'none',
 * JavaScript off, no preload), which is destroyed and the file removed
 * afterwards. Saving is asynchronous, with Swedish messages.
 */
import fs from 'node:fs';
import { BrowserWindow, dialog } from 'electron';
import { safeFileName } from '../../shared/core/fileNames';
import { AppError, type Envelope } from '../../shared/core/result';
import { isShellCall, shellCallSchemas, type ShellResult } from '../../shared/core/shell';
import { removeDocument, writeDocument } from '../desktop/documentFiles';
import { copyToTarget, writeTarget } from '../desktop/saveFile';
import { finishedExportFile, forgetJob } from '../features/exports/jobs';
import { MAX_FILE_BYTES } from '../features/imports/read';
import { storeUpload } from '../features/imports/uploads';

async function withDocumentWindow<T>(
  documentsDir: string,
  html: string,
  use: (win: BrowserWindow) => Promise<T>,
): Promise<T> {
  const doc = await writeDocument(documentsDir, html);
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      // A middle click would open a link in a new window; new windows are denied anyway, this stops the event.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  try {
    await win.loadURL(doc.url);
    return await use(win);
  } finally {
    win.destroy();
    await removeDocument(doc);
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
    defaultPath: safeFileName(fileName),
    filters: [{ name: label, extensions: [extension] }],
    properties: ['showOverwriteConfirmation'],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}

function print(win: BrowserWindow): Promise<boolean> {
  return new Promise((resolve, reject) =>
    win.webContents.print({ printBackground: true }, (success, failureReason) => {
      if (success || failureReason === 'Print job canceled' || failureReason === 'cancelled') resolve(success);
      else reject(new AppError('INTERNAL', `Utskriften misslyckades: ${failureReason}`));
    }),
  );
}

export async function handleShellCall(
  owner: BrowserWindow,
  documentsDir: string,
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
        const label = extension === 'csv' ? 'CSV-fil' : 'Excel-arbetsbok';
        const target = await saveDialog(owner, fileName, extension, label);
        // A cancelled save leaves no export behind in the temp folder.
        if (!target) {
          forgetJob(jobId);
          return { ok: true, value: { done: false } };
        }
        await copyToTarget(file, target);
        forgetJob(jobId);
        return { ok: true, value: { done: true } };
      }
      case 'shell.savePdf': {
        const { html, fileName } = shellCallSchemas['shell.savePdf'].parse(input);
        const target = await saveDialog(owner, fileName, 'pdf', 'PDF-dokument');
        if (!target) return { ok: true, value: { done: false } };
        const pdf = await withDocumentWindow(documentsDir, html, (win) =>
          win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
        );
        await writeTarget(target, pdf);
        return { ok: true, value: { done: true } };
      }
      case 'shell.saveJson': {
        const { text, fileName } = shellCallSchemas['shell.saveJson'].parse(input);
        const target = await saveDialog(owner, fileName, 'json', 'JSON-fil');
        if (!target) return { ok: true, value: { done: false } };
        await writeTarget(target, Buffer.from(text, 'utf8'));
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
        if ((await fs.promises.stat(file)).size > MAX_FILE_BYTES)
          return { ok: false, error: { code: 'VALIDATION', message: 'Filen är för stor; högst 50 MB kan läsas in.' } };
        return { ok: true, value: { done: true, upload: storeUpload(await fs.promises.readFile(file), file) } };
      }
      case 'shell.print': {
        const { html } = shellCallSchemas['shell.print'].parse(input);
        return { ok: true, value: { done: await withDocumentWindow(documentsDir, html, print) } };
      }
    }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
    console.error('[bostadsportfoljen] shell call failed', error);
    return { ok: false, error: { code: 'INTERNAL', message: 'Det gick inte att skriva ut eller spara. Försök igen.' } };
  }
}
