import { AppError } from '../../core/errors';

// Proxy settings from the environment, read the way curl reads them: each variable in
// lower or upper case, the lower-case one first. (curl itself ignores upper-case
// HTTP_PROXY, a CGI precaution that does not apply to a desktop CLI, so both count here.)

export interface ProxyEnv {
  /** For http:// URLs; '' when unset. */
  httpProxy: string;
  /** For https:// URLs; '' when unset (undici then uses httpProxy, if any). */
  httpsProxy: string;
  /** Comma- or space-separated hosts, domains (.example.com), host:port, or '*'; '' when unset. */
  noProxy: string;
}

export function readProxyEnv(env: Readonly<Record<string, string | undefined>>): ProxyEnv {
  const pick = (name: string): string => (env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '').trim();
  return {
    httpProxy: proxyUrl(pick('HTTP_PROXY'), 'HTTP_PROXY'),
    httpsProxy: proxyUrl(pick('HTTPS_PROXY'), 'HTTPS_PROXY'),
    noProxy: pick('NO_PROXY'),
  };
}

/** Like curl, a proxy given without a scheme ("proxy.corp:3128") is an http:// proxy. */
function proxyUrl(value: string, name: string): string {
  if (value === '') return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch (error) {
    // The value is not echoed: it may hold the proxy's password.
    throw new AppError('invalid-request', `${name} is not a valid proxy URL. Use http://host:port.`, {
      cause: error,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError('invalid-request', `${name} must be an http:// or https:// proxy URL.`);
  }
  return url.href;
}

/** Where the configured proxies listen, to tell "the proxy is down" from "Cloudflare is down". */
export function proxyEndpoints(proxies: ProxyEnv): { hostname: string; port: number }[] {
  return [proxies.httpProxy, proxies.httpsProxy]
    .filter((value) => value !== '')
    .map((value) => {
      const url = new URL(value);
      const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
      return { hostname: url.hostname.replace(/^\[|\]$/g, ''), port };
    });
}
