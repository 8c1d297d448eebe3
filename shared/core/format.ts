/** Display formats shared by every screen and document. */

const STOCKHOLM = 'Europe/Stockholm';

/** An ISO timestamp as Swedish local time: `2026-11-26 14:03`. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('sv-SE', {
    timeZone: STOCKHOLM,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Numbers with space as thousands separator and decimal comma (`1 234,5`). */
export function formatNumber(value: number | null | undefined, maxDecimals = 1): string {
  if (value === null || value === undefined) return '';
  return value
    .toLocaleString('sv-SE', { maximumFractionDigits: maxDecimals })
    .replace(/\u00a0/g, ' ')
    .replace('\u2212', '-');
}

const swedishPlural = new Intl.PluralRules('sv');

/**
 * A number with its noun in the right form: `1 bostad`, `2 bostäder`,
 * `1 063 dagar`. The one place where Swedish plurals are chosen.
 */
export function formatCount(n: number, one: string, other: string): string {
  return `${formatNumber(n)} ${swedishPlural.select(n) === 'one' ? one : other}`;
}

/** "1 dag", "5 dagar", "1 063 dagar", "3 dagar sedan". */
export function formatDaysLeft(days: number | null | undefined): string {
  if (days === null || days === undefined) return '';
  if (days === 0) return 'i dag';
  const text = formatCount(Math.abs(days), 'dag', 'dagar');
  return days > 0 ? text : `${text} sedan`;
}
