/**
 * PDFs for the browser host: Chromium renders the same HTML the preview
 * shows (A4, CSS page size, backgrounds on). One headless Chromium is
 * started on first use and kept, so each PDF costs a page, not a browser
 * start. The desktop app uses Electron's own printToPDF instead
 * (electron/main/shell.ts).
 */
import { chromium, type Browser } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let browser: Promise<Browser> | null = null;

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

export async function htmlToPdf(html: string): Promise<Buffer> {
  const context = await (await getBrowser()).newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await context.close();
  }
}

export async function closePdfRenderer(): Promise<void> {
  const b = browser;
  browser = null;
  if (b) await (await b).close();
}
