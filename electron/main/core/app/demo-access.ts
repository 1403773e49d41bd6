import type { Credential } from '../cloudflare/api';
import { DEMO_CREDENTIALS } from '../demo/credentials';
import type { DemoEndpoint } from './types';

const DEMO_SECRETS: ReadonlySet<string> = new Set(
  Object.values(DEMO_CREDENTIALS).map((credential) =>
    credential.kind === 'token' ? credential.token : credential.key,
  ),
);

/**
 * The demo's credentials are public constants that no real Cloudflare login can equal,
 * so a stored demo profile is recognised by its credential across restarts and sent to
 * the demo API (started on demand, on a fresh port each run) instead of Cloudflare.
 */
export function isDemoCredential(credential: Credential): boolean {
  return DEMO_SECRETS.has(credential.kind === 'token' ? credential.token : credential.key);
}

export interface DemoAccess {
  /** The demo API's base URL, starting it on first use; the fallback when there is no demo to start. */
  endpoint(): Promise<Required<Pick<DemoEndpoint, 'baseUrl' | 'credential'>>>;
  close(): Promise<void>;
}

export function createDemoAccess(
  start: (() => Promise<DemoEndpoint>) | undefined,
  fallbackBaseUrl: string,
): DemoAccess {
  let starting: Promise<DemoEndpoint> | null = null;

  async function running(): Promise<DemoEndpoint> {
    if (!start) return { baseUrl: fallbackBaseUrl };
    starting ??= start();
    try {
      return await starting;
    } catch (error) {
      // A failed start (port trouble) may succeed on the next attempt.
      starting = null;
      throw error;
    }
  }

  return {
    async endpoint() {
      const demo = await running();
      return { baseUrl: demo.baseUrl, credential: demo.credential ?? DEMO_CREDENTIALS.token };
    },
    async close() {
      const current = starting;
      starting = null;
      if (!current) return;
      const demo = await current.catch(() => null);
      await demo?.close?.();
    },
  };
}
