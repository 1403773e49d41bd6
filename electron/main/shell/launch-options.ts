import { APP_ENTRY_URL, APP_ORIGIN } from './protocol';

export interface LaunchOptions {
  /** `--demo` or INVITRAY_DEMO=1: built-in demo API, demo login, no keychain, throwaway profile directory. */
  demo: boolean;
  /** What the window loads, and the only origin whose frames may call main over IPC. */
  url: string;
  origin: string;
  /** Development: devtools allowed, verbose console log. */
  development: boolean;
}

/**
 * How this launch runs, from argv and the environment. The dev server URL
 * (ELECTRON_RENDERER_URL, set by electron-vite dev) is honoured only in an unpackaged
 * app: a packaged app always loads its own bundled page.
 */
export function launchOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  packaged: boolean,
): LaunchOptions {
  const demo = argv.includes('--demo') || env.INVITRAY_DEMO === '1';
  const devUrl = packaged ? undefined : parseDevUrl(env.ELECTRON_RENDERER_URL);
  return {
    demo,
    url: devUrl?.href ?? APP_ENTRY_URL,
    origin: devUrl?.origin ?? APP_ORIGIN,
    development: !packaged,
  };
}

function parseDevUrl(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    return url.protocol === 'http:' && local ? url : null;
  } catch {
    return null;
  }
}
