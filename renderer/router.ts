/**
 * Hash routes (`#/bostader/12`): they work the same from a file:// page in
 * Electron and from the browser host, and survive a reload.
 */
import { useSyncExternalStore } from 'react';

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

export function navigate(...segments: (string | number)[]): void {
  window.location.hash = `#/${segments.map((s) => encodeURIComponent(String(s))).join('/')}`;
}

/** A record id from a route segment, or 'new', or null. */
export function recordParam(segment: string | undefined): number | 'new' | null {
  if (segment === 'ny') return 'new';
  const id = Number(segment);
  return Number.isInteger(id) && id > 0 ? id : null;
}
