/**
 * The preload: exposes only `invoke` and `onChanges` to the page. Built as CommonJS so the
 * window can keep `sandbox: true` (sandboxed preloads cannot be ES modules).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL, type BostadBridge } from '../../shared/core/bridge';
import { CHANGES_CHANNEL, type ChangeEvent } from '../../shared/core/changes';

const bridge: BostadBridge = {
  invoke: (name, input) => ipcRenderer.invoke(INVOKE_CHANNEL, name, input),
  onChanges(listener) {
    // Only the event is passed on: the page never sees the IPC event object.
    const handler = (_event: unknown, change: ChangeEvent) => listener(change);
    ipcRenderer.on(CHANGES_CHANNEL, handler);
    return () => ipcRenderer.removeListener(CHANGES_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('bostad', bridge);
