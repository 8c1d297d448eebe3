/** Points the exports at the worker that tests/exportWorkerSetup.ts built, in every test file. */
import { inject } from 'vitest';
import { setExportWorkerFile } from '../electron/features/exports/exportWorkerRun';

setExportWorkerFile(inject('exportWorkerFile'));
