/** Runs an import job from the screen through the one job hook; the finished job stays to show its outcome. */
import type { ImportJob } from '../../../shared/imports/schema';
import { useJob, type JobProcedures, type JobState } from '../../api/useJob';
import { importsApi } from './importsApi';

const importJobs: JobProcedures<ImportJob> = { status: importsApi.status, cancel: importsApi.cancel, pollMs: 200 };

export type ImportJobState = JobState<ImportJob>;

export function useImportJob(): ImportJobState {
  return useJob(importJobs);
}
