/**
 * Export jobs of this process: progress, cancellation and the finished
 * file. Files live in a temp folder and are removed an hour after they are
 * finished, or when saved.
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

export function exportDir(): string {
  const dir = path.join(os.tmpdir(), 'bostadsportfoljen-exports');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
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
