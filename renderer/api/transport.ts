/**
 * How calls reach the back end: Electron IPC through the preload bridge in
 * the desktop app, or HTTP to the browser host. Chosen once at start; the
 * rest of the renderer never knows which.
 */
import { TOKEN_HEADER, type BostadBridge } from '../../shared/core/bridge';
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
  // The hash is `#token=…` or `#/route&token=…`.
  const parts = window.location.hash.replace(/^#/, '').split('&');
  const tokenPart = parts.find((p) => p.startsWith('token='));
  if (tokenPart) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(tokenPart.slice('token='.length)));
    const rest = parts.filter((p) => p !== tokenPart).join('&');
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}${rest ? `#${rest}` : ''}`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Headers that authorise a request to the browser host. */
export function hostHeaders(): Record<string, string> {
  return { [TOKEN_HEADER]: sessionStorage.getItem(TOKEN_KEY) ?? '' };
}

function httpTransport(token: string | null): Transport {
  return async (name, input) => {
    try {
      const response = await fetch(`api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: 'Ingen kontakt med Bostadsportföljens server. Kontrollera att programmet körs.',
        },
      };
    }
  };
}

export function chooseTransport(): Transport {
  const bridge = window.bostad;
  if (bridge) return (name, input) => bridge.invoke(name, input);
  return httpTransport(hostToken());
}
