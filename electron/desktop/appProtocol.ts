/**
 * The renderer and printed documents are served over our own `app:`
 * scheme instead of `file:`: the page's origin is then `app://bostad`
 * wherever the app is installed, so the IPC sender check compares one
 * fixed origin. Comparing file paths failed on Windows: Chromium writes the
 * drive letter in upper case (a start from `c:\…` never matched), and a `%`
 * in a folder name made the URL undecodable. No Electron here: the main
 * process wires these rules to `protocol.handle` and `ipcMain`.
 */
import path from 'node:path';
import { contentSecurityPolicy } from '../host/csp';

export const APP_SCHEME = 'app';
/** The renderer's host: `app://bostad/index.html`. */
export const APP_HOST = 'bostad';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Printed documents, a separate origin with no script and no bridge: `app://document/<id>.html`. */
export const DOCUMENT_HOST = 'document';
export const RENDERER_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * The print window's policy: nothing but the document's own inline CSS and
 * the logo, which the settings hold as a data: URL.
 */
export function documentContentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for a URL of our renderer's origin (not a document, not file:, not a look-alike host). */
export function isAppOrigin(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.hostname === APP_HOST && u.port === '' && u.username === '';
}

/**
 * The IPC sender check: the call must come from the main frame of the main
 * window, showing our own page. `frameUrl` is what Electron reports for the
 * sending frame.
 */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrameOfMainWindow: boolean): boolean {
  return isMainFrameOfMainWindow && typeof frameUrl === 'string' && isAppOrigin(frameUrl);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
};

export interface ProtocolTarget {
  file: string;
  headers: Record<string, string>;
}

export interface ProtocolRoots {
  /** dist/renderer, inside the asar when packaged. */
  renderer: string;
  /** The temp folder printed documents are written to. */
  documents: string;
  /** `path` or `path.win32`, so the rules are tested as Windows applies them. */
  pathApi?: path.PlatformPath;
}

/**
 * The file an `app:` request is answered with, and its headers; null for
 * anything else (404). The URL's path is decoded once and must stay inside
 * its root: `..`, encoded separators and NUL are refused.
 */
export function protocolTarget(url: string, roots: ProtocolRoots): ProtocolTarget | null {
  const p = roots.pathApi ?? path;
  const u = parse(url);
  if (!u || u.protocol !== `${APP_SCHEME}:` || u.port !== '' || u.username !== '') return null;
  let relative: string;
  try {
    relative = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (/[\\\0]/.test(relative) || relative.split('/').some((s) => s === '..' || s === '.')) return null;
  relative = relative.replace(/^\/+/, '');
  const security = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
  if (u.hostname === APP_HOST) {
    const file = p.join(roots.renderer, relative === '' ? 'index.html' : relative);
    if (!file.startsWith(p.join(roots.renderer, p.sep)) && file !== roots.renderer) return null;
    return {
      file,
      headers: {
        'content-type': MIME[p.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy(),
        ...security,
      },
    };
  }
  if (u.hostname === DOCUMENT_HOST) {
    // Only the documents this process wrote: <uuid>.html, flat.
    if (!/^[0-9a-f-]{36}\.html$/.test(relative)) return null;
    return {
      file: p.join(roots.documents, relative),
      headers: {
        'content-type': MIME['.html']!,
        'content-security-policy': documentContentSecurityPolicy(),
        'cache-control': 'no-store',
        ...security,
      },
    };
  }
  return null;
}
