import { isIP } from 'node:net';
import type { ApiFetch } from '../../core/cloudflare';
import { PROXY_UNREACHABLE_CODE } from '../../core/cloudflare/network-failure';
import { proxyEndpoints, readProxyEnv } from './proxy-env';
import { systemCa } from './system-ca';

// The CLI's network stack. Node's global fetch ignores HTTPS_PROXY and friends before
// Node 24's NODE_USE_ENV_PROXY, and differs between Node versions; undici (npm) with its
// EnvHttpProxyAgent behaves the same on Node 20, 22 and 24. It is loaded only when it has
// something to do (a proxy variable, or system CAs this Node cannot use itself): loading it
// took longer than the whole request (issue 21), and most runs have neither.

export interface CliFetch {
  fetch: ApiFetch;
  /** Lines for stderr (e.g. NODE_USE_SYSTEM_CA cannot be honoured on this Node). */
  notices: string[];
  close(): Promise<void>;
}

const CONNECT_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export function createCliFetch(env: Readonly<Record<string, string | undefined>>): CliFetch {
  const proxies = readProxyEnv(env);
  // node:tls only to read the system store: loading it costs ~15 ms that an http:// API (the
  // demo) never needs, and an https:// request loads it itself when it connects.
  const trust =
    env.NODE_USE_SYSTEM_CA === '1'
      ? systemCa(env, process.getBuiltinModule('node:tls'), process.versions.node)
      : {};
  const notices = trust.notice ? [trust.notice] : [];
  if (proxies.httpProxy === '' && proxies.httpsProxy === '' && !trust.ca) {
    return { fetch: (input, init) => globalThis.fetch(input, init), notices, close: async () => undefined };
  }
  const tlsOptions = trust.ca ? { ca: trust.ca } : undefined;
  const endpoints = proxyEndpoints(proxies);
  let loaded: Promise<{ agent: import('undici').Dispatcher; fetch: typeof import('undici').fetch }> | null =
    null;
  const undici = () =>
    (loaded ??= import('undici').then(({ EnvHttpProxyAgent, fetch }) => ({
      fetch,
      agent: new EnvHttpProxyAgent({
        // Explicit values ('' = none): undici would otherwise read process.env on its own.
        httpProxy: proxies.httpProxy,
        httpsProxy: proxies.httpsProxy,
        noProxy: proxies.noProxy,
        ...(tlsOptions ? { connect: tlsOptions, requestTls: tlsOptions, proxyTls: tlsOptions } : {}),
      }),
    })));

  const fetch: ApiFetch = async (input, init) => {
    const { agent, fetch: undiciFetch } = await undici();
    try {
      // undici's fetch, not the global one: the dispatcher must come from the same undici.
      return (await undiciFetch(input as Parameters<typeof undiciFetch>[0], {
        ...(init as Parameters<typeof undiciFetch>[1]),
        dispatcher: agent,
      })) as unknown as Response;
    } catch (error) {
      throw endpoints.some((endpoint) => failedToReach(error, endpoint)) ? proxyUnreachable(error) : error;
    }
  };
  const close = async () => {
    if (loaded) await (await loaded).agent.close();
  };
  return { fetch, notices, close };
}

/** True when the connection that failed was the one to the proxy, not to Cloudflare. */
function failedToReach(error: unknown, proxy: { hostname: string; port: number }): boolean {
  for (let link = error as Record<string, unknown> | undefined, depth = 0; link && depth < 8; depth++) {
    const failures = Array.isArray(link.errors) ? (link.errors as Record<string, unknown>[]) : [link];
    for (const failure of failures) {
      if (!CONNECT_FAILURES.has(String(failure.code))) continue;
      if (failure.hostname === proxy.hostname) return true;
      // A proxy named by host name is reached at an address; its port then has to do.
      const sameHost = failure.address === proxy.hostname || isIP(proxy.hostname) === 0;
      if (failure.port === proxy.port && sameHost) return true;
    }
    link = link.cause as Record<string, unknown> | undefined;
  }
  return false;
}

function proxyUnreachable(cause: unknown): TypeError {
  const marker = Object.assign(new Error('The proxy could not be reached.'), {
    code: PROXY_UNREACHABLE_CODE,
    cause,
  });
  return new TypeError('fetch failed', { cause: marker });
}
