/**
 * The browser host: the same back end over HTTP on 127.0.0.1, for demos and
 * for tests that drive the real UI in Chromium. It moves bytes only:
 * `POST /api/<procedure>` with a JSON body → dispatch → the JSON envelope.
 *
 * Other pages open in the user's browser could reach 127.0.0.1 too, so every
 * API call must carry this run's random token in a header. A cross-site page
 * cannot read the token, and setting a custom header forces a CORS preflight
 * we never answer. The Host header is checked against DNS rebinding, and
 * an Origin header, when a browser sends one, must be our own.
 *
 * No request can take the host down: the handler catches everything, answers
 * 500 with a request id, and logs the error (never a body) under that id.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Envelope } from '../../shared/core/result';
import type { BackEnd } from '../core/context';
import { dispatch } from '../core/dispatch';
import { finishedExportFile, forgetJob } from '../features/exports/jobs';
import { log, safeError } from '../core/log';
import { MAX_FILE_BYTES } from '../features/imports/read';
import { storeUpload } from '../features/imports/uploads';
import { TOKEN_HEADER } from '../../shared/core/bridge';
import { contentSecurityPolicy } from './csp';
import { serveEvents } from './events';
import { htmlToPdf } from './pdf';

// A 25 MB attachment arrives as base64 in JSON: about 34 MB.
const MAX_BODY_BYTES = 40 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface HostOptions {
  backEnd: BackEnd;
  /** The built renderer (dist/renderer); API only when absent. */
  staticDir?: string;
  port?: number;
  token?: string;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function readBytes(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  return (await readBytes(req, MAX_BODY_BYTES)).toString('utf8');
}

/**
 * `POST /uploads` with the file's bytes as the body and its name in
 * x-file-name: the file a user chose for an import, the reverse of
 * /files/. Answers the upload's id, which the import procedures take.
 */
async function receiveUpload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? 0);
  const tooLarge = {
    ok: false as const,
    error: {
      code: 'VALIDATION' as const,
      message: `Filen är för stor; högst ${MAX_FILE_BYTES / 1024 / 1024} MB kan läsas in.`,
    },
  };
  if (declared > MAX_FILE_BYTES) {
    sendJson(res, 413, tooLarge);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readBytes(req, MAX_FILE_BYTES);
  } catch {
    sendJson(res, 413, tooLarge);
    return;
  }
  const name = decodePath(String(req.headers['x-file-name'] ?? 'fil')) ?? 'fil';
  sendJson(res, 200, { ok: true, value: storeUpload(bytes, name) });
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  name: string,
  options: HostOptions,
  requestId: string,
): Promise<void> {
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body === '' ? {} : (JSON.parse(body) as unknown);
  } catch {
    sendJson(res, 400, {
      ok: false,
      error: { code: 'VALIDATION', message: 'Begäran kunde inte läsas (ogiltig JSON).' },
    });
    return;
  }
  sendJson(res, 200, await dispatch(name, input, options.backEnd, { requestId }));
}

/** Refuses with a JSON envelope unless the request is a POST with this run's token. */
function authorised(req: http.IncomingMessage, res: http.ServerResponse, token: string): boolean {
  if (req.method !== 'POST') {
    sendJson(res, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'Endast POST.' } });
    return false;
  }
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    sendJson(res, 403, {
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'Åtkomst nekad: sidan saknar rätt nyckel. Öppna adressen som programmet skrev ut.',
      },
    });
    return false;
  }
  return true;
}

function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** `POST /files/<job>`: the finished export, as a download. */
function serveExportFile(res: http.ServerResponse, jobId: string): void {
  let found: { file: string; fileName: string };
  let size: number;
  try {
    found = finishedExportFile(jobId);
    // The file may have gone (cleaned, or the temp folder emptied) since the job finished.
    size = fs.statSync(found.file).size;
  } catch {
    sendJson(res, 404, {
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Exporten finns inte längre. Starta den igen.' },
    });
    return;
  }
  const type = found.fileName.endsWith('.csv')
    ? 'text/csv; charset=utf-8'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  res.writeHead(200, {
    'content-type': type,
    'content-disposition': attachment(found.fileName),
    'content-length': size,
    'cache-control': 'no-store',
  });
  fs.createReadStream(found.file)
    .on('end', () => forgetJob(jobId))
    .on('error', () => res.destroy())
    .pipe(res);
}

