/**
 * PDFs for the browser host: Chromium renders the same HTML the preview
 * shows (A4, CSS page size, backgrounds on). One headless Chromium is
 * started on first use and kept. Each document gets a context and page of
 * its own, closed after it, but made ahead: when a PDF is done, the next
 * one's page is prepared, so a PDF costs only setting the content and
 * printing it (making the context and page was about half of a contract's
 * 0.5–1.1 s; bench, loaded machine). The desktop app uses Electron's own
 * printToPDF instead (electron/main/shell.ts).
 *
 * The HTML holds user data (escaped, but still): the page fetches nothing.
 * Every request it would make is aborted before it leaves Chromium, and
 * the page carries a CSP that allows only inline styles and data: images,
 * so an iframe, image or stylesheet pointing at the API, another host or a
 * file is never loaded into the PDF.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

const ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Chromium's sandbox is kept on; it cannot start as root (build machines,
 * containers), and only then is it turned off. The page is offline and has
 * no scripts either way.
 */
function sandboxed(): boolean {
  return !(typeof process.getuid === 'function' && process.getuid() === 0);
}

let browser: Promise<Browser> | null = null;
/** The next document's page, made while no PDF is waiting. */
let spare: Promise<Page> | null = null;

function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

async function getBrowser(): Promise<Browser> {
  if (!browser) {
    browser = chromium
      .launch({ executablePath: chromiumPath(), args: ARGS, chromiumSandbox: sandboxed() })
      .catch((error: unknown) => {
        browser = null;
        throw new Error(
          `Chromium kunde inte startas för PDF (${chromiumPath()}): ${error instanceof Error ? error.message : String(error)}`,
        );
      });
  }
  return browser;
}

/** What a printed document may load: its own inline styles and embedded (data:) images and fonts. */
export const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-src 'none'; form-action 'none'; base-uri 'none'";

/** The document with the CSP as the first thing in it, before anything it could load. */
export function withPrintCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  return `<!doctype html><html><head>${meta}</head><body>${html}</body></html>`;
}

/** A new context and its page: offline, no scripts, every request aborted. */
function preparePage(): Promise<Page> {
  const page = getBrowser()
    .then((b) => b.newContext({ javaScriptEnabled: false, offline: true }))
    .then(async (context) => {
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      return context.newPage();
    });
  page.catch(() => undefined); // awaited by the PDF that takes it
  return page;
}

export async function htmlToPdf(html: string): Promise<Buffer> {
  const ready = spare;
  spare = null;
  // A spare that failed (the browser closed under it) is replaced by a new one.
  const page = ready ? await ready.catch(() => preparePage()) : await preparePage();
  try {
    await page.setContent(withPrintCsp(html), { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    // Closing the context closes any connection Chromium opened for the
    // document (a preconnect to a host it names), before the PDF is answered.
    await page
      .context()
      .close()
      .catch(() => undefined);
    if (browser) spare ??= preparePage();
  }
}

export async function closePdfRenderer(): Promise<void> {
  const b = browser;
  browser = null;
  spare = null;
  if (b) await (await b).close();
}
