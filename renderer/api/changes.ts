/**
 * Live refresh in the renderer: one subscription to the back end's change
 * events over whichever transport the app runs on (the preload bridge, or
 * the browser host's event stream), shared by every screen. Screens re-read
 * through their usual procedures; nothing here holds data.
 */
import { useEffect, useRef } from 'react';
import { QUIET_TABLES, type ChangeEvent } from '../../shared/core/changes';
import { hostHeaders } from './transport';

type Listener = (event: ChangeEvent) => void;
const listeners = new Set<Listener>();
let connected = false;

function emit(event: ChangeEvent): void {
  for (const listener of listeners) listener(event);
}

/** Reads the host's `text/event-stream`; reconnects after a pause, and then says "everything may have changed". */
async function streamFromHost(): Promise<void> {
  let first = true;
  for (;;) {
    try {
      const response = await fetch('events', { method: 'POST', headers: hostHeaders() });
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
      if (!first) emit({ tables: ['*'] });
      first = false;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data: '))
            .map((l) => l.slice(6))
            .join('\n');
          if (data) emit(JSON.parse(data) as ChangeEvent);
        }
      }
    } catch {
      // The host restarted or the network blinked: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

function connect(): void {
  if (connected) return;
  connected = true;
  if (window.bostad) window.bostad.onChanges(emit);
  else void streamFromHost();
}

export function subscribeChanges(listener: Listener): () => void {
  connect();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether an event concerns what screens show (not only sessions, preferences and the like). */
export function touchesData(event: ChangeEvent): boolean {
  return event.tables.some((t) => !QUIET_TABLES.includes(t));
}

/**
 * Calls `onChange` when a colleague (or this window) changes data, at most
 * once per `debounceMs`: a save touches several tables in one go.
 */
export function useDataChanges(onChange: () => void, debounceMs = 250): void {
  const callback = useRef(onChange);
  callback.current = onChange;
  useEffect(() => {
    let timer: number | undefined;
    const unsubscribe = subscribeChanges((event) => {
      if (event.reload || !touchesData(event)) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => callback.current(), debounceMs);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [debounceMs]);
}
