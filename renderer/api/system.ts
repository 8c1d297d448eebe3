/**
 * The back end's `system.info` (today's date, who is signed in, the
 * database) read once and shared: every screen and the sidebar read the
 * same answer instead of each asking for it. It is asked again when a
 * component mounts after a minute has passed (the date moves on while the
 * app stays open) and on reload(), after the user changed it (the display
 * name), which updates every reader at once.
 */
import { useSyncExternalStore } from 'react';
import type { Api } from '../../shared/api';
import type { OutputOf } from '../../shared/core/procedure';
import { api, ApiError } from './client';

type SystemInfo = OutputOf<Api['system.info']>;

interface Snapshot {
  data: SystemInfo | undefined;
  error: ApiError | null;
}

const FRESH_MS = 60_000;
let snapshot: Snapshot = { data: undefined, error: null };
let askedAt = Number.NEGATIVE_INFINITY;
const readers = new Set<() => void>();

function ask(): void {
  askedAt = Date.now();
  api.call('system.info', {}).then(
    (data) => publish({ data, error: null }),
    (e: unknown) =>
      publish({
        data: snapshot.data,
        error: e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: String(e) }),
      }),
  );
}

function publish(next: Snapshot): void {
  snapshot = next;
  for (const reader of readers) reader();
}

function subscribe(reader: () => void): () => void {
  readers.add(reader);
  if (Date.now() - askedAt > FRESH_MS) ask();
  return () => readers.delete(reader);
}

export function useSystemInfo(): Snapshot & { reload(): void } {
  const current = useSyncExternalStore(subscribe, () => snapshot);
  return { ...current, reload: ask };
}

/** Today as the back end sees it (a test or demo may fix the date); null until it has answered. */
export function useToday(): string | null {
  return useSystemInfo().data?.today ?? null;
}
