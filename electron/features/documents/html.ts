/**
 * Building HTML safely: every value put into a template is escaped unless
 * it is already markup made here. A household named `<script>` prints as
 * the text `<script>`.
 */

const SAFE = Symbol('safe-html');

export interface SafeHtml {
  readonly [SAFE]: true;
  readonly text: string;
}

function safe(text: string): SafeHtml {
  return { [SAFE]: true, text };
}

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && SAFE in value;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map((v: Interpolation) => render(v)).join('');
  if (isSafe(value)) return value.text;
  return escapeHtml(String(value));
}

/** `html\`<td>${name}</td>\`` — `name` is escaped; nested `html` results are not. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return safe(out);
}

/** Markup that is ours (CSS, fixed fragments): never user data. */
export function trusted(markup: string): SafeHtml {
  return safe(markup);
}

/**
 * Text FF writes in settings → paragraphs: blank lines separate paragraphs,
 * a line starting with "# " is a heading. Everything is escaped.
 */
export function paragraphs(text: string): SafeHtml {
  return html`${text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (p.startsWith('# ') ? html`<h2>${p.slice(2)}</h2>` : html`<p>${p}</p>`))}`;
}
