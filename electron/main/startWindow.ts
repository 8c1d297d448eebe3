/**
 * The start window: Swedish message boxes and file dialogs that the start
 * loop (electron/desktop/startup.ts) drives before the main window exists.
 * Open dialogs pick a file (`openFile`) and, on Windows, may name a new one
 * (`promptToCreate`); a save dialog would ask to replace the shared file.
 */
import path from 'node:path';
import { app, dialog } from 'electron';
import type { StartUi } from '../desktop/startup';

export const DATABASE_FILTERS = [
  { name: 'Bostadsportföljen-databas', extensions: ['sqlite', 'db'] },
  { name: 'Alla filer', extensions: ['*'] },
];

export async function pickExistingDatabase(current?: string): Promise<string | null> {
  const result = await dialog.showOpenDialog({
    title: 'Öppna gemensam databas',
    buttonLabel: 'Öppna',
    ...(current ? { defaultPath: path.dirname(current) } : {}),
    filters: DATABASE_FILTERS,
    properties: ['openFile', 'promptToCreate', 'dontAddToRecent'],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function pickNewDatabase(): Promise<string | null> {
  const result = await dialog.showSaveDialog({
    title: 'Skapa ny databas',
    buttonLabel: 'Skapa',
    defaultPath: path.join(app.getPath('documents'), 'Bostadsportföljen.sqlite'),
    filters: DATABASE_FILTERS.slice(0, 1),
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}

export const startUi: StartUi = {
  async ask(prompt) {
    const { response } = await dialog.showMessageBox({
      type: prompt.choices.some((c) => c.choice === 'retry' || c.choice === 'release-lock') ? 'warning' : 'question',
      title: prompt.title,
      message: prompt.message,
      detail: prompt.detail,
      buttons: prompt.choices.map((c) => c.label),
      defaultId: 0,
      cancelId: prompt.choices.length - 1,
      noLink: true,
    });
    return prompt.choices[response]?.choice ?? 'quit';
  },
  pickExisting: () => pickExistingDatabase(),
  pickNew: () => pickNewDatabase(),
  async wait(message, ms) {
    // A message that closes itself when the wait is over; "Avbryt" only ends the wait early.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms);
    await dialog
      .showMessageBox({
        type: 'info',
        title: 'Bostadsportföljen',
        message: 'Databasen uppdateras',
        detail: message,
        buttons: ['Försök nu'],
        signal: controller.signal,
      })
      .catch(() => undefined);
    clearTimeout(timer);
  },
};
