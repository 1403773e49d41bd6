import type { ApiFetch } from '../core/cloudflare';

// The API client's network stack in the app: Electron's net.fetch, i.e. Chromium's, so
// Invitray reaches Cloudflare the way the browser does (system proxy, PAC/WPAD, the OS
// certificate store — where TLS-inspecting networks such as Cloudflare WARP install their
// root — and client certificates). Node's fetch in the main process has none of that.

/**
 * net.fetch's init (electron.d.ts: RequestInit & { bypassCustomProtocolHandlers }). Node's
 * RequestInit type lacks `cache`, though its Request reads it and Electron passes it on.
 */
export type NetFetchInit = RequestInit & {
  cache?: 'default' | 'no-store' | 'reload' | 'no-cache' | 'force-cache' | 'only-if-cached';
  bypassCustomProtocolHandlers?: boolean;
};

/** What this adapter needs of Electron's `net` (electron.d.ts, Net.fetch). */
export interface NetFetchLike {
  fetch(input: string | Request, init?: NetFetchInit): Promise<Response>;
}

export interface ApiFetchDeps {
  net: NetFetchLike;
  /** app.isReady(): net.fetch may only be used once the app is ready. */
  isReady: () => boolean;
}

export function createApiFetch({ net, isReady }: ApiFetchDeps): ApiFetch {
  return async (input, init) => {
    if (!isReady()) throw new Error('The API was called before the app was ready; net.fetch needs ready.');
    const netInit: NetFetchInit = {
      ...init,
      // Cloudflare's API authenticates by header only: no cookie is sent, none it sets is
      // kept (Chromium neither sends nor saves cookies for 'omit'), and no HTTP auth prompt.
      credentials: 'omit',
      // Invitations change under us; a cached list would hide a new one or an answer.
      cache: 'no-store',
      // The API is https; the app:// handler that serves the window must never answer it.
      bypassCustomProtocolHandlers: true,
    };
    return net.fetch(input instanceof URL ? input.href : input, netInit);
  };
}
