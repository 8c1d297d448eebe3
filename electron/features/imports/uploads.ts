/**
 * Files handed to the back end for an import, by id: the transport that
 * received them (the desktop's open dialog, the browser host's upload)
 * stores the bytes here; the import procedures name them by id. Kept in
 * memory for an hour after last use, and read (parsed) once.
 */
import crypto from 'node:crypto';
import { AppError } from '../../../shared/core/result';
import type { Upload } from '../../../shared/imports/schema';
import { MAX_FILE_BYTES, readSpreadsheet, type Spreadsheet } from './read';

interface StoredUpload extends Upload {
  bytes: Buffer;
  sha256: string;
  spreadsheet: Promise<Spreadsheet> | null;
  timer: NodeJS.Timeout;
}

const uploads = new Map<string, StoredUpload>();
const KEEP_MS = 60 * 60 * 1000;

function keepAlive(upload: StoredUpload): void {
  clearTimeout(upload.timer);
  upload.timer = setTimeout(() => uploads.delete(upload.uploadId), KEEP_MS);
  upload.timer.unref();
}

export function storeUpload(bytes: Buffer, fileName: string): Upload {
  if (bytes.length > MAX_FILE_BYTES)
    throw new AppError('VALIDATION', `Filen är för stor; högst ${MAX_FILE_BYTES / 1024 / 1024} MB kan läsas in.`);
  const name = fileName.replace(/^.*[\\/]/, '').slice(0, 200) || 'fil';
  const upload: StoredUpload = {
    uploadId: crypto.randomUUID(),
    fileName: name,
    size: bytes.length,
    bytes,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    spreadsheet: null,
    timer: setTimeout(() => undefined, 0),
  };
  keepAlive(upload);
  uploads.set(upload.uploadId, upload);
  return { uploadId: upload.uploadId, fileName: upload.fileName, size: upload.size };
}

export function getUpload(uploadId: string): StoredUpload {
  const upload = uploads.get(uploadId);
  if (!upload) throw new AppError('NOT_FOUND', 'Filen finns inte längre hos programmet. Välj den igen.');
  keepAlive(upload);
  return upload;
}

/** The file's sheets, read once per upload. */
export async function uploadedSpreadsheet(uploadId: string): Promise<{ upload: StoredUpload; book: Spreadsheet }> {
  const upload = getUpload(uploadId);
  upload.spreadsheet ??= readSpreadsheet(upload.bytes, upload.fileName);
  try {
    return { upload, book: await upload.spreadsheet };
  } catch (error) {
    upload.spreadsheet = null;
    throw error;
  }
}
