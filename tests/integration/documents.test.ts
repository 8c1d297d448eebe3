import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePdfRenderer } from '../../electron/host/pdf';
import { startHost, TOKEN_HEADER, type RunningHost } from '../../electron/host/server';
import { DEFAULT_INFO_MATERIAL } from '../../shared/settings/defaults';
import { openTestBackEnd, tempDir, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
let host: RunningHost;
beforeAll(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  host = await startHost({ backEnd: t.backEnd });
});
afterAll(async () => {
  await host.close();
  await closePdfRenderer();
  await t.close();
});

describe('settings for printed documents', () => {
  it('starts from defaults, saves with a version, and refuses a stale save naming who saved first', async () => {
    const initial = await t.call('settings.infoMaterial', {});
    expect(initial).toMatchObject({ version: 0, value: DEFAULT_INFO_MATERIAL });
    const saved = await t.call('settings.setInfoMaterial', { value: { ...initial.value, title: 'Ny rubrik' }, version: 0 });
    expect(saved).toMatchObject({ version: 1, value: { title: 'Ny rubrik' } });
    const stale = await t.send('settings.setInfoMaterial', { value: { ...initial.value, title: 'Annan rubrik' }, version: 0 });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    expect((await t.call('settings.infoMaterial', {})).value.title).toBe('Ny rubrik');
  });

  it('refuses a logo that is not an image, naming the field', async () => {
    const org = await t.call('settings.organisation', {});
    const result = await t.send('settings.setOrganisation', { value: { ...org.value, logoDataUrl: 'data:text/html;base64,PHNjcmlwdD4=' }, version: org.version });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.['value.logoDataUrl']).toMatch(/^Logotyp: välj en PNG-, JPEG- eller SVG-bild/);
  });
});

describe('documents', () => {
  it('escapes every piece of user data: a <script> prints as text', async () => {
    const current = await t.call('settings.infoMaterial', {});
    await t.call('settings.setInfoMaterial', {
      value: { title: '<script>alert("x")</script> Info', body: '# Rubrik <b>fet</b>\n\nStycke & "citat"', contacts: null },
      version: current.version,
    });
    const doc = await t.call('documents.render', { kind: 'infoMaterial' });
    expect(doc.html).not.toContain('<script>alert');
    expect(doc.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Info');
    expect(doc.html).toContain('<h2>Rubrik &lt;b&gt;fet&lt;/b&gt;</h2>');
    expect(doc.html).toContain('<p>Stycke &amp; &quot;citat&quot;</p>');
    // Characters a file system refuses are replaced in the suggested file name.
    expect(doc.fileName).toBe('-script-alert(-x-)--script- Info.pdf');
  });

  it('renders an A4 PDF through the browser host that a real reader opens', async () => {
    const current = await t.call('settings.infoMaterial', {});
    await t.call('settings.setInfoMaterial', { value: DEFAULT_INFO_MATERIAL, version: current.version });
    const doc = await t.call('documents.render', { kind: 'infoMaterial' });
    const res = await fetch(`${host.url}shell/pdf`, { method: 'POST', headers: { [TOKEN_HEADER]: host.token }, body: JSON.stringify({ html: doc.html }) });
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = tempDir('bostad-pdf-');
    const file = path.join(dir, 'info.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Om ditt kommunala kontrakt');
    expect(text).toContain('Besittningsskydd');
    expect(text).toMatch(/Sida 1 av \d/);
    // A4 is 595 × 842 points.
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Page size:\s+(595(\.\d+)? x 84[12](\.\d+)?|.*\(A4\))/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    expect(fs.readdirSync(dir).some((f) => f.startsWith('page') && f.endsWith('.png'))).toBe(true);
  }, 60_000);

  it('refuses the PDF endpoint without the token', async () => {
    const res = await fetch(`${host.url}shell/pdf`, { method: 'POST', body: JSON.stringify({ html: '<p>x</p>' }) });
    expect(res.status).toBe(403);
  });
});
