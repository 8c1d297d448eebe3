/**
 * Which forms on screen hold typing that is not saved, so that every way of
 * leaving one (Esc, ×, a click beside the panel, another screen, a start-page
 * card, reloading or closing the window) asks first. One registry for all
 * forms: a form registers itself while it is changed; whoever is about to
 * close something asks here.
 */

interface Entry {
  /** The form's element: a panel asks only about the forms inside it. */
  element(): HTMLElement | null;
  /** Throws the typing away (forgets its draft). */
  discard(): void;
}

const changed = new Map<symbol, Entry>();

export const DISCARD_QUESTION = 'Du har ändringar som inte är sparade. Vill du stänga utan att spara dem?';

export function markChanged(token: symbol, entry: Entry | null): void {
  if (entry) changed.set(token, entry);
  else changed.delete(token);
}

function within(container: Element | null | undefined): [symbol, Entry][] {
  return [...changed.entries()].filter(([, e]) => {
    if (!container) return true;
    const el = e.element();
    return el !== null && container.contains(el);
  });
}

/**
 * True when it is fine to close `container` (or leave the screen, without
 * one): nothing changed inside it, or the user agreed to throw it away — in
 * which case the drafts are forgotten, so that nobody asks twice.
 */
export function confirmDiscard(container?: Element | null): boolean {
  const affected = within(container);
  if (affected.length === 0) return true;
  if (!window.confirm(DISCARD_QUESTION)) return false;
  for (const [token, entry] of affected) {
    entry.discard();
    changed.delete(token);
  }
  return true;
}

// Reloading or closing the window: the browser (and Electron, through
// will-prevent-unload in the main process) asks in its own words. The draft
// is kept either way, so even a crash loses nothing.
window.addEventListener('beforeunload', (e) => {
  if (changed.size === 0) return;
  e.preventDefault();
  e.returnValue = '';
});
