import { en } from '../../../shared/i18n/en';
import { createTranslator } from '../../../shared/i18n/translate';
import type { ErrorText } from '../../../shared/types';
import { AppError, sentence } from '../errors';

const ENGLISH = createTranslator('en', en);

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

/** The advice for each, as catalogue keys (electron/shared/i18n): fixed text, nothing from the cause. */
export const NETWORK_ADVICE_TEXT: Readonly<Record<NetworkFailureKind, ErrorText>> = {
  'certificate-untrusted': sentence('error.certificateUntrusted'),
  'proxy-auth-required': sentence('error.proxyAuthRequired'),
  'proxy-unreachable': sentence('error.proxyUnreachable'),
  'dns-failure': sentence('error.dnsFailure'),
};

/** The same advice in English (the CLI, logs). */
export const NETWORK_ADVICE: Readonly<Record<NetworkFailureKind, string>> = {
  'certificate-untrusted': ENGLISH.t('error.certificateUntrusted'),
  'proxy-auth-required': ENGLISH.t('error.proxyAuthRequired'),
  'proxy-unreachable': ENGLISH.t('error.proxyUnreachable'),
  'dns-failure': ENGLISH.t('error.dnsFailure'),
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
  return new AppError(kind, NETWORK_ADVICE_TEXT[kind], { cause });
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
