/**
 * The browser host under hostile requests: no request takes it down, other
 * sites cannot call it, and the PDF renderer fetches nothing.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLog } from '../../electron/core/log';
import { closePdfRenderer } from '../../electron/host/pdf';
import { TOKEN_HEADER } from '../../shared/core/bridge';
import { startHost, type RunningHost } from '../../electron/host/server';
import { TEST_PERSONNUMMER } from '../fixtures/testIdentityNumbers';
import { waitForJob } from './exportHelpers';
import { openTestBackEnd, tempDir, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
let host: RunningHost;
let logDir: string;

beforeAll(async () => {
  t = await openTestBackEnd();
  const staticDir = path.join(t.dir, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  logDir = tempDir('bostad-log-');
  openLog(logDir);
  host = await startHost({ backEnd: t.backEnd, staticDir });
});
afterAll(async () => {
  await host.close();
  await closePdfRenderer();
  await t.close();
  openLog();
});

/** A raw request, so the path is sent exactly as written (fetch would normalise it). */
function raw(
  method: string,
  requestPath: string,
  headers: Record<string, string> = {},
  body = '',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: requestPath,
        method,
        headers: { host: `127.0.0.1:${host.port}`, ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function stillServing(): Promise<void> {
  const res = await raw('POST', '/api/departments.list', { [TOKEN_HEADER]: host.token }, '{}');
  expect(res.status).toBe(200);
}

describe('no request takes the host down', () => {
  it('answers broken percent-encoding in a page path with 400, without a token', async () => {
    for (const bad of ['/%', '/%c0%ae', '/assets/%E0%A4%A', '/%00']) {
      const res = await raw('GET', bad);
      expect(res.status, bad).toBe(400);
    }
    await stillServing();
  });

  it('answers broken percent-encoding in an export download with 404', async () => {
    const res = await raw('POST', '/files/%', { [TOKEN_HEADER]: host.token });
    expect(res.status).toBe(404);
    await stillServing();
  });

  it('answers 404 for an export whose file has gone', async () => {
    const job = await waitForJob(
      t,
      await t.call('exports.start', {
        source: 'organisations',
        format: 'csv',
        columns: [{ id: 'name', header: 'Namn', type: 'text' }],
        title: 'Organisationer',
      }),
    );
    expect(job.status).toBe('done');
    const dir = fs.readdirSync(path.dirname(fileOfJob(job.id)));
    expect(dir.some((f) => f.startsWith(job.id))).toBe(true);
    fs.rmSync(fileOfJob(job.id));
    const res = await raw('POST', `/files/${job.id}`, { [TOKEN_HEADER]: host.token });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await stillServing();
  });

  it('answers an error inside a handler with 500 and a request id, and logs no body', async () => {
    const saved = process.env['CHROMIUM_PATH'];
    process.env['CHROMIUM_PATH'] = path.join(t.dir, 'no-such-chromium');
    try {
      await closePdfRenderer();
      const secret = TEST_PERSONNUMMER[4]!;
      const res = await raw(
        'POST',
        '/shell/pdf',
        { [TOKEN_HEADER]: host.token },
        JSON.stringify({ html: `<p>${secret}</p>` }),
      );
      expect(res.status).toBe(500);
      const body = JSON.parse(res.body) as { ok: boolean; error: { code: string; message: string } };
      expect(body.error.code).toBe('INTERNAL');
      const requestId = /begäran ([0-9a-f-]{36})/.exec(body.error.message)?.[1];
      expect(requestId).toBeDefined();
      const logged = fs.readFileSync(path.join(logDir, 'bostadsportfoljen.log'), 'utf8');
      expect(logged).toContain(requestId);
      expect(logged).not.toContain(secret);
      expect(logged).not.toContain(secret.slice(0, 8));
    } finally {
      if (saved === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = saved;
      await closePdfRenderer();
    }
    await stillServing();
  });
});

function fileOfJob(id: string): string {
  const dirs = fs.readdirSync(path.join(path.dirname(tempDir()), ''));
  for (const d of dirs.filter((n) => n.startsWith('bostadsportfoljen-'))) {
    const base = path.join(path.dirname(tempDir()), d, `exports-${process.pid}`);
    if (!fs.existsSync(base)) continue;
    const found = fs.readdirSync(base).find((f) => f.startsWith(id));
    if (found) return path.join(base, found);
  }
  throw new Error(`no file for job ${id}`);
}

describe('only our own page may call the host', () => {
  it('refuses an API call, an export download and a PDF from another origin', async () => {
    for (const p of ['/api/departments.list', '/files/x', '/shell/pdf']) {
      const res = await raw('POST', p, { [TOKEN_HEADER]: host.token, origin: 'http://evil.example' }, '{}');
      expect(res.status, p).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const other = await raw('POST', '/api/departments.list', { [TOKEN_HEADER]: host.token, origin: 'null' }, '{}');
    expect(other.status).toBe(403);
  });

  it('accepts its own origin', async () => {
    const res = await raw(
      'POST',
      '/api/departments.list',
      { [TOKEN_HEADER]: host.token, origin: `http://127.0.0.1:${host.port}` },
      '{}',
    );
    expect(res.status).toBe(200);
  });
});

describe('the PDF renderer', () => {
  it('fetches nothing the HTML names: no image, frame, stylesheet or font', async () => {
    const hits: string[] = [];
    const probe = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>HEMLIGT-FRAN-API</p>');
    });
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
    const at = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    try {
      const html = `<!doctype html><html><head><link rel="stylesheet" href="${at}/style.css">
        <style>@font-face { font-family: x; src: url(${at}/font.woff2) } body { font-family: x }</style></head>
        <body><p>Dokument</p><img src="${at}/image.png"><iframe src="${at}/frame"></iframe>
        <object data="${at}/object"></object><div style="background:url(${at}/bg.png)">x</div></body></html>`;
      const res = await fetch(`${host.url}shell/pdf`, {
        method: 'POST',
        headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
        body: JSON.stringify({ html }),
      });
      expect(res.status).toBe(200);
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(hits).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => probe.close(() => resolve()));
    }
  });
});
