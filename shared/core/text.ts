/**
 * What free text may hold. Text is stored in Unicode NFC (so "å" typed two
 * ways is one string to search, sort and compare), with CR LF as LF. Control
 * characters other than tab and newline, and lone UTF-16 surrogates, are
 * refused: they cannot be printed, break exports and other programs that
 * read the database, and are never typed on purpose.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const TEXT_MESSAGES = {
  control: 'innehåller osynliga styrtecken; skriv in texten igen utan dem',
  surrogate: 'innehåller ett trasigt tecken; skriv in texten igen',
} as const;

/** The problem with `text`, in Swedish (to follow "Fältet: "), or null. */
export function textProblem(text: string): string | null {
  if (CONTROL.test(text.replace(/\r\n/g, '\n'))) return TEXT_MESSAGES.control;
  if (LONE_SURROGATE.test(text)) return TEXT_MESSAGES.surrogate;
  return null;
}

/** The stored form of a text that has no problem. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n/g, '\n').normalize('NFC');
}
