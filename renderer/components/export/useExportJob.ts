/**
 * Runs an export job from the screen: starts it, polls its progress,
 * cancels it on request, and hands the finished file to the platform
 * (save dialog or download).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportJob } from '../../../shared/exports/schema';
import { api, errorMessage } from '../../api/client';
import { platform } from '../../platform/platform';

export interface ExportJobState {
  job: ExportJob | null;
  error: string | null;
  saved: string | null;
  run(start: () => Promise<ExportJob>): Promise<void>;
  cancel(): void;
}

export function useExportJob(): ExportJobState {
  const [job, setJob] = useState<ExportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const run = useCallback(async (start: () => Promise<ExportJob>) => {
    setError(null);
    setSaved(null);
    try {
      let current = await start();
      setJob(current);
      while (current.status === 'running' && alive.current) {
        await new Promise((r) => setTimeout(r, 250));
        current = await api.call('exports.status', { id: current.id });
        setJob(current);
      }
      if (current.status === 'done') {
        if (await platform.saveExport(current.id, current.fileName)) setSaved(current.fileName);
        setJob(null);
      } else if (current.status === 'failed') {
        setError(current.message ?? 'Exporten misslyckades.');
        setJob(null);
      } else {
        setJob(null);
      }
    } catch (e) {
      setError(errorMessage(e));
      setJob(null);
    }
  }, []);

  const cancel = useCallback(() => {
    if (job) void api.call('exports.cancel', { id: job.id });
  }, [job]);

  return { job, error, saved, run, cancel };
}
