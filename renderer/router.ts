/**
 * Hash routes (`#/bostader/12`): they work the same from a file:// page in
 * Electron and from the browser host, and survive a reload.
 */
import { useSyncExternalStore } from 'react';
import { confirmDiscard } from './components/form/unsavedChanges';

// Leaving by a link, the back button or a typed address: a changed form asks
// first, and when the user stays, the address goes back before any screen
// sees it. Registered when this module loads, before the screens subscribe.
let asked = false;
window.addEventListener('hashchange', (e) => {
  if (asked) {
    asked = false;
    return;
  }
  if (!confirmDiscard()) window.history.replaceState(null, '', e.oldURL);
});

function currentPath(): string[] {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const path = hash.split('?')[0] ?? '';
  return path.split('/').filter(Boolean).map(decodeURIComponent);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

let cachedHash = '';
let cachedPath: string[] = [];
function snapshot(): string[] {
  if (window.location.hash !== cachedHash) {
    cachedHash = window.location.hash;
    cachedPath = currentPath();
  }
  return cachedPath;
}

/** The current route as path segments: `#/bostader/12` → ['bostader', '12']. */
export function useRoute(): string[] {
  return useSyncExternalStore(subscribe, snapshot);
}

/** Goes to a screen or record; a changed form asks first. */
export function navigate(...segments: (string | number)[]): void {
  navigateWith({}, ...segments);
}

/**
 * The part after `?` in the route (`#/kontrakt?avstaende=1`): a link that
 * opens a list already narrowed (a start-page card, a count in Bevakning).
 * Read once, when the screen opens; the user changes the filter from there.
 */
export function routeQuery(): URLSearchParams {
  return new URLSearchParams(window.location.hash.split('?')[1] ?? '');
}

/** Opens a screen narrowed by `query`; a changed form asks first. */
export function navigateWith(query: Record<string, string>, ...segments: (string | number)[]): void {
  const params = new URLSearchParams(query).toString();
  const target = `#/${segments.map((s) => encodeURIComponent(String(s))).join('/')}${params ? `?${params}` : ''}`;
  if (target === window.location.hash) return;
  if (!confirmDiscard()) return;
  asked = true;
  window.location.hash = target;
}

/** A record id from a route segment, or 'new', or null. */
export function recordParam(segment: string | undefined): number | 'new' | null {
  if (segment === 'ny') return 'new';
  const id = Number(segment);
  return Number.isInteger(id) && id > 0 ? id : null;
}
