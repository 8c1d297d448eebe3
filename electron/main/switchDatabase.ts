/**
 * Arkiv → Byt databas… / Skapa ny databas…: the chosen file is opened and
 * checked like at start before it becomes the setting; a failure is shown
 * in Swedish and the app stays on the database it has.
 */
import { app, dialog, type BrowserWindow } from 'electron';
import { openAndCheck } from '../desktop/databaseCheck';
import { writeSettings } from './settings';
import { pickExistingDatabase, pickNewDatabase } from './startWindow';
import fs from 'node:fs';

export async function switchDatabase(win: BrowserWindow, current: string, how: 'open' | 'create'): Promise<void> {
  const file = how === 'open' ? await pickExistingDatabase(current) : await pickNewDatabase();
  if (!file || file === current) return;
  const result = await openAndCheck(file, { create: how === 'create' || !fs.existsSync(file) });
  if (!result.ok) {
    await dialog.showMessageBox(win, {
      type: 'warning',
      title: 'Bostadsportföljen',
      message: 'Databasen kunde inte öppnas',
      detail: `${result.message}\n\nDu arbetar vidare i ${current}.`,
    });
    return;
  }
  await result.database.close();
  writeSettings(app.getPath('userData'), { databasePath: file });
  // A fresh start opens the new database through the same checks, with nothing of the old one left in memory.
  app.relaunch();
  app.quit();
}
