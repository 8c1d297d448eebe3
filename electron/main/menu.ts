/**
 * The application menu, in Swedish. Ladda om and the developer tools are
 * there only when running from a source checkout, never in the installed
 * app (a reload would drop unsaved edits; DevTools would open the bridge).
 */
import path from 'node:path';
import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { BackEnd } from '../core/context';
import { dispatch } from '../core/dispatch';
import { backupDir } from '../db/backup';
import { logFile } from '../core/log';
import { switchDatabase } from './switchDatabase';
import { openDatabaseDialog } from './databaseDialog';

/** Arkiv → Säkerhetskopiera: the same procedure as the Säkerhetskopior screen. */
async function backupNow(win: BrowserWindow, backEnd: BackEnd): Promise<void> {
  const result = await dispatch('backups.create', {}, backEnd);
  await dialog.showMessageBox(win, {
    type: result.ok ? 'info' : 'error',
    title: 'Säkerhetskopiera',
    message: result.ok ? 'Säkerhetskopian är gjord.' : 'Säkerhetskopian kunde inte göras.',
    detail: result.ok
      ? path.join(backupDir(backEnd.database.path), (result.value as { name: string }).name)
      : result.error.message,
  });
}

/** Arkiv → Återställ…: pick a backup from the backups folder, confirm, restore. */
async function restore(win: BrowserWindow, backEnd: BackEnd): Promise<void> {
  const folder = backupDir(backEnd.database.path);
  const picked = await dialog.showOpenDialog(win, {
    title: 'Återställ från säkerhetskopia',
    defaultPath: folder,
    buttonLabel: 'Återställ',
    filters: [{ name: 'Säkerhetskopia', extensions: ['sqlite'] }],
    properties: ['openFile'],
  });
  const file = picked.filePaths[0];
  if (picked.canceled || !file) return;
  if (path.resolve(path.dirname(file)) !== path.resolve(folder)) {
    await dialog.showMessageBox(win, {
      type: 'error',
      title: 'Återställ',
      message: 'Välj en säkerhetskopia i programmets mapp för säkerhetskopior.',
      detail: `${folder}\n\nKopiera först dit en säkerhetskopia som ligger någon annanstans.`,
    });
    return;
  }
  const confirm = await dialog.showMessageBox(win, {
    type: 'warning',
    title: 'Återställ',
    message: `Återställa databasen från ${path.basename(file)}?`,
    detail:
      'Allt som sparats efter säkerhetskopian försvinner ur databasen. Den nuvarande databasen sparas först som en säkerhetskopia. Alla som har programmet öppet får ladda om.',
    buttons: ['Återställ', 'Avbryt'],
    defaultId: 1,
    cancelId: 1,
  });
  if (confirm.response !== 0) return;
  const result = await dispatch('backups.restore', { name: path.basename(file) }, backEnd);
  await dialog.showMessageBox(win, {
    type: result.ok ? 'info' : 'error',
    title: 'Återställ',
    message: result.ok ? 'Databasen är återställd.' : 'Databasen återställdes inte.',
    detail: result.ok ? 'Programmet laddas om.' : result.error.message,
  });
  if (result.ok) win.webContents.reload();
}

export function buildMenu(win: BrowserWindow, databasePath: string, backEnd: BackEnd): Menu {
  const development: MenuItemConstructorOptions[] = app.isPackaged
    ? []
    : [
        { label: 'Ladda om', role: 'reload' },
        { label: 'Verktyg för utvecklare', role: 'toggleDevTools' },
        { type: 'separator' },
      ];
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Arkiv',
      submenu: [
        // The import screen opens the file itself, with its own steps.
        {
          label: 'Läs in från Excel…',
          click: () => void win.webContents.executeJavaScript("location.hash = '#/inlasning'"),
        },
        { label: 'Byt databas…', click: () => void switchDatabase(win, databasePath, 'open') },
        { label: 'Skapa ny databas…', click: () => void switchDatabase(win, databasePath, 'create') },
        { label: 'Databasserver…', click: () => openDatabaseDialog(win) },
        { label: 'Visa databasfilen', click: () => shell.showItemInFolder(databasePath) },
        { type: 'separator' },
        { label: 'Säkerhetskopiera', click: () => void backupNow(win, backEnd) },
        { label: 'Återställ…', click: () => void restore(win, backEnd) },
        { type: 'separator' },
        { label: 'Avsluta', role: 'quit' },
      ],
    },
    {
      label: 'Redigera',
      submenu: [
        { label: 'Ångra', role: 'undo' },
        { label: 'Gör om', role: 'redo' },
        { type: 'separator' },
        { label: 'Klipp ut', role: 'cut' },
        { label: 'Kopiera', role: 'copy' },
        { label: 'Klistra in', role: 'paste' },
        { label: 'Markera allt', role: 'selectAll' },
      ],
    },
    {
      label: 'Visa',
      submenu: [
        ...development,
        { label: 'Normal storlek', role: 'resetZoom' },
        { label: 'Zooma in', role: 'zoomIn' },
        { label: 'Zooma ut', role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Helskärm', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Hjälp',
      submenu: [
        {
          // The support log (no personal data): what a support person asks for.
          label: 'Visa logg',
          click: () => {
            const file = logFile();
            if (file) void shell.openPath(file);
          },
        },
        {
          label: 'Om Bostadsportföljen',
          click: () =>
            void dialog.showMessageBox(win, {
              title: 'Om Bostadsportföljen',
              message: `Bostadsportföljen ${app.getVersion()}`,
              detail: `Fastighetsförvaltningens system för det bostadssociala programmet.\nDatabas: ${databasePath}`,
            }),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
