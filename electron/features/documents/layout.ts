/**
 * The page every document shares: A4 with print CSS, the organisation's
 * logo, name and address at the top, page numbers at the bottom.
 */
import type { OrganisationSettings } from '../../../shared/settings/schema';
import { html, trusted, type SafeHtml } from './html';

const STYLE = trusted(`
@page { size: A4; margin: 18mm 18mm 20mm 18mm; @bottom-right { content: "Sida " counter(page) " av " counter(pages); font: 9pt Arial, sans-serif; color: #555; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 10.5pt/1.45 Georgia, 'DejaVu Serif', serif; color: #111; margin: 0; }
.doc { max-width: 174mm; margin: 0 auto; }
header.letterhead { display: flex; align-items: center; gap: 12px; border-bottom: 2px solid #1f5f8b; padding-bottom: 8px; margin-bottom: 18px; font-family: Arial, sans-serif; }
header.letterhead .logo { flex: none; width: 45mm; height: 18mm; background: no-repeat left center / contain; }
header.letterhead .org { font-weight: bold; font-size: 12pt; }
header.letterhead .addr { font-size: 8.5pt; color: #444; }
header.letterhead .meta { margin-left: auto; text-align: right; font-size: 8.5pt; color: #444; }
h1 { font: bold 17pt Arial, sans-serif; margin: 0 0 4mm; }
h2 { font: bold 12pt Arial, sans-serif; margin: 6mm 0 2mm; }
h3 { font: bold 10.5pt Arial, sans-serif; margin: 4mm 0 1.5mm; }
p { margin: 0 0 2.5mm; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9.5pt; }
th, td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border-bottom: 0.3mm solid #bbb; }
th { background: #e8eef4; font-family: Arial, sans-serif; }
td.num, th.num { text-align: right; white-space: nowrap; }
.facts th { width: 38%; background: none; font-weight: normal; color: #444; }
.box { border: 0.4mm solid #1f5f8b; background: #f2f6fa; padding: 3mm 4mm; margin: 3mm 0 4mm; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 14mm; margin-top: 14mm; break-inside: avoid; }
.signature { border-top: 0.3mm solid #111; padding-top: 1.5mm; font-size: 9pt; }
.signature .space { height: 14mm; }
.overdue { color: #9b1c1c; font-weight: bold; }
.muted { color: #555; }
.page-break { break-after: page; }
section { break-inside: avoid-page; }
@media screen { body { background: #e9edf1; padding: 12px 0; } .doc { background: #fff; padding: 16mm 18mm; box-shadow: 0 1px 4px rgba(0,0,0,.2); min-height: 297mm; } }
`);

/** The settings accept only base64 data: URLs of images; anything else is left out rather than put into CSS. */
const LOGO_DATA_URL = /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/;

/**
 * The logo is in the document once, as a CSS background of the `.logo`
 * class, however many pages use it: a batch of 50 contracts with a 500 kB
 * logo was 50 copies of it (25 MB), which no print path could load.
 */
function logoStyle(org: OrganisationSettings): SafeHtml | null {
  if (!org.logoDataUrl || !LOGO_DATA_URL.test(org.logoDataUrl)) return null;
  return trusted(`header.letterhead .logo { background-image: url("${org.logoDataUrl}"); }`);
}

function letterhead(org: OrganisationSettings, meta: SafeHtml | string): SafeHtml {
  const address = [org.address, [org.postalCode, org.city].filter(Boolean).join(' '), org.phone, org.email]
    .filter(Boolean)
    .join(' · ');
  return html`<header class="letterhead">
    ${logoStyle(org) ? html`<div class="logo" role="img" aria-label="Logotyp"></div>` : null}
    <div>
      <div class="org">${org.name}</div>
      ${org.unit ? html`<div class="addr">${org.unit}</div>` : null}
      <div class="addr">${address}</div>
    </div>
    <div class="meta">${meta}</div>
  </header>`;
}

/**
 * A whole document. `pages` are separate sheets (a batch of contracts);
 * each gets the letterhead.
 */
export function documentHtml(options: {
  title: string;
  organisation: OrganisationSettings;
  printedOn: string;
  pages: SafeHtml[];
}): string {
  const { title, organisation, printedOn, pages } = options;
  const body = pages.map(
    (page, i) =>
      html`<div class="doc${i < pages.length - 1 ? ' page-break' : ''}">
        ${letterhead(organisation, html`Utskrivet ${printedOn}`)}${page}
      </div>`,
  );
  return html`<!doctype html>
    <html lang="sv">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
        <style>
          ${STYLE}
          ${logoStyle(organisation)}
        </style>
      </head>
      <body>
        ${body}
      </body>
    </html>`.text;
}
