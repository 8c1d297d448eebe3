import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/core/bridge';
import { startHost, type RunningHost } from '../../electron/host/server';
import { MAX_FILE_BYTES } from '../../electron/features/imports/read';
import { xlsxBytes } from './importHelpers';
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

function upload(body: Buffer, headers: Record<string, string> = { [TOKEN_HEADER]: host.token }) {
  return fetch(`${host.url}uploads`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent('värdar 2026.xlsx'),
      ...headers,
    },
    body,
  });
}

describe('the browser host takes the file of an import', () => {
  it('stores the bytes and answers an upload the import procedures can name', async () => {
    const bytes = await xlsxBytes([
      {
        name: 'Blad1',
        rows: [
          ['Namn', 'Org.nr'],
          ['Första AP-fonden', '8572090606'],
        ],
      },
    ]);
    const res = await upload(bytes);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: true; value: { uploadId: string; fileName: string; size: number } };
    expect(body.value).toMatchObject({ fileName: 'värdar 2026.xlsx', size: bytes.length });
    const inspect = await t.call('imports.inspect', { uploadId: body.value.uploadId, register: 'organisations' });
    expect(inspect.columns.map((c) => c.field)).toEqual(['name', 'orgNumber']);
  });

  it('refuses without the token', async () => {
    const res = await upload(Buffer.from('x'), {});
    expect(res.status).toBe(403);
  });

  it('refuses a file over 50 MB with a Swedish message', async () => {
    const res = await upload(Buffer.alloc(MAX_FILE_BYTES + 1));
    expect(res.status).toBe(413);
    const body = (await res.json()) as { ok: false; error: { message: string } };
    expect(body.error.message).toBe('Filen är för stor; högst 50 MB kan läsas in.');
  });
});
