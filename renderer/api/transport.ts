/**
 * How calls reach the back end: Electron IPC through the preload bridge in
 * the desktop app, or HTTP to the browser host. Chosen once at start; the
 * rest of the renderer never knows which.
 */
import type { BostadBridge } from '../../shared/core/bridge';
import type { Envelope } from '../../shared/core/result';

declare global {
  interface Window {
    bostad?: BostadBridge;
  }
}

export type Transport = (name: string, input: unknown) => Promise<Envelope<unknown>>;

const TOKEN_KEY = 'bostad.token';

/**
 * The browser host prints its address as `…/#token=…`. The token is kept
 * for this tab and removed from the address bar (and so from screenshots
 * and bookmarks).
 */
function hostToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]!));
    const rest = window.location.hash.replace(/(?:^#|&)token=[^&]+/, '').replace(/^&/, '');
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}${rest ? `#${rest}` : ''}`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function httpTransport(token: string | null): Transport {
  return async (name, input) => {
    try {
      const response = await fetch(`api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-bostad-token': token ?? '' },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'Ingen kontakt med Bostadsportföljens server. Kontrollera att programmet körs.' } };
    }
  };
}

export function chooseTransport(): Transport {
  const bridge = window.bostad;
  if (bridge) return (name, input) => bridge.invoke(name, input);
  return httpTransport(hostToken());
}
