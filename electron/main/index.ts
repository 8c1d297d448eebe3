/**
 * The Electron shell, kept thin. Before any window: one instance only, the
 * `app:` scheme registered, temp files of an earlier run cleared, the
 * database chosen, opened and checked (electron/desktop/startup.ts). Then
 * the main window over app://bostad, every `invoke` from it handed to the
 * same `dispatch` the browser host uses, and on quit: a question while an
 * export runs, temp files cleared, and the database closed before exit.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/core/bridge';
import { CHANGES_CHANNEL } from '../../shared/core/changes';
import { backEndOn } from '../core/backEnd';
import type { BackEnd } from '../core/context';
import { log, openLog, safeError } from '../core/log';
import { isTrustedSender } from '../desktop/appProtocol';
import { openAndCheck, releaseStaleLock } from '../desktop/databaseCheck';
import { clearFolder, documentDir } from '../desktop/documentFiles';
import { desktopToday, openAtStart } from '../desktop/startup';
import { clearExports, runningExportCount } from '../features/exports/jobs';
import { createInvokeHandler } from './ipc';
import { buildMenu } from './menu';
import { lockDownSessions, registerAppScheme, serveAppScheme } from './security';
import { initialDatabasePath, serverBackupDir, writeSettings } from './settings';
import { handleShellCall } from './shell';
import { startUi } from './startWindow';
import { createMainWindow, rendererDir } from './window';
import { safeStorageBox } from './secretBox';
import { desktopTarget } from '../db/desktopConnection';
import { openDatabase, type Database } from '../db/connection';
import { describeTarget } from '../db/target';

const documentsDir = documentDir();
let mainWindow: BrowserWindow | null = null;
let backEnd: BackEnd | null = null;
/** 'asked' once the user agreed to quit (or nothing needed asking); 'closed' once the database is closed. */
let quitState: 'running' | 'asked' | 'closing' | 'closed' = 'running';

function serve(): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    createInvokeHandler({
      backEnd: () => backEnd,
      isTrustedSender: (frame) =>
        !!mainWindow && isTrustedSender(frame?.url, !!frame && frame === mainWindow.webContents.mainFrame),
      // Dialogs, printing and PDF belong to the shell; everything else to the back end.
      shellCall: (name, input) =>
        mainWindow
          ? handleShellCall(mainWindow, documentsDir, name, input)
          : Promise.resolve({ ok: false, error: { code: 'BUSY', message: 'Fönstret är inte öppet.' } }),
    }),
  );
}

function showMainWindow(databasePath: string, backEnd: BackEnd): void {
  mainWindow = createMainWindow();
  Menu.setApplicationMenu(buildMenu(mainWindow, databasePath, backEnd));
  // Colleagues' saves (and our own) reach the open screens.
  backEnd.changes.subscribe((event) => mainWindow?.webContents.send(CHANGES_CHANNEL, event));
  mainWindow.on('close', (event) => {
    if (quitState === 'running' && !confirmQuitWithExports()) event.preventDefault();
  });
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
      noLink: true,
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
}

/** True when quitting may go on: no export runs, or the user chose to stop it. */
function confirmQuitWithExports(): boolean {
  const running = runningExportCount();
  if (running === 0) return true;
  const options: Electron.MessageBoxSyncOptions = {
    type: 'warning',
    title: 'Bostadsportföljen',
    message: running === 1 ? 'En export pågår' : `${running} exporter pågår`,
    detail: 'Om du avslutar nu avbryts exporten och ingen fil sparas.',
    buttons: ['Avsluta ändå', 'Fortsätt arbeta'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const response = mainWindow ? dialog.showMessageBoxSync(mainWindow, options) : dialog.showMessageBoxSync(options);
  if (response !== 0) return false;
  quitState = 'asked';
  return true;
}

function clearTempFiles(): void {
  clearExports();
  clearFolder(documentsDir);
}

/** Quit waits for the database to close: a half-written journal on a share is the next user's problem. */
function handleQuit(): void {
  app.on('before-quit', (event) => {
    if (quitState === 'closed') return;
    event.preventDefault();
    if (quitState === 'closing') return;
    // The window closes first, so a form with unsaved typing can still say no
    // (will-prevent-unload above); once it is gone, quitting comes back here.
    if (quitState === 'running' && mainWindow) {
      mainWindow.close();
      return;
    }
    if (quitState === 'running' && !confirmQuitWithExports()) return;
    quitState = 'closing';
    clearTempFiles();
    void (backEnd?.close() ?? Promise.resolve())
      .catch((error: unknown) => log().error({ err: safeError(error) }, 'closing the database failed'))
      .finally(() => {
        quitState = 'closed';
        app.quit();
      });
  });
  app.on('window-all-closed', () => app.quit());
}

/**
 * A PostgreSQL server chosen in Arkiv → Databasserver… (or BOSTAD_DB_URL):
 * opened directly. When it cannot be reached the user is told why and gets
 * the start window's choices for a file, never an exit.
 */
async function openServerIfChosen(userData: string): Promise<{ database: Database; file: string } | null> {
  const target = desktopTarget(userData, process.env, '', safeStorageBox);
  if (target.kind !== 'postgresql') return null;
  try {
    return { database: await openDatabase(target), file: describeTarget(target) };
  } catch (error) {
    log().error({ err: safeError(error) }, 'database server could not be opened');
    dialog.showErrorBox(
      'Databasservern kunde inte nås',
      `${describeTarget(target)}\n\nKontrollera nätverket eller välj en databasfil i stället (Arkiv → Databasserver… byter tillbaka).`,
    );
    return null;
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  app.setAppUserModelId('se.helsingborg.ff.bostadsportfoljen');
  lockDownSessions();
  openLog(app.getPath('logs'));
  serveAppScheme({ renderer: rendererDir, documents: documentsDir });
  clearTempFiles();
  handleQuit();
  serve();

  const userData = app.getPath('userData');
  const opened =
    (await openServerIfChosen(userData)) ??
    (await openAtStart(initialDatabasePath(userData), {
      ui: startUi,
      check: (file, create) => openAndCheck(file, { create }),
      releaseLock: (file) => releaseStaleLock(file),
      remember: (file) => writeSettings(userData, { databasePath: file }),
    }));
  if (!opened) {
    quitState = 'closed';
    app.quit();
    return;
  }
  const today = desktopToday(process.env, app.isPackaged);
  backEnd = await backEndOn(opened.database, {
    ...(today ? { today } : {}),
    live: true,
    serverBackupDir: serverBackupDir(userData),
  });
  showMainWindow(opened.file, backEnd);
}

registerAppScheme();
if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (which comes to the front) and ends here.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  start().catch((error: unknown) => {
    // Only a bug gets here (every database problem is answered by the start window).
    dialog.showErrorBox('Bostadsportföljen', `Ett oväntat fel inträffade vid start:\n${String(error)}`);
    quitState = 'closed';
    app.quit();
  });
}
