/**
 * The renderer's origin and the `app:` protocol's file mapping, as the
 * Electron main process uses them. The old sender check compared file
 * URLs, which broke when Windows started the app from `c:\…` (Chromium
 * writes `C:`) or from a folder with `%` in its name; the origin does not
 * depend on where the app is installed.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  isAppOrigin,
  isTrustedSender,
  protocolTarget,
  RENDERER_ENTRY,
} from '../../electron/desktop/appProtocol';

const INSTALLS = [
  'c:\\Users\\anna\\AppData\\Local\\Programs\\bostadsportfoljen',
  'C:\\Users\\anna\\AppData\\Local\\Programs\\bostadsportfoljen',
  'C:\\Program Files\\Bostadsportföljen',
  'C:\\Users\\Åsa Öberg\\AppData\\Local\\Programs\\Bostadsportföljen – ärenden',
  'C:\\Users\\anna\\100% rätt\\Bostadsportföljen',
  'C:\\Users\\anna\\%41%2e\\app',
  '\\\\srv-fil01\\program$\\Bostadsportföljen',
];

describe('the renderer origin app://bostad', () => {
  it('trusts the main frame of the main window showing app://bostad, wherever the app is installed', () => {
    for (const install of INSTALLS) {
      const renderer = path.win32.join(install, 'resources', 'app.asar', 'dist', 'renderer');
      const target = protocolTarget(`${RENDERER_ENTRY}#/bostader`, {
        renderer,
        documents: 'D:\\tmp',
        pathApi: path.win32,
      });
      expect(target?.file).toBe(path.win32.join(renderer, 'index.html'));
      expect(isTrustedSender(`${RENDERER_ENTRY}#/bostader?q=%C3%A5`, true)).toBe(true);
      expect(isTrustedSender(`${APP_ORIGIN}/`, true)).toBe(true);
    }
  });

  it('refuses file: pages (whatever the drive letter), other hosts, look-alikes, documents and sub-frames, without throwing', () => {
    const refused = [
      'file:///C:/Program%20Files/Bostadsportf%C3%B6ljen/resources/app.asar/dist/renderer/index.html',
      'file:///c:/Users/anna/100%25%20r%C3%A4tt/index.html',
      'file:///c:/Users/anna/100% rätt/index.html',
      'app://document/8a1f2c3e-0000-4000-8000-000000000000.html',
      'app://bostad.example.com/index.html',
      'app://bostad:8080/index.html',
      'app://user@bostad/index.html',
      'https://bostad/index.html',
      'http://127.0.0.1:5174/',
      'about:blank',
      'data:text/html,<p>x</p>',
      '%E0%A4%A',
      '',
    ];
    for (const url of refused) {
      expect(() => isTrustedSender(url, true)).not.toThrow();
      expect(isTrustedSender(url, true), url).toBe(false);
    }
    expect(isTrustedSender(RENDERER_ENTRY, false)).toBe(false);
    expect(isTrustedSender(null, true)).toBe(false);
    expect(isAppOrigin(pathToFileURL('/opt/bostad/index.html').href)).toBe(false);
  });
});

describe('the app: protocol maps requests to files inside their folder only', () => {
  const roots = {
    renderer: 'C:\\Users\\Åsa\\100% rätt\\resources\\app.asar\\dist\\renderer',
    documents: 'C:\\Users\\Åsa\\AppData\\Local\\Temp\\bostadsportfoljen-dokument',
    pathApi: path.win32,
  };

  it('serves the renderer with its CSP, decoding the URL path once (spaces, å/ä/ö)', () => {
    const js = protocolTarget('app://bostad/assets/index-B1.js', roots)!;
    expect(js.file).toBe(`${roots.renderer}\\assets\\index-B1.js`);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'/);
    expect(protocolTarget('app://bostad/assets/m%C3%A5l%20bild.png', roots)!.file).toBe(
      `${roots.renderer}\\assets\\mål bild.png`,
    );
  });

  it('refuses traversal, encoded separators, NUL and malformed escapes', () => {
    // The URL parser resolves `..` (also written %2e%2e) before we see it: it cannot climb out.
    expect(protocolTarget('app://bostad/../../secret.txt', roots)!.file).toBe(`${roots.renderer}\\secret.txt`);
    expect(protocolTarget('app://bostad/assets/%2e%2e/%2e%2e/x', roots)!.file).toBe(`${roots.renderer}\\x`);
    for (const url of [
      'app://bostad/assets/..%5c..%5cwindows%5cwin.ini',
      'app://bostad/%00.js',
      'app://bostad/%E0%A4%A',
      'app://other/index.html',
    ]) {
      expect(protocolTarget(url, roots), url).toBeNull();
    }
  });

  it('serves only flat document files, with the print CSP default-src none', () => {
    const id = '8a1f2c3e-1234-4abc-8def-0123456789ab';
    const doc = protocolTarget(`app://document/${id}.html`, roots)!;
    expect(doc.file).toBe(`${roots.documents}\\${id}.html`);
    expect(doc.headers['content-security-policy']).toMatch(
      /^default-src 'none'; style-src 'unsafe-inline'; img-src data:/,
    );
    expect(doc.headers['content-security-policy']).not.toMatch(/script-src/);
    expect(protocolTarget('app://document/index.html', roots)).toBeNull();
    expect(protocolTarget(`app://document/sub/${id}.html`, roots)).toBeNull();
  });
});
