import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startDemoServer, type DemoServer } from '../../../electron/main/core/demo';
import { startConnectProxy, type ConnectProxy } from '../../support/connect-proxy';
import {
  keychainSuiteGate,
  probeSecretService,
  purgeService,
  throwawayService,
} from '../../support/secret-service';
import { createThrowawayCa, opensslAvailable, type ThrowawayCa } from '../../support/throwaway-ca';
import { buildChildScripts, makeChildDir } from '../accounts/build-child';
import { cleanEnv, runNode } from './support/run-child';

// A whole CLI session behind a TLS-inspecting proxy: login, then list, each a separate
// process with HTTPS_PROXY set. The API's name resolves only inside the proxy, so the
// session working at all shows that every request went through it; the proxy's log shows
// the tunnels and the API's log the requests that came out of them.

const API_HOST = 'api.invitray.test';
const gate = keychainSuiteGate(await probeSecretService());
const openssl = opensslAvailable();

describe.skipIf(gate.skip || (!openssl && !process.env.CI))(
  `CLI login + list with HTTPS_PROXY: ${gate.title}${openssl ? '' : ' — skipped: no openssl command'}`,
  // Two CLI child processes, each loading keytar and undici: slow on a busy machine.
  { timeout: 120_000 },
  () => {
    let ca: ThrowawayCa;
    let api: DemoServer;
    let proxy: ConnectProxy;
    let childDir: string;
    let cliChild: string;
    let configDir: string;
    const service = throwawayService();

    const cli = (args: string[], stdin = '') =>
      runNode(
        [cliChild, service, configDir, ...args, '--api-base', `https://${API_HOST}:${api.port}/client/v4`],
        cleanEnv({ HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: ca.caPath }),
        stdin,
      );

    beforeAll(async () => {
      ca = createThrowawayCa([API_HOST], []);
      api = await startDemoServer({ tls: ca.server });
      proxy = await startConnectProxy({ hosts: { [API_HOST]: '127.0.0.1' } });
      configDir = mkdtempSync(path.join(tmpdir(), 'invitray-cli-proxy-login-'));
      childDir = makeChildDir();
      ({ cliChild } = await buildChildScripts(
        { cliChild: 'tests/integration/cli/fixtures/cli-child.ts' },
        childDir,
      ));
    }, 120_000);
    afterAll(async () => {
      await purgeService(service);
      await proxy?.close();
      await api?.close();
      ca?.remove();
      for (const dir of [configDir, childDir]) if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('sends every request of login and list through the proxy', async () => {
      const login = await cli(['login', '--token', '--label', 'Work'], DEMO_TOKEN);
      expect(login.stderr).toBe('');
      expect(login.stdout).toContain('Signed in as "Work"');
      expect(login.code).toBe(0);

      const list = await cli(['list', '--json']);
      expect(list.stderr).toBe('');
      expect(list.code).toBe(0);
      const invites = JSON.parse(list.stdout) as { effective_status: string }[];
      expect(invites.length).toBe(api.invites().length);

      // Every tunnel to the API (only the proxy can resolve its name). A process's second request
      // may open a second tunnel: undici had not pooled the first connection again yet.
      const tunnel = { target: `${API_HOST}:${api.port}`, status: 200, authorized: false };
      expect(proxy.log().length).toBeGreaterThanOrEqual(2);
      expect(proxy.log().filter((entry) => JSON.stringify(entry) !== JSON.stringify(tunnel))).toEqual([]);
      // The list's process also asks GET /user: the demo's Initech enforces 2FA (two_factor_ready).
      expect(api.requestLog().map((entry) => `${entry.method} ${entry.path}`)).toEqual([
        'GET /client/v4/user/tokens/verify',
        'GET /client/v4/user/invites',
        'GET /client/v4/user',
      ]);
    });
  },
);
