/**
 * The one job hook: it polls a running job until it stops, keeps the
 * finished job unless a settle step takes it, shows what settle or a failed
 * call says, and cancels the job it holds. The procedures here are the
 * test's own functions: the hook's contract is with whatever status and
 * cancel it is given (the import and export screens are driven end to end
 * in tests/e2e).
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api/client';
import { useJob, type JobProcedures, type PolledJob } from '../../renderer/api/useJob';

interface Job extends PolledJob {
  step: number;
}

/** A job that runs for `steps` polls and then ends as `end`; records the calls it gets. */
function scripted(steps: number, end: Job['status']) {
  const calls = { status: 0, cancelled: [] as string[] };
  const procedures: JobProcedures<Job> = {
    pollMs: 1,
    status: async (id) => {
      calls.status++;
      return { id, step: calls.status, status: calls.status < steps ? 'running' : end };
    },
    cancel: async (id) => {
      calls.cancelled.push(id);
    },
  };
  return { calls, procedures, start: async (): Promise<Job> => ({ id: 'j1', step: 0, status: 'running' }) };
}

describe('useJob', () => {
  it('polls until the job stops and keeps the finished job to show', async () => {
    const { calls, procedures, start } = scripted(3, 'done');
    const { result } = renderHook(() => useJob(procedures));
    let ended: Job | null = null;
    await act(async () => {
      ended = await result.current.run(start);
    });
    expect(ended).toEqual({ id: 'j1', step: 3, status: 'done' });
    expect(calls.status).toBe(3);
    expect(result.current.job?.status).toBe('done');
    expect(result.current.error).toBeNull();
  });

  it('lets settle take the finished job and show its message', async () => {
    const { procedures, start } = scripted(2, 'failed');
    const settled: Job[] = [];
    const withSettle: JobProcedures<Job> = {
      ...procedures,
      settle: async (job) => {
        settled.push(job);
        return job.status === 'failed' ? 'Exporten misslyckades.' : null;
      },
    };
    const { result } = renderHook(() => useJob(withSettle));
    await act(async () => {
      await result.current.run(start);
    });
    expect(settled.map((j) => j.status)).toEqual(['failed']);
    expect(result.current.job).toBeNull();
    expect(result.current.error).toBe('Exporten misslyckades.');
  });

  it('shows the message of a call that fails and forgets the job', async () => {
    const { procedures } = scripted(2, 'done');
    const { result } = renderHook(() => useJob(procedures));
    let ended: Job | null = { id: 'x', step: 0, status: 'running' };
    await act(async () => {
      ended = await result.current.run(() =>
        Promise.reject(new ApiError({ code: 'FORBIDDEN', message: 'Du får inte läsa in.' })),
      );
    });
    expect(ended).toBeNull();
    expect(result.current.job).toBeNull();
    expect(result.current.error).toBe('Du får inte läsa in.');
  });

  it('cancels the job it is polling', async () => {
    const { calls, procedures, start } = scripted(1_000, 'cancelled');
    const { result, unmount } = renderHook(() => useJob({ ...procedures, pollMs: 20 }));
    let running: Promise<Job | null> = Promise.resolve(null);
    act(() => {
      running = result.current.run(start);
    });
    await waitFor(() => expect(result.current.job?.status).toBe('running'));
    act(() => result.current.cancel());
    expect(calls.cancelled).toEqual(['j1']);
    unmount(); // polling stops with the screen
    await running;
  });
});
