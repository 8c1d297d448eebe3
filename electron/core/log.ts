/**
 * The support log: one JSON line per event (pino), with a level, a time and
 * the request id, in one size-rotated file per user. Desktop and browser
 * host write the same format. It never holds personal data: callers log
 * procedure names, codes and ids, never inputs or row values, and every
 * line passes `scrubIdentityNumbers` on its way to the file as a last
 * guard (a message from a driver may quote what it was given).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino, { type Logger } from 'pino';

export const LOG_FILE_NAME = 'bostadsportfoljen.log';
const MAX_BYTES = 5 * 1024 * 1024;
const KEEP_FILES = 3;

/**
 * Twelve or ten digits that read as a Swedish identity number (a date,
 * optionally `-`/`+`, four digits), not inside a longer run of digits.
 */
const IDENTITY_NUMBER = /(?<!\d)((?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01]))[-+]?\d{4}(?!\d)/g;

export function scrubIdentityNumbers(text: string): string {
  return text.replace(IDENTITY_NUMBER, (_match, date: string) => `${date}-****`);
}

/** A file stream that starts a new file past MAX_BYTES, keeping KEEP_FILES old ones. */
export class RotatingFile {
  private fd: number;
  private size: number;

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    this.fd = fs.openSync(file, 'a', 0o600);
    this.size = fs.fstatSync(this.fd).size;
  }

  write(line: string): void {
    const text = scrubIdentityNumbers(line);
    const bytes = Buffer.byteLength(text);
    if (this.size + bytes > MAX_BYTES && this.size > 0) this.rotate();
    fs.writeSync(this.fd, text);
    this.size += bytes;
  }

  private rotate(): void {
    fs.closeSync(this.fd);
    for (let i = KEEP_FILES - 1; i >= 1; i--) {
      const from = i === 1 ? this.file : `${this.file}.${i - 1}`;
      if (fs.existsSync(from)) fs.renameSync(from, `${this.file}.${i}`);
    }
    this.fd = fs.openSync(this.file, 'a', 0o600);
    this.size = 0;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

/** Where the browser host logs by default: the user's own folder, never beside a shared database. */
export function defaultLogDir(): string {
  if (process.env['BOSTAD_LOG_DIR']) return process.env['BOSTAD_LOG_DIR'];
  const base =
    process.platform === 'win32'
      ? (process.env['LOCALAPPDATA'] ?? path.join(os.homedir(), 'AppData', 'Local'))
      : (process.env['XDG_STATE_HOME'] ?? path.join(os.homedir(), '.local', 'state'));
  return path.join(base, 'Bostadsportfoljen', 'logs');
}

let current: Logger = pino(
  { base: null, level: 'info' },
  { write: (line: string) => process.stderr.write(scrubIdentityNumbers(line)) },
);
let currentFile: RotatingFile | null = null;

/** Sends the log to `<dir>/bostadsportfoljen.log` from now on; returns the file. */
export function openLog(dir: string = defaultLogDir(), level = process.env['BOSTAD_LOG_LEVEL'] ?? 'info'): string {
  currentFile?.close();
  currentFile = new RotatingFile(path.join(dir, LOG_FILE_NAME));
  current = pino({ base: { pid: process.pid }, level }, currentFile);
  return currentFile.file;
}

export function logFile(): string | null {
  return currentFile?.file ?? null;
}

/** The process's logger (stderr until `openLog`). */
export function log(): Logger {
  return current;
}

/**
 * What of an error may be logged: its class, code and message (scrubbed),
 * and the stack's frames. Never the error's other properties: a driver
 * error may carry the statement's bound values.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: scrubIdentityNumbers(error.message),
    stack: error.stack ? scrubIdentityNumbers(error.stack.split('\n').slice(1, 8).join('\n')) : undefined,
  };
}
