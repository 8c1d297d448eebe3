/**
 * Calls the desktop shell answers itself (save dialogs, printing, PDF),
 * not the back end: the same `invoke` channel carries them, and the
 * Electron main process handles names starting with `shell.`. The browser
 * host's renderer does the same things with the browser's own means.
 */
import { z } from 'zod';

const MAX_HTML = 25_000_000;

export const shellCallSchemas = {
  /** Save a finished export: a save dialog, then the file is copied there. */
  'shell.saveExport': z.object({ jobId: z.string().max(64) }),
  /** Render HTML to an A4 PDF and save it where the user chooses. */
  'shell.savePdf': z.object({ html: z.string().max(MAX_HTML), fileName: z.string().max(200) }),
  /** Choose a spreadsheet to import with the open dialog; the shell hands it to the back end (an upload). */
  'shell.openImportFile': z.object({}),
  /** Print HTML with the system print dialog. */
  'shell.print': z.object({ html: z.string().max(MAX_HTML) }),
  /** Save a JSON text (a registerutdrag) where the user chooses. */
  'shell.saveJson': z.object({ text: z.string().max(MAX_HTML), fileName: z.string().max(200) }),
};
export type ShellCall = keyof typeof shellCallSchemas;
export type ShellInput<K extends ShellCall> = z.input<(typeof shellCallSchemas)[K]>;

export function isShellCall(name: string): name is ShellCall {
  return Object.prototype.hasOwnProperty.call(shellCallSchemas, name);
}

/** What every shell call answers: whether something was saved or printed (or, for an open, the upload). */
export interface ShellResult {
  done: boolean;
  upload?: { uploadId: string; fileName: string; size: number };
}
