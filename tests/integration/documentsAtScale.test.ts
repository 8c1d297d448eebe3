/**
 * Printing that scales: 50 kommunala kontrakt with a 500 kB logo make one
 * document in which the logo is once, written to a temp file for the print
 * window (the desktop path), and rendered to a 50-page PDF with the logo on
 * every page (Chromium behind the browser host). The desktop used to load
 * documents as data: URLs, which Electron refuses over 2 MiB.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBestand } from '../../electron/demo/bestand';
import { seedHouseholds } from '../../electron/demo/households';
import { Random } from '../../electron/demo/random';
import { protocolTarget } from '../../electron/desktop/appProtocol';
import { clearFolder, documentDir, removeDocument, writeDocument } from '../../electron/desktop/documentFiles';
import { closePdfRenderer } from '../../electron/host/pdf';
import { TOKEN_HEADER } from '../../shared/core/bridge';
import { startHost, type RunningHost } from '../../electron/host/server';
import { noisePng } from '../fixtures/png';
import { openTestBackEnd, tempDir, type TestBackEnd } from './testBackEnd';

const DATA_URL_LIMIT = 2 * 1024 * 1024;
let t: TestBackEnd;
let host: RunningHost;
let logo: Buffer;
beforeAll(async () => {
  t = await openTestBackEnd();
  const random = new Random();
  await seedHouseholds(t.backEnd, random, await seedBestand(t.backEnd, random, 300));
  host = await startHost({ backEnd: t.backEnd });
  logo = noisePng(405, 405);
  const org = await t.call('settings.organisation', {});
  await t.call('settings.setOrganisation', {
    value: { ...org.value, logoDataUrl: `data:image/png;base64,${logo.toString('base64')}` },
    version: org.version,
  });
}, 120_000);
afterAll(async () => {
  await host?.close();
  await closePdfRenderer();
  await t?.close();
});

describe('50 contracts with a 500 kB logo', () => {
  it('make one document with the logo once, loaded from a temp file and printed to a 50-page PDF with the logo on every page', async () => {
    expect(logo.length).toBeGreaterThan(480_000);
    const contracts = await t.call('contracts.list', { limit: 50 });
    expect(contracts.rows.length).toBe(50);
    const doc = await t.call('documents.render', { kind: 'contract', ids: contracts.rows.map((c) => c.id) });
    const base64 = logo.toString('base64');
    expect(doc.html.split(base64).length - 1).toBe(1);
    console.log(
      `50 contracts, logo ${logo.length} bytes: document ${Buffer.byteLength(doc.html)} bytes (the logo once)`,
    );
    expect(doc.html.match(/class="logo"/g)?.length).toBe(50);
    // As a data: URL this batch was refused; one logo plus 50 contracts is well under it.
    expect(encodeURIComponent(doc.html).length).toBeLessThan(DATA_URL_LIMIT);

    const dir = path.join(tempDir(), 'dokument');
    const written = await writeDocument(dir, doc.html);
    expect(written.url).toMatch(/^app:\/\/document\/[0-9a-f-]{36}\.html$/);
    expect(protocolTarget(written.url, { renderer: '/nowhere', documents: dir })!.file).toBe(written.file);
    expect(fs.readFileSync(written.file, 'utf8')).toBe(doc.html);

    const res = await fetch(`${host.url}shell/pdf`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token },
      body: JSON.stringify({ html: fs.readFileSync(written.file, 'utf8') }),
    });
    expect(res.status).toBe(200);
    await removeDocument(written);
    expect(fs.existsSync(written.file)).toBe(false);

    const pdf = path.join(tempDir('bostad-batch-'), 'kontrakt.pdf');
    fs.writeFileSync(pdf, Buffer.from(await res.arrayBuffer()));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
    expect(pages).toBeGreaterThanOrEqual(50);
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    for (const c of contracts.rows) expect(text).toContain(c.contractNumber);
    // pdfimages lists each page's images: every contract's first page shows the logo.
    const images = execFileSync('pdfimages', ['-list', pdf]).toString().trim().split('\n').slice(2);
    const pagesWithLogo = new Set(images.map((line) => Number(line.trim().split(/\s+/)[0])));
    expect(pagesWithLogo.size).toBe(50);
    // The PDF holds the image once, referenced from every page, not 50 copies.
    expect(fs.statSync(pdf).size).toBeLessThan(50 * logo.length);
  }, 120_000);
});

describe('the document temp file', () => {
  it('takes a 3 MB document, gives a short app://document URL, and is cleared with its folder', async () => {
    const dir = documentDir(tempDir());
    const html = `<!doctype html><html><body>${'<p>Kommunalt kontrakt — Bostad Först, Åsa Öberg</p>\n'.repeat(60_000)}</body></html>`;
    expect(Buffer.byteLength(html)).toBeGreaterThan(3_000_000);
    const doc = await writeDocument(dir, html);
    expect(doc.url.length).toBeLessThan(80);
    expect(fs.readFileSync(doc.file, 'utf8')).toBe(html);
    if (process.platform !== 'win32') expect(fs.statSync(doc.file).mode & 0o777).toBe(0o600);
    clearFolder(dir);
    expect(fs.existsSync(dir)).toBe(false);
  });
});
