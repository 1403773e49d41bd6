import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import { DEMO_CREDENTIALS, startDemoServer } from '../../../electron/main/core/demo';
import type { DemoServer } from '../../../electron/main/core/demo';

// The SDK reads these and sends every credential it finds; a developer's shell
// often has them set. None may reach the wire next to the profile's own credential.
const LEAKY_ENV = {
  CLOUDFLARE_API_TOKEN: 'leaked_env_token_000000000000000000000000',
  CLOUDFLARE_API_KEY: 'leakedenvkey0000000000000000000000000',
  CLOUDFLARE_EMAIL: 'leaked@example.com',
  CLOUDFLARE_API_USER_SERVICE_KEY: 'v1.0-leaked-service-key',
  CLOUDFLARE_CUSTOM_HEADERS:
    'Authorization: Bearer leaked_custom_header\nX-Auth-Key: leaked_custom_key\nX-Custom-Trace: kept',
  CLOUDFLARE_BASE_URL: 'http://127.0.0.1:9/client/v4',
  CLOUDFLARE_LOG: 'debug',
};
const LEAKED_VALUES = Object.values(LEAKY_ENV);
let server: DemoServer;
const saved = new Map<string, string | undefined>();

beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  for (const [name, value] of Object.entries(LEAKY_ENV)) {
    saved.set(name, process.env[name]);
    process.env[name] = value;
  }
});
afterEach(() => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('only the chosen credential is sent', () => {
  it('a token profile sends Authorization alone, with its own token', async () => {
    const api = createCloudflareApi({ credential: DEMO_CREDENTIALS.token, baseUrl: server.baseUrl });
    await api.listInvites();
    await api.respond('9ce88802f07591e5ce0457ef51ece021', 'accepted');
    await api.verifyCredentials();
    const log = server.requestLog();
    expect(log).toHaveLength(3);
    for (const entry of log) {
      expect(entry.authHeaders).toEqual(['authorization']);
      // The demo only knows its own tokens: a leaked one would not authenticate as demo-token.
      expect(entry.principal).toBe('demo-token');
      expect(entry.status).toBe(200);
    }
  });

  it('a Global API key profile sends X-Auth-Email and X-Auth-Key alone', async () => {
    const api = createCloudflareApi({ credential: DEMO_CREDENTIALS.globalKey, baseUrl: server.baseUrl });
    await api.listInvites();
    expect(await api.verifyCredentials()).toEqual({ email: DEMO_CREDENTIALS.globalKey.email });
    for (const entry of server.requestLog()) {
      expect(entry.authHeaders).toEqual(['x-auth-email', 'x-auth-key']);
      expect(entry.principal).toBe('demo-global-key');
    }
  });

  it('the environment was really in effect: the custom header it adds arrives, no leaked value does', async () => {
    await createCloudflareApi({ credential: DEMO_CREDENTIALS.token, baseUrl: server.baseUrl }).listInvites();
    const [entry] = server.requestLog();
    expect(entry?.headers['x-custom-trace']).toBe('kept');
    const received = JSON.stringify(entry);
    for (const value of LEAKED_VALUES) expect(received).not.toContain(value);
    expect(received).not.toContain('leaked');
  });
});
