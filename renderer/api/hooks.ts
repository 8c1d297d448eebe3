/** Small React hooks over the client, used by every feature's own hooks. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api, ProcedureName } from '../../shared/api';
import type { InputOf, OutputOf } from '../../shared/core/procedure';
import { useDataChanges } from './changes';
import { api, ApiError } from './client';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

/**
 * Calls a read procedure and keeps its result; calls again when `input`
 * changes (compared as JSON) or on reload(). `input` null means "not yet".
 * `live`: also when anyone changes the data (the old result stays shown
 * meanwhile, so nothing jumps). Forms never use it: a colleague's save
 * must not wipe what the user is typing; the version check reports it.
 */
export function useProcedure<K extends ProcedureName>(
  name: K,
  input: InputOf<Api[K]> | null,
  options: { live?: boolean } = {},
): QueryState<OutputOf<Api[K]>> {
  const [data, setData] = useState<OutputOf<Api[K]>>();
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(input !== null);
  const [generation, setGeneration] = useState(0);
  const key = input === null ? null : JSON.stringify(input);
  const latest = useRef(0);

  useEffect(() => {
    if (key === null) return;
    const call = ++latest.current;
    setLoading(true);
    api
      .call(name, JSON.parse(key) as InputOf<Api[K]>)
      .then((value) => {
        if (call !== latest.current) return;
        setData(value);
        setError(null);
      })
      .catch((e: unknown) => {
        if (call !== latest.current) return;
        setError(e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: String(e) }));
      })
      .finally(() => {
        if (call === latest.current) setLoading(false);
      });
  }, [name, key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useDataChanges(() => {
    if (options.live) reload();
  });
  return { data, error, loading, reload };
}

/**
 * False for the first paint, true right after it: calls that only fill in
 * numbers (the start page's counts) wait until the screen has been drawn,
 * so the window shows its shell before the back end answers.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // The frame after this one is drawn; the timeout runs once it has been.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    let timer: number | undefined;
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return painted;
}
