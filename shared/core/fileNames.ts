/**
 * File names the app suggests or writes on Windows. Besides the characters
 * Windows forbids, some base names are devices (CON, PRN, AUX, NUL, COM1–9,
 * LPT1–9, also with an extension: `CON.pdf` opens the console), and a
 * name may not end in a dot or a space.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// Control characters are among what Windows forbids in a name.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;
const MAX_LENGTH = 150;

export function isReservedWindowsName(fileName: string): boolean {
  const base = fileName.split('.')[0]!.trimEnd();
  return RESERVED.test(base);
}

/** A file name safe on Windows: forbidden characters become "-", device names get a "_" prefix. */
export function safeFileName(fileName: string, fallback = 'dokument'): string {
  let name = fileName
    .replace(FORBIDDEN, '-')
    .trim()
    .replace(/[. ]+$/, '');
  if (name.length > MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 6 ? name.slice(dot) : '';
    name = name.slice(0, MAX_LENGTH - ext.length).trimEnd() + ext;
  }
  if (name === '' || name.startsWith('.')) name = fallback + name;
  return isReservedWindowsName(name) ? `_${name}` : name;
}
