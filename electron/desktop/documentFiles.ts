/**
 * Documents to print or save as PDF are written to a temp file and loaded
 * from `app://document/<id>.html`, never as a `data:` URL: Electron
 * refuses URLs over 2 MiB, which a batch of contracts with a logo passes
 * quickly. The folder is cleared when the app starts and quits, and each
 * file is removed as soon as its print window is done.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_SCHEME, DOCUMENT_HOST } from './appProtocol';

export function documentDir(tmp: string = os.tmpdir()): string {
  return path.join(tmp, 'bostadsportfoljen-dokument');
}

export interface DocumentFile {
  file: string;
  url: string;
}

export async function writeDocument(dir: string, html: string): Promise<DocumentFile> {
  await fs.promises.mkdir(dir, { recursive: true });
  const name = `${crypto.randomUUID()}.html`;
  const file = path.join(dir, name);
  // Readable by this user only: contracts carry personal data.
  await fs.promises.writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
  return { file, url: `${APP_SCHEME}://${DOCUMENT_HOST}/${name}` };
}

export async function removeDocument(doc: DocumentFile): Promise<void> {
  await fs.promises.rm(doc.file, { force: true });
}

/** Removes a folder of leftovers (documents or exports) from an earlier run; missing is fine. */
export function clearFolder(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
