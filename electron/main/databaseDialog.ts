/**
 * Arkiv → Databas…: a small window with a plain HTML form for the
 * PostgreSQL server (or going back to the file). No preload and no script:
 * the form submits to a `bostad-db:` address, which the window never loads;
 * the shell reads the fields from it, checks them (desktopConnection.ts),
 * and either shows the form again with the Swedish message or saves
 * (password through safeStorage) and restarts the app on the new database.
 */
import { app, BrowserWindow } from 'electron';
import {
  readDatabaseSettings,
  serverSettingsFromForm,
  writeDatabaseSettings,
  type ServerForm,
} from '../db/desktopConnection';
import { safeStorageBox } from './secretBox';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(form: ServerForm, message: string): string {
  const field = (name: keyof ServerForm, label: string, type = 'text') =>
    `<label>${label}<input name="${name}" type="${type}" value="${type === 'password' ? '' : esc(form[name])}"></label>`;
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Databas</title>
<style>body{font:14px system-ui;margin:20px}label{display:block;margin:8px 0}input{display:block;width:100%}
.fel{color:#a00}button{margin-top:12px;margin-right:8px}</style></head><body>
<p>Bostadsportföljen använder databasfilen tills du anger en PostgreSQL-server här. Lösenordet sparas krypterat av operativsystemet.</p>
${message ? `<p class="fel" role="alert">${esc(message)}</p>` : ''}
<form action="bostad-db://spara" method="get">
${field('host', 'Server')}${field('port', 'Port')}${field('database', 'Databas')}${field('user', 'Användare')}${field('password', 'Lösenord', 'password')}
<button type="submit">Spara och starta om</button></form>
<form action="bostad-db://fil" method="get"><button type="submit">Använd databasfilen i stället</button></form>
</body></html>`;
}

function show(win: BrowserWindow, form: ServerForm, message: string): void {
  void win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(page(form, message))}`);
}

export function openDatabaseDialog(parent: BrowserWindow): void {
  const saved = readDatabaseSettings(app.getPath('userData'))?.server;
  const initial: ServerForm = {
    host: saved?.host ?? '',
    port: String(saved?.port ?? 5432),
    database: saved?.database ?? 'bostadsportfoljen',
    user: saved?.user ?? '',
    password: '',
  };
  const win = new BrowserWindow({
    parent,
    modal: true,
    width: 460,
    height: 560,
    title: 'Databas',
    // Written out here, as in every window: Electronegativity checks the literal options.
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      // A middle click would open a link in a new window; new windows are denied anyway, this stops the event.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  win.setMenu(null);
  win.webContents.on('will-navigate', (event, url) => {
    event.preventDefault();
    const target = new URL(url);
    if (target.protocol !== 'bostad-db:') return;
    if (target.hostname === 'fil') {
      writeDatabaseSettings(app.getPath('userData'), { engine: 'sqlite' });
    } else {
      const q = target.searchParams;
      const form: ServerForm = {
        host: q.get('host') ?? '',
        port: q.get('port') ?? '',
        database: q.get('database') ?? '',
        user: q.get('user') ?? '',
        password: q.get('password') ?? '',
      };
      const result = serverSettingsFromForm(form, safeStorageBox);
      if (!result.ok) return show(win, form, result.message);
      writeDatabaseSettings(app.getPath('userData'), result.settings);
    }
    app.relaunch();
    app.exit(0);
  });
  show(win, initial, '');
}
