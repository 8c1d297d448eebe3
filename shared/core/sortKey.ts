/**
 * Swedish natural order as a plain string that sorts byte by byte: the
 * same order on SQLite (BINARY) and PostgreSQL (COLLATE "C"), with an
 * ordinary index under it. Stored beside the text it orders (`*_sort`
 * columns, electron/db/sortKeys.ts), because the sqlite3 driver cannot
 * register a collation and an ICU collation would exist on PostgreSQL only.
 *
 * The order is ICU's `sv-SE-u-kn-true` at the primary level:
 * - case and accents aside (é as e, ü as y, æ as ä, ø as ö), but å, ä, ö
 *   are letters of their own after z, in that order;
 * - a run of digits is a number: "Bergaliden 11" before "Bergaliden 109C",
 *   and "9" before "10";
 * - spaces before punctuation before digits before letters.
 * Every key character is ASCII (one byte in UTF-8), so bytes and code
 * units give the same order.
 */
const SPACE = ' ';
const PUNCTUATION = '!';
const NUMBER = '1';
/** After 'z': å, ä, ö. */
const A_RING = '{';
const A_DIAERESIS = '|';
const O_DIAERESIS = '}';
/** Letters of other alphabets: after ö, kept apart by their own code point. */
const OTHER = '~';

const FOLD: Record<string, string> = {
  å: A_RING,
  ä: A_DIAERESIS,
  æ: A_DIAERESIS,
  ö: O_DIAERESIS,
  ø: O_DIAERESIS,
  ü: 'y',
  ß: 'ss',
};

function letterKey(c: string): string {
  const folded = FOLD[c];
  if (folded !== undefined) return folded;
  if (c >= 'a' && c <= 'z') return c;
  // Accented Latin letters (é, à, ç, ñ …) sort as their base letter.
  const base = c.normalize('NFD').replace(/\p{M}/gu, '');
  if (base.length === 1 && base >= 'a' && base <= 'z') return base;
  return OTHER + String(c.codePointAt(0)!).padStart(7, '0');
}

/** Digits' length first (as one character), then the digits: 9 < 10 < 109. */
function numberKey(digits: string): string {
  const significant = digits.replace(/^0+(?=\d)/, '');
  const length = Math.min(significant.length, 57);
  return NUMBER + String.fromCharCode(0x41 + length) + significant;
}

export function swedishSortKey(text: string): string;
export function swedishSortKey(text: string | null | undefined): string | null;
export function swedishSortKey(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const s = text.normalize('NFC').toLocaleLowerCase('sv-SE').trim();
  let key = '';
  for (let i = 0; i < s.length;) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < s.length && s[j]! >= '0' && s[j]! <= '9') j++;
      key += numberKey(s.slice(i, j));
      i = j;
    } else if (/\s/u.test(c)) {
      while (i < s.length && /\s/u.test(s[i]!)) i++;
      key += SPACE;
    } else if (/[\p{L}]/u.test(c)) {
      key += letterKey(c);
      i++;
    } else {
      key += PUNCTUATION;
      i++;
    }
  }
  return key;
}

/** Compares two texts in the order their keys give (for sorting in memory the way the database does). */
export function compareSwedish(a: string, b: string): number {
  const ka = swedishSortKey(a);
  const kb = swedishSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
