/**
 * Starts an export in the export worker (exportWorker.ts) and keeps the
 * job's progress and end in step with the worker's messages; cancelling
 * the job tells the worker, which stops between chunks.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Role } from '../../../shared/users/roles';
import type { Actor } from '../../../shared/users/schema';
import type { ServiceInfo } from '../../core/context';
import type { DbTarget } from '../../db/target';
import { log, safeError } from '../../core/log';
import type { RunningJob } from './jobs';
import type { BookSpec } from './writeBook';

export interface ExportWorkerData {
  spec: BookSpec;
  /** The database the worker opens its own connection to: a file or a server. */
  target: DbTarget;
  /** The app's date, so a fixed test or demo date holds in the worker too. */
  today: string;
  actor: Actor;
  role: Role;
  info: ServiceInfo;
}

export type WorkerMessage =
  | { type: 'progress'; rowsWritten: number }
  | {
      type: 'end';
      status: 'done' | 'cancelled' | 'failed';
      message: string | null;
      /** A failure as it may be logged (safeError): the app's thread logs it to its own log. */
      error?: Record<string, unknown>;
    };

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
    // Cancelled while the rows were counted, before there was a worker to
    // tell: it gets the message first thing (a port queues it until read).
    if (job.cancelled) job.cancel();
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') job.rowsWritten = message.rowsWritten;
      else {
        ended = { status: message.status, message: message.message };
        if (message.error) log().error({ job: job.id, err: message.error }, 'export failed');
      }
    });
    worker.on('error', (error) => log().error({ job: job.id, err: safeError(error) }, 'export worker failed'));
    worker.on('exit', () => {
      job.cancel = undefined;
      resolve(ended ?? { status: 'failed', message: null });
    });
  });
}
