/**
 * Money is integer öre everywhere (no floating point), shown as `12 345 kr`.
 * Space as thousands separator and decimal comma, the Swedish way.
 */

export type Ore = number;

/** `1234500` → `12 345 kr`; öre shown only when there are any: `12 345,50 kr`. */
export function formatMoney(ore: Ore | null | undefined): string {
  if (ore === null || ore === undefined) return '';
  const negative = ore < 0;
  const abs = Math.abs(ore);
  const kronor = Math.floor(abs / 100);
  const rest = abs % 100;
  const grouped = String(kronor).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const text = rest === 0 ? grouped : `${grouped},${String(rest).padStart(2, '0')}`;
  return `${negative ? '−' : ''}${text} kr`;
}

/**
 * Reads an amount in kronor as a person types it (`12 345`, `12345,50`,
 * `12 345 kr`, `12345.5`) and returns öre, or null when it is not an amount.
 */
export function parseMoneyInput(text: string): Ore | null {
  const t = text
    .replace(/kr\.?$/i, '')
    .replace(/[\s\u00a0]/g, '')
    .replace('−', '-');
  if (!/^-?\d+([.,]\d{1,2})?$/.test(t)) return null;
  const [whole, fraction = ''] = t.replace('-', '').split(/[.,]/);
  const ore = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return null;
  return t.startsWith('-') ? -ore : ore;
}

/** öre → the text an edit field shows (`12345,50`, or `12345` for whole kronor). */
export function moneyToInput(ore: Ore | null | undefined): string {
  if (ore === null || ore === undefined) return '';
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const rest = abs % 100;
  return `${sign}${Math.floor(abs / 100)}${rest ? `,${String(rest).padStart(2, '0')}` : ''}`;
}
