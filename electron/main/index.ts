/**
 * The Electron shell, kept thin: it opens the database (migrating it)
 * before any window, starts the window with a locked-down renderer, and
 * hands every `invoke` from that window to the same `dispatch` the browser
 * host uses. Everything behind `dispatch` is tested without Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, type WebFrameMain } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/core/bridge';
import type { Envelope } from '../../shared/core/result';
import { startBackEnd } from '../core/backEnd';
import type { BackEnd } from '../core/context';
import { dispatch } from '../core/dispatch';
import { contentSecurityPolicy } from '../host/csp';
import { buildMenu } from './menu';
import { handleShellCall } from './shell';
import { resolveDatabasePath } from './settings';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '../renderer/index.html');
const preloadScript = path.join(here, '../preload/index.cjs');

let mainWindow: BrowserWindow | null = null;

/** Only our own page, in the main frame of our own window, may call in. */
function isTrustedSender(frame: WebFrameMain | null): boolean {
  if (!frame || !mainWindow || frame !== mainWindow.webContents.mainFrame) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === 'file:' && path.resolve(fileURLToPath(url)) === path.resolve(rendererIndex);
  } catch {
    return false;
  }
}

function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy()] } });
  });
}

function createWindow(databasePath: string): void {
  mainWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1000,
    minHeight: 640,
    title: 'Bostadsportföljen',
    show: false,
    webPreferences: {
      preload: preloadScript,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  Menu.setApplicationMenu(buildMenu(mainWindow, databasePath));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // The renderer refuses to unload while a form holds unsaved typing
  // (beforeunload); Electron then closes nothing unless asked, so ask here.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const owner = mainWindow;
    if (!owner) return;
    const choice = dialog.showMessageBoxSync(owner, {
      type: 'question',
      buttons: ['Stäng utan att spara', 'Fortsätt redigera'],
      defaultId: 1,
      cancelId: 1,
      title: 'Osparade ändringar',
      message: 'Du har ändringar som inte är sparade.',
      detail: 'De finns kvar som utkast och visas nästa gång du öppnar posten.',
    });
    // preventDefault here lets the unload go ahead.
    if (choice === 0) event.preventDefault();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadFile(rendererIndex);
}

function serve(backEnd: BackEnd): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, name: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Anropet kom inte från programmets eget fönster.' } };
    }
    if (typeof name !== 'string') return { ok: false, error: { code: 'VALIDATION', message: 'Anropet saknar namn.' } };
    // Dialogs, printing and PDF belong to the shell; everything else to the back end.
    if (name.startsWith('shell.')) return handleShellCall(mainWindow!, name, input);
    return dispatch(name, input, backEnd);
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDownContents();
  const databasePath = resolveDatabasePath(app.getPath('userData'));
  let backEnd: BackEnd;
  try {
    backEnd = await startBackEnd({ databasePath });
  } catch (error) {
    dialog.showErrorBox(
      'Databasen kunde inte öppnas',
      `${databasePath}\n\n${error instanceof Error ? error.message : String(error)}`,
    );
    app.exit(1);
    return;
  }
  serve(backEnd);
  createWindow(databasePath);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(databasePath);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void backEnd.database.close());
}

void start();
