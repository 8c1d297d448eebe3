/**
 * The preload: exposes only `invoke` to the page. Built as CommonJS so the
 * window can keep `sandbox: true` (sandboxed preloads cannot be ES modules).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL, type BostadBridge } from '../../shared/core/bridge';

const bridge: BostadBridge = {
  invoke: (name, input) => ipcRenderer.invoke(INVOKE_CHANNEL, name, input),
};

contextBridge.exposeInMainWorld('bostad', bridge);