/** `POST /shell/pdf` with `{ html }`: the same HTML as an A4 PDF, rendered by Chromium. */
async function servePdf(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  let html: unknown;
  try {
    html = (JSON.parse(await readBody(req)) as { html?: unknown }).html;
  } catch {
    html = undefined;
  }
  if (typeof html !== 'string') {
    sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Begäran saknar dokument.' } });
    return;
  }
  const pdf = await htmlToPdf(html);
  res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': pdf.length, 'cache-control': 'no-store' });
  res.end(pdf);
}

function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, staticDir: string, pathname: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  const root = path.resolve(staticDir);
  const decoded = decodePath(pathname);
  if (decoded === null || decoded.includes('\0')) {
    res.writeHead(400).end();
    return;
  }
  let file = path.resolve(root, `.${decoded}`);
  if (!file.startsWith(root + path.sep) && file !== root) {
    res.writeHead(404).end();
    return;
  }
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  const type = MIME[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, {
    'content-type': type,
    'content-security-policy': contentSecurityPolicy(),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  });
  if (req.method === 'HEAD') res.end();
  else
    fs.createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
}

/** `decodeURIComponent`, or null for broken percent-encoding (`/%`, `/%c0%ae`). */
function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** A browser names the page that sent a request; only our own page may call the host. */
function originAllowed(req: http.IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function route(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: HostOptions,
  token: string,
  port: number,
  requestId: string,
): Promise<void> | void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const host = req.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('Fel värdnamn.');
    return;
  }
  const api =
    url.pathname.startsWith('/api/') ||
    url.pathname.startsWith('/files/') ||
    url.pathname === '/shell/pdf' ||
    url.pathname === '/uploads' ||
    url.pathname === '/events';
  if (api && !originAllowed(req, port)) {
    sendJson(res, 403, {
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Åtkomst nekad: anropet kom från en annan webbplats.' },
    });
    return;
  }
  if (url.pathname.startsWith('/api/')) {
    if (authorised(req, res, token)) return handleApi(req, res, url.pathname.slice('/api/'.length), options, requestId);
    return;
  }
  if (url.pathname.startsWith('/files/')) {
    if (!authorised(req, res, token)) return;
    const jobId = decodePath(url.pathname.slice('/files/'.length));
    if (jobId === null) {
      sendJson(res, 404, {
        ok: false,
        error: { code: 'NOT_FOUND', message: 'Exporten finns inte längre. Starta den igen.' },
      });
      return;
    }
    serveExportFile(res, jobId);
    return;
  }
  if (url.pathname === '/shell/pdf') {
    if (authorised(req, res, token)) return servePdf(req, res);
    return;
  }
  if (url.pathname === '/events') {
    if (authorised(req, res, token)) serveEvents(req, res, options.backEnd);
    return;
  }
  if (url.pathname === '/uploads') {
    if (authorised(req, res, token)) return receiveUpload(req, res);
    return;
  }
  if (options.staticDir) serveStatic(req, res, options.staticDir, url.pathname);
  else res.writeHead(404).end();
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  let port = 0;
  const server = http.createServer((req, res) => {
    const requestId = crypto.randomUUID();
    const fail = (error: unknown) => {
      log().error({ requestId, method: req.method, err: safeError(error) }, 'host request failed');
      if (res.headersSent) res.destroy();
      else
        sendJson(res, 500, {
          ok: false,
          error: { code: 'INTERNAL', message: `Ett oväntat fel inträffade (begäran ${requestId}).` },
        });
    };
    try {
      const pending = route(req, res, options, token, port, requestId);
      if (pending) pending.catch(fail);
    } catch (error) {
      fail(error);
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
