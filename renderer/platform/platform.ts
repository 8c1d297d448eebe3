/**
 * What differs between the desktop app and the browser host: saving a file,
 * printing and making a PDF. The desktop asks the Electron shell (save
 * dialogs, webContents.print, printToPDF) over the same `invoke` channel;
 * the browser uses a download, its own print dialog, and Chromium behind
 * the host for PDFs.
 */
import type { ShellCall, ShellInput, ShellResult } from '../../shared/core/shell';
import { ApiError } from '../api/client';
import { hostHeaders } from '../api/transport';
import type { Upload } from '../../shared/imports/schema';
import type { BostadBridge } from '../../shared/core/bridge';

export interface Platform {
  /** Saves a finished export (a save dialog, or a download). False when the user cancelled. */
  saveExport(jobId: string, fileName: string): Promise<boolean>;
  /** Prints the document; `frame` is the preview showing it. */
  print(html: string, frame: HTMLIFrameElement | null): Promise<void>;
  savePdf(html: string, fileName: string): Promise<boolean>;
  /** Saves a JSON text (a registerutdrag). False when the user cancelled. */
  saveJson(text: string, fileName: string): Promise<boolean>;
  /** Lets the user choose a spreadsheet and hands it to the back end; null when cancelled. */
  openImportFile(): Promise<Upload | null>;
}

/** The browser's file picker, then the bytes to the host's /uploads. */
function pickAndUpload(): Promise<Upload | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx,.csv,.txt';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      fetch('uploads', {
        method: 'POST',
        headers: {
          ...hostHeaders(),
          'content-type': 'application/octet-stream',
          'x-file-name': encodeURIComponent(file.name),
        },
        body: file,
      })
        .then(async (response) => {
          const envelope = (await response.json()) as {
            ok: boolean;
            value?: Upload;
            error?: { code: string; message: string };
          };
          if (!envelope.ok)
            throw new ApiError({
              code: 'VALIDATION',
              message: envelope.error?.message ?? 'Filen kunde inte läsas in.',
            });
          resolve(envelope.value!);
        })
        .catch(reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

/** The Electron shell, over the preload's bridge. */
function desktopPlatform(bridge: BostadBridge): Platform {
  async function shell<K extends ShellCall>(name: K, input: ShellInput<K>): Promise<ShellResult> {
    const envelope = await bridge.invoke(name, input);
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.value as ShellResult;
  }
  return {
    openImportFile: async () => (await shell('shell.openImportFile', {})).upload ?? null,
    saveExport: async (jobId) => (await shell('shell.saveExport', { jobId })).done,
    print: async (html) => {
      await shell('shell.print', { html });
    },
    savePdf: async (html, fileName) => (await shell('shell.savePdf', { html, fileName })).done,
    saveJson: async (text, fileName) => (await shell('shell.saveJson', { text, fileName })).done,
  };
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function fetchOrFail(path: string, body: string | undefined): Promise<Blob> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { ...hostHeaders(), 'content-type': 'application/json' },
    ...(body ? { body } : {}),
  });
  if (!response.ok) {
    const envelope = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiError({ code: 'INTERNAL', message: envelope?.error?.message ?? 'Filen kunde inte hämtas.' });
  }
  return response.blob();
}

const browser: Platform = {
  openImportFile: pickAndUpload,
  async saveExport(jobId, fileName) {
    download(await fetchOrFail(`files/${encodeURIComponent(jobId)}`, undefined), fileName);
    return true;
  },
  async print(_html, frame) {
    frame?.contentWindow?.print();
  },
  async savePdf(html, fileName) {
    download(await fetchOrFail('shell/pdf', JSON.stringify({ html })), fileName);
    return true;
  },
  async saveJson(text, fileName) {
    download(new Blob([text], { type: 'application/json' }), fileName);
    return true;
  },
};

export const platform: Platform = window.bostad ? desktopPlatform(window.bostad) : browser;
