import { AppError } from '../errors';

// Failures between Invitray and Cloudflare that the user (or their IT) can fix, told
// apart from "offline". Both network stacks are read: Node's (undici: error codes on the
// cause chain, proxy tunnel messages) and Chromium's (Electron's net.fetch rejects with
// "net::ERR_…"). Messages are fixed text: nothing from the cause (which could hold a
// proxy URL with its password) is echoed.

export type NetworkFailureKind =
  'certificate-untrusted' | 'proxy-auth-required' | 'proxy-unreachable' | 'dns-failure';

const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME']);
/** Set by the CLI's proxy-aware fetch when the proxy itself could not be reached. */
export const PROXY_UNREACHABLE_CODE = 'ERR_PROXY_CONNECTION_FAILED';

const CHROMIUM: readonly [RegExp, NetworkFailureKind][] = [
  [/^ERR_(CERT_|SSL_PINNED_KEY|PROXY_CERTIFICATE_INVALID)/, 'certificate-untrusted'],
  [/^ERR_PROXY_AUTH_/, 'proxy-auth-required'],
  [
    /^ERR_(PROXY_CONNECTION_FAILED|TUNNEL_CONNECTION_FAILED|MANDATORY_PROXY_CONFIGURATION_FAILED|PAC_)/,
    'proxy-unreachable',
  ],
  [/^ERR_(NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED)$/, 'dns-failure'],
];

export const NETWORK_ADVICE: Readonly<Record<NetworkFailureKind, string>> = {
  'certificate-untrusted':
    "Cloudflare's certificate is not trusted on this connection. Your network may inspect TLS (a company proxy, Cloudflare WARP or Zero Trust): install its root certificate in the system's certificate store. In the CLI, set NODE_EXTRA_CA_CERTS to that certificate (a PEM file), or NODE_USE_SYSTEM_CA=1 to use the system's store (Node 22.15 or later).",
  'proxy-auth-required':
    'The proxy between this computer and Cloudflare asks for a login (HTTP 407). Check the proxy settings with whoever runs your network. In the CLI, give the login in HTTPS_PROXY (http://user:password@proxy:port).',
  'proxy-unreachable':
    "Could not get through the proxy this computer is set to use. Check the system's proxy settings (in the CLI: HTTPS_PROXY and HTTP_PROXY, and NO_PROXY for hosts that skip it); Invitray will retry.",
  'dns-failure':
    "Could not look up Cloudflare's address (DNS). Check your internet connection, DNS settings and the API base URL; Invitray will retry.",
};

/** The network failure behind `error`, or null when it is none of these (plain offline). */
export function classifyNetworkFailure(error: unknown): NetworkFailureKind | null {
  for (const link of causeChain(error)) {
    const code = typeof link.code === 'string' ? link.code : '';
    const message = typeof link.message === 'string' ? link.message : '';
    const chromium = /net::(ERR_[A-Z0-9_]+)/.exec(message)?.[1] ?? (code.startsWith('ERR_') ? code : '');
    for (const [pattern, kind] of CHROMIUM) if (pattern.test(chromium)) return kind;
    if (CERTIFICATE_CODES.has(code)) return 'certificate-untrusted';
    // undici's ProxyAgent: "Proxy response (407) !== 200 when HTTP Tunneling", or its own 407 error.
    const proxyStatus = /Proxy response \((\d{3})\)|Proxy Authentication Required \((\d{3})\)/.exec(message);
    if (proxyStatus)
      return (proxyStatus[1] ?? proxyStatus[2]) === '407' ? 'proxy-auth-required' : 'proxy-unreachable';
    if (DNS_CODES.has(code)) return 'dns-failure';
  }
  return null;
}

export function networkFailureError(kind: NetworkFailureKind, cause: unknown): AppError {
  return new AppError(kind, NETWORK_ADVICE[kind], { cause });
}

interface Link {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The error, its causes and the members of aggregate errors (happy eyeballs), breadth first. */
function causeChain(error: unknown): Link[] {
  const found: Link[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && found.length < 16) {
    const next = queue.shift();
    if (typeof next !== 'object' || next === null || found.includes(next as Link)) continue;
    const link = next as Link;
    found.push(link);
    queue.push(link.cause);
    if (Array.isArray(link.errors)) queue.push(...link.errors);
  }
  return found;
}
