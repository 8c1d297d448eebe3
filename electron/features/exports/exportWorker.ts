/**
 * The export worker: one export read and written on a thread of its own,
 * with its own connection to the database file. On two cores the app's
 * thread then keeps answering colleagues' list calls while an export runs:
 * reading a chunk and building its XML took the app's thread between calls
 * (units.list 5.75–10.7× slower during a 100 000-row export), and yielding
 * between chunks cannot help a call that arrives while a chunk is built.
 *
 * Built as its own entry (electron.vite.config.ts) beside the main bundle;
 * exportWorkerRun.ts starts it. The integration tests start the built file
 * too (tests/exportWorkerSetup.ts builds it first).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/core/result';
import { createClock, type ServiceContext } from '../../core/context';
import type { Maintenance } from '../../core/maintenance';
import { safeError } from '../../core/log';
import { openReader } from '../../db/connection';
import type { ExportWorkerData, WorkerMessage } from './exportWorkerRun';
import { writeBook } from './writeBook';

const data = workerData as ExportWorkerData;
const port = parentPort!;
let cancelled = false;
port.on('message', (message: unknown) => {
  if (message === 'cancel') cancelled = true;
});
const post = (message: WorkerMessage) => port.postMessage(message);

/** Backups belong to the app's thread; an export only reads. */
const noMaintenance: Maintenance = {
  supported: false,
  status: () => Promise.reject(new Error('no backups from the export worker')),
  backup: () => Promise.reject(new Error('no backups from the export worker')),
  restore: () => Promise.reject(new Error('no restore from the export worker')),
};

async function run(): Promise<void> {
  const db = openReader(data.target);
  const ctx: ServiceContext = {
    db,
    actor: data.actor,
    role: data.role,
    clock: createClock(data.today),
    info: data.info,
    maintenance: noMaintenance,
  };
  try {
    const status = await writeBook(
      ctx,
      data.spec,
      () => cancelled,
      ({ rowsWritten }) => post({ type: 'progress', rowsWritten }),
    );
    post({ type: 'end', status, message: null });
  } catch (error) {
    post({
      type: 'end',
      status: 'failed',
      message: error instanceof AppError ? error.message : null,
      error: safeError(error),
    });
  } finally {
    await db.destroy();
    port.close();
  }
}

void run();
