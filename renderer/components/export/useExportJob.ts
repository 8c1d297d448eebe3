/**
 * Runs an export job from the screen through the one job hook, and hands
 * the finished file to the platform (save dialog or download).
 */
import { useCallback, useMemo, useState } from 'react';
import type { ExportJob } from '../../../shared/exports/schema';
import { api } from '../../api/client';
import { useJob, type JobProcedures } from '../../api/useJob';
import { platform } from '../../platform/platform';

export interface ExportJobState {
  job: ExportJob | null;
  error: string | null;
  saved: string | null;
  run(start: () => Promise<ExportJob>): Promise<void>;
  cancel(): void;
}

export function useExportJob(): ExportJobState {
  const [saved, setSaved] = useState<string | null>(null);
  const procedures = useMemo<JobProcedures<ExportJob>>(
    () => ({
      status: (id) => api.call('exports.status', { id }),
      cancel: (id) => api.call('exports.cancel', { id }),
      pollMs: 250,
      settle: async (job) => {
        if (job.status === 'done' && (await platform.saveExport(job.id, job.fileName))) setSaved(job.fileName);
        return job.status === 'failed' ? (job.message ?? 'Exporten misslyckades.') : null;
      },
    }),
    [],
  );
  const { job, error, run: runJob, cancel } = useJob(procedures);
  const run = useCallback(
    async (start: () => Promise<ExportJob>) => {
      setSaved(null);
      await runJob(start);
    },
    [runJob],
  );
  return { job, error, saved, run, cancel };
}
