/**
 * The application menu, in Swedish. Ladda om and the developer tools are
 * there only when running from a source checkout, never in the installed
 * app (a reload would drop unsaved edits; DevTools would open the bridge).
 */
import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { logFile } from '../core/log';
import { switchDatabase } from './switchDatabase';

export function buildMenu(win: BrowserWindow, databasePath: string): Menu {
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
        { label: 'Byt databas…', click: () => void switchDatabase(win, databasePath, 'open') },
        { label: 'Skapa ny databas…', click: () => void switchDatabase(win, databasePath, 'create') },
        { label: 'Visa databasfilen', click: () => shell.showItemInFolder(databasePath) },
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
