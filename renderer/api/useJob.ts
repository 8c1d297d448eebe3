/**
 * The one way the screen runs a back-end job (an import, an export): starts
 * it, polls its status while it runs, and cancels it on request. Jobs run in
 * the back end and report their progress through a status procedure, so the
 * screen polls rather than waits on one long call.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from './client';

export interface PolledJob {
  id: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
}

export interface JobProcedures<J extends PolledJob> {
  status(id: string): Promise<J>;
  cancel(id: string): Promise<unknown>;
  pollMs: number;
  /**
   * What is done with a job once it has stopped running (save the file, say);
   * a string returned is shown as the error. When given, the job is cleared
   * afterwards (nothing is left to show); without it the finished job stays.
   */
  settle?(job: J): Promise<string | null>;
}

export interface JobState<J extends PolledJob> {
  job: J | null;
  error: string | null;
  /** The job as it ended, or null when starting or polling it failed (see `error`). */
  run(start: () => Promise<J>): Promise<J | null>;
  cancel(): void;
}

export function useJob<J extends PolledJob>(procedures: JobProcedures<J>): JobState<J> {
  const [job, setJob] = useState<J | null>(null);
  const [error, setError] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const run = useCallback(
    async (start: () => Promise<J>) => {
      setError(null);
      try {
        let current = await start();
        setJob(current);
        while (current.status === 'running' && alive.current) {
          await new Promise((r) => setTimeout(r, procedures.pollMs));
          current = await procedures.status(current.id);
          setJob(current);
        }
        if (procedures.settle) {
          setError(await procedures.settle(current));
          setJob(null);
        }
        return current;
      } catch (e) {
        setError(errorMessage(e));
        setJob(null);
        return null;
      }
    },
    [procedures],
  );

  const cancel = useCallback(() => {
    if (job) void procedures.cancel(job.id);
  }, [job, procedures]);

  return { job, error, run, cancel };
}
