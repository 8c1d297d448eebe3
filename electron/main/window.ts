/** The main window: locked-down preferences, the renderer over app://bostad, and its place on screen kept. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, screen } from 'electron';
import { RENDERER_ENTRY } from '../desktop/appProtocol';
import { MIN_SIZE, restoreWindowState } from '../desktop/windowState';
import { readSettings, writeSettings } from './settings';

const here = path.dirname(fileURLToPath(import.meta.url));
export const rendererDir = path.join(here, '../renderer');
const preloadScript = path.join(here, '../preload/index.cjs');

function saveState(win: BrowserWindow): void {
  writeSettings(app.getPath('userData'), {
    window: { bounds: win.getNormalBounds(), maximized: win.isMaximized() },
  });
}

export function createMainWindow(): BrowserWindow {
  const state = restoreWindowState(
    readSettings(app.getPath('userData')).window,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Bostadsportföljen',
    show: false,
    webPreferences: {
      preload: preloadScript,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click would open a link in a new window; new windows are denied anyway, this stops the event.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      // Chromium's built-in PDF viewer, for the preview of a scanned attachment.
      plugins: true,
      // DevTools only from a source checkout, never in the installed app.
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => saveState(win));
  void win.loadURL(RENDERER_ENTRY);
  return win;
}
