/**
 * The locks on the renderer (Electron's security checklist, see README):
 * our own `app:` scheme with CSP headers instead of file://, no permission
 * granted to any page, no navigation, no new windows, no webviews.
 */
import fs from 'node:fs';
import { app, protocol, session } from 'electron';
import { APP_SCHEME, protocolTarget, type ProtocolRoots } from '../desktop/appProtocol';

/** Must run before `app` is ready. `standard` gives the scheme real origins; `secure` treats it like https. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the renderer and printed documents; anything else is a 404. */
export function serveAppScheme(roots: ProtocolRoots): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = protocolTarget(request.url, roots);
    if (!target || request.method !== 'GET') return new Response(null, { status: 404 });
    try {
      const body = await fs.promises.readFile(target.file);
      return new Response(new Uint8Array(body), { status: 200, headers: target.headers });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}

export function lockDownSessions(): void {
  const ses = session.defaultSession;
  // Nothing the app does needs a browser permission (camera, notifications, clipboard read, …).
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // No downloads: files are saved by the shell through its own dialogs.
  ses.on('will-download', (event) => event.preventDefault());

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
