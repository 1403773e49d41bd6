import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { injectFirstScreen, type FirstScreenSource } from './first-screen';

// The renderer is served from app://invitray/ rather than file://: a file:// page
// may read any file the user can, and all file:// URLs share one origin. A standard,
// secure custom scheme gives the page a real origin of its own and lets main decide
// exactly which bytes it can load.

export const APP_SCHEME = 'app';
export const APP_HOST = 'invitray';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

interface CustomScheme {
  scheme: string;
  privileges: {
    standard: boolean;
    secure: boolean;
    supportFetchAPI: boolean;
    corsEnabled: boolean;
    codeCache: boolean;
  };
}

export interface ProtocolLike {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

/** Must run before the app is ready: Chromium fixes scheme privileges at startup. */
export function registerAppSchemePrivileges(
  protocol: Pick<ProtocolLike, 'registerSchemesAsPrivileged'>,
): void {
  protocol.registerSchemesAsPrivileged([
    // standard: real origin and relative URL resolution; secure: a secure context. supportFetchAPI
    // lets the module loader (cors-mode requests) read same-origin responses; corsEnabled stays
    // off so no other origin can read app:// bytes. codeCache keeps V8's compiled renderer code
    // across launches, so the popover's first paint does not re-parse the bundle each start.
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: false,
        codeCache: true,
      },
    },
  ]);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Maps an app:// URL to a file under `rootDir`, or null when it must not be served:
 * another host, an encoded `..`, a backslash or NUL trick, or anything resolving outside
 * the root. `/` is index.html.
 */
export function resolveAppPath(url: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.split('/').some((segment) => segment === '..')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  return file.startsWith(root + sep) ? file : null;
}

export interface AppProtocolDeps {
  protocol: Pick<ProtocolLike, 'handle'>;
  /** out/renderer: the built renderer. */
  rendererDir: string;
  /** The window's first screen, put into index.html as it is served (first-screen.ts). */
  firstScreen?: FirstScreenSource;
}

/** Serves the built renderer on app://invitray/, read-only, with the CSP on every response. */
export function registerAppProtocol({ protocol, rendererDir, firstScreen }: AppProtocolDeps): void {
  protocol.handle(APP_SCHEME, (request) => serve(request, rendererDir, firstScreen));
}

export async function serve(
  request: Request,
  rendererDir: string,
  firstScreen?: FirstScreenSource,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveAppPath(request.url, rendererDir);
  if (!file) return plain(404, 'Not found');
  try {
    if (!(await stat(file)).isFile()) return plain(404, 'Not found');
    const bytes = request.method === 'HEAD' ? null : await readFile(file);
    // Only the page itself, and only in a GET: rendered for this load, from main's state now.
    const body =
      bytes && firstScreen && file === resolve(rendererDir, 'index.html')
        ? injectFirstScreen(bytes.toString('utf8'), await firstScreen())
        : bytes;
    return new Response(body, {
      status: 200,
      headers: {
        ...securityHeaders(),
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return plain(404, 'Not found');
    throw error;
  }
}

/** Flattens Electron's responseHeaders shape (name -> values) into a Headers init. */
function headersFrom({
  responseHeaders,
}: {
  responseHeaders: Record<string, string[]>;
}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(responseHeaders).map(([name, values]) => [name, values.join(', ')]),
  );
}

/**
 * Sent with every app:// response. The policy: nothing but the app's own scripts, styles,
 * images and fonts; no network at all (no connect-src: the renderer reaches main only
 * through the preload); no <base>, no form posts, never framed. It is a header rather
 * than a meta tag because Vite's dev server injects styles and a socket it would refuse.
 */
const SECURITY_HEADERS = headersFrom({
  // Electronegativity reads a suppression only on the flagged line itself (this key): keep the layout.
  // prettier-ignore
  responseHeaders: { // eng-disable CSP_GLOBAL_CHECK -- 'self' is app://invitray: only our bundled files, no JSONP or uploads
    'Content-Security-Policy': [
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ],
    'X-Content-Type-Options': ['nosniff'],
    'Cross-Origin-Opener-Policy': ['same-origin'],
    'Cross-Origin-Resource-Policy': ['same-origin'],
    'Referrer-Policy': ['no-referrer'],
    'Cache-Control': ['no-store'],
  },
});

export const CONTENT_SECURITY_POLICY = SECURITY_HEADERS['Content-Security-Policy'] as string;

function securityHeaders(): Record<string, string> {
  return SECURITY_HEADERS;
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
