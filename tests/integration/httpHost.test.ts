import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/core/bridge';
import { startHost, type RunningHost } from '../../electron/host/server';
import { openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
let host: RunningHost;

beforeAll(async () => {
  t = await openTestBackEnd();
  host = await startHost({ backEnd: t.backEnd });
});
afterAll(async () => {
  await host.close();
  await t.close();
});

function post(name: string, body: unknown, headers: Record<string, string> = { [TOKEN_HEADER]: host.token }) {
  return fetch(`${host.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('the HTTP browser host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('answers a call with the token', async () => {
    const res = await post('departments.list', {});
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; value: { code: string }[] };
    expect(body.ok).toBe(true);
    expect(body.value.map((d) => d.code)).toContain('SOF');
  });

  it('refuses a call without the token, and with a wrong one', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { [TOKEN_HEADER]: 'fel-nyckel' },
      { [TOKEN_HEADER]: `${host.token}x` },
    ];
    for (const headers of attempts) {
      const res = await post('departments.list', {}, headers);
      expect(res.status).toBe(403);
      const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(body.error.message).toMatch(/Åtkomst nekad/);
    }
  });

  it('refuses a write without the token and writes nothing', async () => {
    const before = (await t.call('departments.list', {})).length;
    const res = await post('departments.create', { code: 'XX', name: 'Intrång' }, {});
    expect(res.status).toBe(403);
    expect((await t.call('departments.list', {})).length).toBe(before);
  });

  it('refuses another Host header (DNS rebinding)', async () => {
    // fetch() may not set Host; a raw request can, as a rebinding page's would.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/departments.list',
          method: 'POST',
          headers: { host: `evil.example:${host.port}`, [TOKEN_HEADER]: host.token },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(421);
  });

  it('answers unknown procedures and bad JSON with an envelope', async () => {
    const unknown = (await (await post('units.drop', {})).json()) as { ok: boolean; error: { code: string } };
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const bad = await fetch(`${host.url}api/units.list`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token },
      body: '{nej',
    });
    expect(bad.status).toBe(400);
  });

  it('refuses GET on the API', async () => {
    const res = await fetch(`${host.url}api/units.list`, { headers: { [TOKEN_HEADER]: host.token } });
    expect(res.status).toBe(405);
  });
});
