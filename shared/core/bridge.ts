/**
 * What the Electron preload exposes to the renderer as `window.bostad`:
 * one function to call in, one to hear about changes, nothing else of Node
 * or Electron.
 */
import type { ChangeEvent } from './changes';
import type { Envelope } from './result';

export const INVOKE_CHANNEL = 'bostad:invoke';

/** The browser host's counterpart of the bridge: its HTTP API wants the session's token in this header. */
export const TOKEN_HEADER = 'x-bostad-token';

export interface BostadBridge {
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** Live refresh: called with each change event; returns the unsubscribe. */
  onChanges(listener: (event: ChangeEvent) => void): () => void;
}
