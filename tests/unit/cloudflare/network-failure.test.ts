import { APIConnectionError } from 'cloudflare/core/error';
import { describe, expect, it } from 'vitest';
import { mapTransportFailure } from '../../../electron/main/core/cloudflare/error-map';
import {
  classifyNetworkFailure,
  NETWORK_ADVICE,
  PROXY_UNREACHABLE_CODE,
} from '../../../electron/main/core/cloudflare/network-failure';

/** What Node's fetch (undici) rejects with: TypeError('fetch failed') caused by a coded error. */
function undiciFailure(code: string, message = `${code} happened`): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}
/** What the SDK throws around it. */
const viaSdk = (cause: unknown) => new APIConnectionError({ cause: cause as Error });
/** What Electron's net.fetch rejects with. */
const chromium = (name: string) => new Error(`net::${name}`);

describe('classifyNetworkFailure', () => {
  it.each([
    [
      'undici: self-signed root in chain',
      viaSdk(undiciFailure('SELF_SIGNED_CERT_IN_CHAIN')),
      'certificate-untrusted',
    ],
    [
      'undici: unknown issuer',
      viaSdk(undiciFailure('UNABLE_TO_GET_ISSUER_CERT_LOCALLY')),
      'certificate-untrusted',
    ],
    [
      'undici: leaf not verifiable',
      undiciFailure('UNABLE_TO_VERIFY_LEAF_SIGNATURE'),
      'certificate-untrusted',
    ],
    ['undici: name mismatch', undiciFailure('ERR_TLS_CERT_ALTNAME_INVALID'), 'certificate-untrusted'],
    ['chromium: authority invalid', viaSdk(chromium('ERR_CERT_AUTHORITY_INVALID')), 'certificate-untrusted'],
    ['chromium: proxy certificate', chromium('ERR_PROXY_CERTIFICATE_INVALID'), 'certificate-untrusted'],
    [
      'undici: proxy tunnel 407',
      viaSdk(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('Proxy response (407) !== 200 when HTTP Tunneling'), {
            code: 'UND_ERR_ABORTED',
          }),
        }),
      ),
      'proxy-auth-required',
    ],
    [
      'undici: plain-http proxy 407',
      undiciFailure('UND_ERR_INVALID_ARG', 'Proxy Authentication Required (407)'),
      'proxy-auth-required',
    ],
    ['chromium: proxy auth', chromium('ERR_PROXY_AUTH_UNSUPPORTED'), 'proxy-auth-required'],
    [
      'undici: proxy refuses the tunnel',
      undiciFailure('UND_ERR_ABORTED', 'Proxy response (403) !== 200 when HTTP Tunneling'),
      'proxy-unreachable',
    ],
    ['cli: proxy not reachable', viaSdk(undiciFailure(PROXY_UNREACHABLE_CODE)), 'proxy-unreachable'],
    ['chromium: proxy connection failed', chromium('ERR_PROXY_CONNECTION_FAILED'), 'proxy-unreachable'],
    ['chromium: tunnel failed', chromium('ERR_TUNNEL_CONNECTION_FAILED'), 'proxy-unreachable'],
    ['undici: no such host', viaSdk(undiciFailure('ENOTFOUND')), 'dns-failure'],
    ['undici: DNS try again', undiciFailure('EAI_AGAIN'), 'dns-failure'],
    ['chromium: name not resolved', viaSdk(chromium('ERR_NAME_NOT_RESOLVED')), 'dns-failure'],
  ])('%s', (_name, error, kind) => {
    expect(classifyNetworkFailure(error)).toBe(kind);
  });

  it.each([
    ['connection refused', viaSdk(undiciFailure('ECONNREFUSED'))],
    [
      'refused on every address (happy eyeballs)',
      new TypeError('fetch failed', {
        cause: new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]),
      }),
    ],
    ['connection reset', undiciFailure('ECONNRESET')],
    ['chromium: internet disconnected', chromium('ERR_INTERNET_DISCONNECTED')],
    ['not an error at all', 'boom'],
    [
      'a cause cycle',
      (() => {
        const a: { cause?: unknown } = {};
        a.cause = a;
        return a;
      })(),
    ],
  ])('%s stays plain offline', (_name, error) => {
    expect(classifyNetworkFailure(error)).toBeNull();
  });
});

describe('mapTransportFailure for network failures', () => {
  it('gives each kind its advice, and says nothing taken from the cause', () => {
    const proxyUrl = 'http://alice:s3cret-pass@proxy.corp.example:3128';
    const cause = viaSdk(undiciFailure('SELF_SIGNED_CERT_IN_CHAIN', `via ${proxyUrl}`));
    const error = mapTransportFailure('network', 15_000, cause);
    expect(error.info).toEqual({
      kind: 'certificate-untrusted',
      message: NETWORK_ADVICE['certificate-untrusted'],
      text: [{ id: 'error.certificateUntrusted' }],
      cloudflareErrors: [],
    });
    expect(error.message).toMatch(/install its root certificate/);
    expect(error.message).toMatch(/NODE_EXTRA_CA_CERTS/);
    expect(JSON.stringify(error.info) + error.message).not.toContain('s3cret-pass');
  });

  it('keeps a plain connection failure offline', () => {
    expect(mapTransportFailure('network', 15_000, undiciFailure('ECONNREFUSED')).kind).toBe('offline');
  });
});
