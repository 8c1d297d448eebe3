/**
 * What the Electron preload exposes to the renderer as `window.bostad`:
 * one function, nothing else of Node or Electron.
 */
import type { Envelope } from './result';

export const INVOKE_CHANNEL = 'bostad:invoke';

export interface BostadBridge {
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
}
