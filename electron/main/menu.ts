/** The application menu, in Swedish. */
import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { writeSettings } from './settings';

async function chooseDatabase(win: BrowserWindow, current: string): Promise<void> {
  const result = await dialog.showSaveDialog(win, {
    title: 'Välj databasfil',
    buttonLabel: 'Använd',
    defaultPath: current,
    filters: [{ name: 'Bostadsportföljen-databas', extensions: ['sqlite'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    message: 'Välj en befintlig databas (t.ex. på den gemensamma nätverksenheten) eller ange ett nytt filnamn.',
  });
  if (result.canceled || !result.filePath) return;
  writeSettings(app.getPath('userData'), { databasePath: result.filePath });
  app.relaunch();
  app.exit(0);
}

export function buildMenu(win: BrowserWindow, databasePath: string): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Arkiv',
      submenu: [
        // The import screen opens the file itself, with its own steps.
        {
          label: 'Läs in från Excel…',
          click: () => void win.webContents.executeJavaScript("location.hash = '#/inlasning'"),
        },
        { label: 'Byt databas…', click: () => void chooseDatabase(win, databasePath) },
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
        { label: 'Ladda om', role: 'reload' },
        { label: 'Verktyg för utvecklare', role: 'toggleDevTools' },
        { type: 'separator' },
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
