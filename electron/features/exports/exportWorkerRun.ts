/**
 * Starts an export in the export worker (exportWorker.ts) and keeps the
 * job's progress and end in step with the worker's messages; cancelling
 * the job tells the worker, which stops between chunks.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Actor } from '../../../shared/users/schema';
import type { RunningJob } from './jobs';
import type { BookSpec } from './writeBook';

export interface ExportWorkerData {
  spec: BookSpec;
  databasePath: string;
  /** The app's date, so a fixed test or demo date holds in the worker too. */
  today: string;
  actor: Actor;
  appVersion: string;
}

export type WorkerMessage =
  | { type: 'progress'; rowsWritten: number }
  | { type: 'end'; status: 'done' | 'cancelled' | 'failed'; message: string | null };

/**
 * The built worker: the main bundle's own entry, beside the chunk that
 * holds this code (dist/main). The tests point it at a build of their own.
 */
let workerFile = path.join(import.meta.dirname, 'exportWorker.js');

export function setExportWorkerFile(file: string): void {
  workerFile = file;
}

/** Resolves when the worker has ended, with its status and, on failure, a message for the user. */
export function runInWorker(
  job: RunningJob,
  data: ExportWorkerData,
): Promise<{ status: 'done' | 'cancelled' | 'failed'; message: string | null }> {
  return new Promise((resolve) => {
    let ended: { status: 'done' | 'cancelled' | 'failed'; message: string | null } | null = null;
    const worker = new Worker(workerFile, { workerData: data });
    job.cancel = () => worker.postMessage('cancel');
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') job.rowsWritten = message.rowsWritten;
      else ended = { status: message.status, message: message.message };
    });
    worker.on('error', (error) => console.error('[bostadsportfoljen] export worker failed', error));
    worker.on('exit', () => {
      job.cancel = undefined;
      resolve(ended ?? { status: 'failed', message: null });
    });
  });
}
