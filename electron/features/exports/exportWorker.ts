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
import { openSqliteReader } from '../../db/connection';
import type { ExportWorkerData, WorkerMessage } from './exportWorkerRun';
import { writeBook } from './writeBook';

const data = workerData as ExportWorkerData;
const port = parentPort!;
let cancelled = false;
port.on('message', (message: unknown) => {
  if (message === 'cancel') cancelled = true;
});
const post = (message: WorkerMessage) => port.postMessage(message);

async function run(): Promise<void> {
  const db = openSqliteReader(data.databasePath);
  const ctx: ServiceContext = {
    db,
    actor: data.actor,
    clock: createClock(data.today),
    info: { appVersion: data.appVersion, databasePath: data.databasePath, databaseKind: 'sqlite' },
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
    console.error('[bostadsportfoljen] export failed', error);
    post({ type: 'end', status: 'failed', message: error instanceof AppError ? error.message : null });
  } finally {
    await db.destroy();
    port.close();
  }
}

void run();
