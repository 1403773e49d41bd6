import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tls from 'node:tls';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NETWORK_ADVICE } from '../../../electron/main/core/cloudflare/network-failure';
import { startDemoServer, type DemoServer } from '../../../electron/main/core/demo';
import { startConnectProxy, type ConnectProxy } from '../../support/connect-proxy';
import { createThrowawayCa, opensslAvailable, type ThrowawayCa } from '../../support/throwaway-ca';
import { cleanEnv, runNode } from './support/run-child';

// The built CLI (bin/invitray.js) as a child process, in front of the demo API served over
// HTTPS with a certificate from a CA made for this run, through a real CONNECT proxy on
// 127.0.0.1 — a TLS-inspecting company network in miniature. The API's host name
// (api.invitray.test) resolves only inside the proxy, so a request that skipped the proxy
// could not reach it at all.

const API_HOST = 'api.invitray.test';
const WRONG_TOKEN = 'not-a-valid-token-0123456789abcdef';
const built = existsSync('out/main/cli.js');
const openssl = opensslAvailable();
const why = !openssl
  ? ' — skipped: no openssl command'
  : !built
    ? ' — skipped: not built (npm run build)'
    : '';

describe.skipIf((!built && !process.env.CI) || (!openssl && !process.env.CI))(
  `CLI through a CONNECT proxy to an HTTPS API${why}`,
  // Each case runs the CLI as a child process, several in some: slow on a busy machine.
  { timeout: 120_000 },
  () => {
    let ca: ThrowawayCa;
    let api: DemoServer;
    let proxy: ConnectProxy;
    let configDir: string;
    const viaName = () => `https://${API_HOST}:${api.port}/client/v4`;
    const login = (env: Record<string, string>, base = viaName()) =>
      runNode(
        ['bin/invitray.js', 'login', '--token', '--api-base', base],
        cleanEnv({ INVITRAY_CONFIG_DIR: configDir, ...env }),
        WRONG_TOKEN,
      );

    beforeAll(async () => {
      ca = createThrowawayCa([API_HOST], ['127.0.0.1']);
      api = await startDemoServer({ tls: ca.server });
      proxy = await startConnectProxy({ hosts: { [API_HOST]: '127.0.0.1' } });
      configDir = mkdtempSync(path.join(tmpdir(), 'invitray-cli-proxy-'));
    }, 60_000);
    afterAll(async () => {
      await proxy?.close();
      await api?.close();
      ca?.remove();
      if (configDir) rmSync(configDir, { recursive: true, force: true });
    });
    beforeEach(() => {
      api.reset();
      proxy.clearLog();
    });

    it.each([
      ['HTTPS_PROXY', 'HTTPS_PROXY'],
      ['https_proxy', 'https_proxy'],
    ])('reaches the API through %s with the CA trusted by NODE_EXTRA_CA_CERTS', async (_name, variable) => {
      const result = await login({ [variable]: proxy.url, NODE_EXTRA_CA_CERTS: ca.caPath });
      // The wrong token is refused by the API itself: TLS and the tunnel both worked.
      expect(result.stderr).toContain('did not accept this API token');
      expect(result.code).toBe(2);
      expect(proxy.log()).toEqual([{ target: `${API_HOST}:${api.port}`, status: 200, authorized: false }]);
      expect(api.requestLog().map((entry) => entry.path)).toEqual(['/client/v4/user/tokens/verify']);
    });

    it('without the CA, fails with the certificate error and its advice, and sends nothing', async () => {
      const result = await login({ HTTPS_PROXY: proxy.url });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(`invitray: ${NETWORK_ADVICE['certificate-untrusted']}`);
      expect(result.stderr).toContain('install its root certificate');
      expect(proxy.log()).toEqual([{ target: `${API_HOST}:${api.port}`, status: 200, authorized: false }]);
      expect(api.requestLog()).toEqual([]);
    });

    it.each([
      ['NO_PROXY', 'HTTPS_PROXY'],
      ['no_proxy', 'https_proxy'],
    ])('%s bypasses the proxy', async (noProxy, variable) => {
      const direct = `https://127.0.0.1:${api.port}/client/v4`;
      const result = await login(
        { [variable]: proxy.url, [noProxy]: 'localhost,127.0.0.1', NODE_EXTRA_CA_CERTS: ca.caPath },
        direct,
      );
      expect(result.stderr).toContain('did not accept this API token');
      expect(proxy.log()).toEqual([]);
      expect(api.requestLog()).toHaveLength(1);
    });

    it('a proxy that cannot be reached is its own error, with advice', async () => {
      const closed = await startConnectProxy();
      await closed.close();
      const result = await login({ HTTPS_PROXY: closed.url, NODE_EXTRA_CA_CERTS: ca.caPath });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(`invitray: ${NETWORK_ADVICE['proxy-unreachable']}`);
    });

    it('a name that does not resolve without the proxy is a DNS failure, with advice', async () => {
      const result = await login({ NODE_EXTRA_CA_CERTS: ca.caPath });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(`invitray: ${NETWORK_ADVICE['dns-failure']}`);
      expect(api.requestLog()).toEqual([]);
    });

    it('a proxy asking for a login says so; given one in HTTPS_PROXY it lets through, never echoing it', async () => {
      const guarded = await startConnectProxy({
        hosts: { [API_HOST]: '127.0.0.1' },
        login: { user: 'alice', password: 's3cret-proxy-pass' },
      });
      try {
        const refused = await login({ HTTPS_PROXY: guarded.url, NODE_EXTRA_CA_CERTS: ca.caPath });
        expect(refused.code).toBe(1);
        expect(refused.stderr.trim()).toBe(`invitray: ${NETWORK_ADVICE['proxy-auth-required']}`);
        expect(guarded.log().map((entry) => entry.status)).toEqual([407]);

        const withLogin = guarded.url.replace('http://', 'http://alice:s3cret-proxy-pass@');
        const passed = await login({ HTTPS_PROXY: withLogin, NODE_EXTRA_CA_CERTS: ca.caPath });
        expect(passed.stderr).toContain('did not accept this API token');
        expect(guarded.log().at(-1)).toMatchObject({ status: 200, authorized: true });

        const wrong = await login({
          HTTPS_PROXY: guarded.url.replace('http://', 'http://alice:wrong-pass-77@'),
          NODE_EXTRA_CA_CERTS: ca.caPath,
        });
        expect(wrong.stderr.trim()).toBe(`invitray: ${NETWORK_ADVICE['proxy-auth-required']}`);
        expect(wrong.stderr + wrong.stdout).not.toContain('wrong-pass-77');
      } finally {
        await guarded.close();
      }
    });

    const systemStore = typeof (tls as { getCACertificates?: unknown }).getCACertificates === 'function';
    it(`NODE_USE_SYSTEM_CA=1 on Node ${process.versions.node}: ${systemStore ? 'trusts the system store' : 'says it cannot, and why'}`, async () => {
      // On Linux, Node reads the "system" store from OpenSSL's default file, which SSL_CERT_FILE moves.
      const result = await login({
        HTTPS_PROXY: proxy.url,
        NODE_USE_SYSTEM_CA: '1',
        SSL_CERT_FILE: ca.caPath,
      });
      if (systemStore && process.platform === 'linux') {
        expect(result.stderr).toContain('did not accept this API token');
      } else if (!systemStore) {
        expect(result.stderr).toContain('NODE_USE_SYSTEM_CA=1 needs Node 22.15 or later');
        expect(result.stderr).toContain(NETWORK_ADVICE['certificate-untrusted']);
      }
      expect(proxy.log()).toHaveLength(1);
    });
  },
);
