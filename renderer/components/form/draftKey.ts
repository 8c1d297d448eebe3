import type { FormValues } from './fieldSpec';

/**
 * The name a form's drafts are kept under. A new record started from a
 * parent (a household's "Ny utskrivning…", a unit's "Hyr ut…") gets the
 * parent in its starting values; the name includes them, so typing begun
 * for one household is given back on that household's form and never
 * offered on another's, nor on a new record started from the register
 * itself. A stored record's drafts are told apart by its id already.
 */
export function draftKeyOf(kind: string, parent?: Readonly<FormValues>): string {
  const named = Object.entries(parent ?? {})
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return named.length === 0 ? kind : `${kind}:${named.map(([key, value]) => `${key}=${value}`).join(',')}`;
}
