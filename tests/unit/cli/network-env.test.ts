import { describe, expect, it } from 'vitest';
import { proxyEndpoints, readProxyEnv } from '../../../electron/main/cli/network/proxy-env';
import { systemCa } from '../../../electron/main/cli/network/system-ca';
import { AppError } from '../../../electron/main/core/errors';

describe('readProxyEnv', () => {
  it('reads each variable in either case, lower case first (as curl does)', () => {
    expect(
      readProxyEnv({
        https_proxy: 'http://lower.example:3128',
        HTTPS_PROXY: 'http://upper.example:3128',
        HTTP_PROXY: 'http://plain.example:8080',
        NO_PROXY: 'localhost,.corp.example',
      }),
    ).toEqual({
      httpProxy: 'http://plain.example:8080/',
      httpsProxy: 'http://lower.example:3128/',
      noProxy: 'localhost,.corp.example',
    });
    expect(readProxyEnv({ no_proxy: '*', NO_PROXY: 'x' }).noProxy).toBe('*');
  });

  it('is empty without any proxy variable', () => {
    expect(readProxyEnv({})).toEqual({ httpProxy: '', httpsProxy: '', noProxy: '' });
  });

  it('reads a proxy without a scheme as http://, like curl', () => {
    expect(readProxyEnv({ HTTPS_PROXY: 'proxy.corp.example:3128' }).httpsProxy).toBe(
      'http://proxy.corp.example:3128/',
    );
  });

  it('refuses an unusable proxy URL without echoing it (it may hold a password)', () => {
    const attempt = (value: string) => {
      try {
        readProxyEnv({ HTTPS_PROXY: value });
      } catch (error) {
        return error as AppError;
      }
      throw new Error('expected a refusal');
    };
    const bad = attempt('http://user:pa ss@exa mple:99999');
    expect(bad).toBeInstanceOf(AppError);
    expect(bad.kind).toBe('invalid-request');
    expect(bad.message).toBe('HTTPS_PROXY is not a valid proxy URL. Use http://host:port.');
    expect(attempt('socks5://user:secret@proxy:1080').message).not.toContain('secret');
  });

  it('knows where the proxies listen', () => {
    expect(
      proxyEndpoints(readProxyEnv({ HTTPS_PROXY: 'http://u:p@127.0.0.1:3128', HTTP_PROXY: 'https://[::1]' })),
    ).toEqual([
      { hostname: '::1', port: 443 },
      { hostname: '127.0.0.1', port: 3128 },
    ]);
  });
});

describe('systemCa', () => {
  const store = {
    getCACertificates: (type: 'default' | 'system') =>
      type === 'default' ? ['bundled', 'extra'] : ['system', 'extra'],
  };

  it('does nothing unless NODE_USE_SYSTEM_CA=1', () => {
    expect(systemCa({}, store, '22.15.0')).toEqual({});
    expect(systemCa({ NODE_USE_SYSTEM_CA: '0' }, store, '22.15.0')).toEqual({});
  });

  it('adds the system store to what Node trusts anyway, where Node can read it', () => {
    expect(systemCa({ NODE_USE_SYSTEM_CA: '1' }, store, '22.15.0')).toEqual({
      ca: ['bundled', 'extra', 'system'],
    });
  });

  it('says why not on a Node that cannot read the system store (Node 20, 22.12–22.14)', () => {
    const { ca, notice } = systemCa({ NODE_USE_SYSTEM_CA: '1' }, {}, '20.19.0');
    expect(ca).toBeUndefined();
    expect(notice).toMatch(/needs Node 22\.15 or later.*this is Node 20\.19\.0.*NODE_EXTRA_CA_CERTS/);
  });
});
