/**
 * Export jobs of this process: progress, cancellation and the finished
 * file. Files hold personal data, so they live in a folder only this user
 * can read (0700, files 0600), one folder per process, removed an hour after
 * they are finished, or when saved, and all of it when the desktop app quits.
 * A crashed process leaves its folder behind; the next start removes the
 * folders of processes no longer running.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExportJob } from '../../../shared/exports/schema';
import { AppError } from '../../../shared/core/result';

export interface RunningJob extends ExportJob {
  file: string;
  cancelled: boolean;
  /** Tells the export worker to stop, while it runs. */
  cancel?: (() => void) | undefined;
}

const jobs = new Map<string, RunningJob>();
const KEEP_MS = 60 * 60 * 1000;
const PROCESS_DIR = /^exports-(\d+)$/;

/** This user's private folder for export files (the temp folder itself is shared on Linux). */
export function exportRoot(): string {
  const user = typeof process.getuid === 'function' ? String(process.getuid()) : os.userInfo().username;
  const root = path.join(os.tmpdir(), `bostadsportfoljen-${user.replace(/[^\w.-]/g, '_')}`);
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  const stat = fs.lstatSync(root);
  if (!stat.isDirectory() || (typeof process.getuid === 'function' && stat.uid !== process.getuid())) {
    throw new Error(`Export folder ${root} is not a folder of this user`);
  }
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) fs.chmodSync(root, 0o700);
  return root;
}

export function exportDir(): string {
  const dir = path.join(exportRoot(), `exports-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Removes export folders left by processes that have ended (a crash, a kill). Runs at start. */
export function removeStaleExports(): number {
  const root = exportRoot();
  let removed = 0;
  for (const name of fs.readdirSync(root)) {
    const match = PROCESS_DIR.exec(name);
    if (!match || Number(match[1]) === process.pid || running(Number(match[1]))) continue;
    fs.rmSync(path.join(root, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

/** Exports still being written: quitting now would lose them. */
export function runningExportCount(): number {
  return [...jobs.values()].filter((j) => j.status === 'running').length;
}

/** Cancels every job and removes this process's export files. */
export function clearExports(): void {
  for (const job of jobs.values()) {
    job.cancelled = true;
    job.cancel?.();
  }
  jobs.clear();
  fs.rmSync(path.join(exportRoot(), `exports-${process.pid}`), { recursive: true, force: true });
}

export function createJob(fileName: string, extension: string): RunningJob {
  const id = crypto.randomUUID();
  const job: RunningJob = {
    id,
    status: 'running',
    rowsWritten: 0,
    totalRows: null,
    fileName,
    message: null,
    file: path.join(exportDir(), `${id}.${extension}`),
    cancelled: false,
  };
  // Created empty and private before any writer opens it: writers keep the mode.
  fs.closeSync(fs.openSync(job.file, 'wx', 0o600));
  jobs.set(id, job);
  return job;
}

export function getJob(id: string): RunningJob {
  const job = jobs.get(id);
  if (!job) throw new AppError('NOT_FOUND', 'Exporten finns inte längre. Starta den igen.');
  return job;
}

/** The public view of a job. */
export function jobView(job: RunningJob): ExportJob {
  const { id, status, rowsWritten, totalRows, fileName, message } = job;
  return { id, status, rowsWritten, totalRows, fileName, message };
}

export function finishJob(
  job: RunningJob,
  status: 'done' | 'failed' | 'cancelled',
  message: string | null = null,
): void {
  job.status = status;
  job.message = message;
  if (status !== 'done') fs.rmSync(job.file, { force: true });
  setTimeout(() => forgetJob(job.id), KEEP_MS).unref();
}

export function forgetJob(id: string): void {
  const job = jobs.get(id);
  if (!job) return;
  fs.rmSync(job.file, { force: true });
  jobs.delete(id);
}

/** The finished file of a job, for a transport to hand to the user. */
export function finishedExportFile(id: string): { file: string; fileName: string } {
  const job = getJob(id);
  if (job.status !== 'done') throw new AppError('VALIDATION', 'Exporten är inte klar.');
  return { file: job.file, fileName: job.fileName };
}
