/**
 * PDFs for the browser host: Chromium renders the same HTML the preview
 * shows (A4, CSS page size, backgrounds on). One headless Chromium and
 * one page in it are started on first use and kept, so a PDF costs only
 * setting the page's content and printing it: a new context and page for
 * each PDF cost about half of a contract's 0.5–1.1 s (bench, loaded
 * machine). PDFs are made one at a time on that page (scripts are off in
 * it, and each document replaces the previous one whole). The desktop app uses Electron's own printToPDF instead
 * (electron/main/shell.ts).
 */
import { chromium, type Browser, type Page } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let browser: Promise<Browser> | null = null;
let warmPage: Promise<Page> | null = null;
/** The PDF before this one, so the shared page prints one document at a time. */
let queue: Promise<unknown> = Promise.resolve();

function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

async function getBrowser(): Promise<Browser> {
  if (!browser) {
    browser = chromium.launch({ executablePath: chromiumPath(), args: ARGS }).catch((error: unknown) => {
      browser = null;
      throw new Error(
        `Chromium kunde inte startas för PDF (${chromiumPath()}): ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  }
  return browser;
}

async function getPage(): Promise<Page> {
  if (!warmPage) {
    warmPage = getBrowser()
      .then((b) => b.newContext({ javaScriptEnabled: false }))
      .then((context) => context.newPage());
    warmPage.catch(() => (warmPage = null));
  }
  const page = await warmPage;
  if (!page.isClosed()) return page;
  warmPage = null;
  return getPage();
}

async function printPdf(html: string): Promise<Buffer> {
  const page = await getPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } catch (error) {
    // A page that failed once is not trusted again: the next PDF gets a new one.
    warmPage = null;
    await page.context().close().catch(() => undefined);
    throw error;
  }
}

export function htmlToPdf(html: string): Promise<Buffer> {
  const result = queue.then(() => printPdf(html));
  queue = result.catch(() => undefined);
  return result;
}

export async function closePdfRenderer(): Promise<void> {
  const b = browser;
  browser = null;
  warmPage = null;
  if (b) await (await b).close();
}
