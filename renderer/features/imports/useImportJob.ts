/** Runs an import job from the screen: starts it, polls its progress and cancels it on request. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportJob } from '../../../shared/imports/schema';
import { errorMessage } from '../../api/client';
import { importsApi } from './importsApi';

export interface ImportJobState {
  job: ImportJob | null;
  error: string | null;
  run(start: () => Promise<ImportJob>): Promise<ImportJob | null>;
  cancel(): void;
}

export function useImportJob(): ImportJobState {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const run = useCallback(async (start: () => Promise<ImportJob>) => {
    setError(null);
    try {
      let current = await start();
      setJob(current);
      while (current.status === 'running' && alive.current) {
        await new Promise((r) => setTimeout(r, 200));
        current = await importsApi.status(current.id);
        setJob(current);
      }
      return current;
    } catch (e) {
      setError(errorMessage(e));
      setJob(null);
      return null;
    }
  }, []);

  const cancel = useCallback(() => {
    if (job) void importsApi.cancel(job.id);
  }, [job]);

  return { job, error, run, cancel };
}
