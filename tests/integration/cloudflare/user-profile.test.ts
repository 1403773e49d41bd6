import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import type { ApiFetch, Credential } from '../../../electron/main/core/cloudflare';
import {
  DEMO_CREDENTIALS,
  DEMO_GLOBAL_KEY,
  DEMO_INVITES_ONLY_TOKEN,
  DEMO_TOKEN,
  startDemoServer,
} from '../../../electron/main/core/demo';
import type { DemoFault, DemoServer } from '../../../electron/main/core/demo';
import { AppError } from '../../../electron/main/core/errors';

// GET /user for the user's own 2FA state (issue 22): its answers and its fault matrix. The
// sync engine turns every failure here into "unknown" (tests/integration/sync/two-factor.test.ts);
// this file checks the client maps each one like every other call, redacted.

const NOW = Date.parse('2026-03-01T12:00:00Z');
let server: DemoServer;

const api = (credential: Credential = DEMO_CREDENTIALS.token, options: { fetch?: ApiFetch } = {}) =>
  createCloudflareApi({ credential, baseUrl: server.baseUrl, now: () => NOW, timeoutMs: 1_000, ...options });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => new Error('expected the call to fail'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  const text = JSON.stringify((error as AppError).info) + (error as AppError).message;
  expect(text).not.toContain(DEMO_TOKEN);
  expect(text).not.toContain(DEMO_GLOBAL_KEY);
  return error as AppError;
}

beforeAll(async () => {
  server = await startDemoServer({ now: () => NOW });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('twoFactorEnabled', () => {
  it.each([true, false])(
    'says what GET /user says (%s), for a token and for a Global API key',
    async (on) => {
      server.setTwoFactorEnabled(on);
      expect(await api().twoFactorEnabled()).toBe(on);
      expect(await api(DEMO_CREDENTIALS.globalKey).twoFactorEnabled()).toBe(on);
      expect(server.requestLog().map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
        'GET /client/v4/user 200',
        'GET /client/v4/user 200',
      ]);
    },
  );

  it('goes through the fetch it was given (net.fetch in the app, the proxy in the CLI)', async () => {
    const seen: string[] = [];
    const fetch: ApiFetch = (input, init) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return globalThis.fetch(input, init);
    };
    expect(await api(DEMO_CREDENTIALS.token, { fetch }).twoFactorEnabled()).toBe(true);
    expect(seen).toEqual([`${server.baseUrl}/user`]);
  });

  it('a token without User Details Read is missing-permission (403), and its lists still work', async () => {
    const limited = api(DEMO_CREDENTIALS.invitesOnlyToken);
    expect((await failure(limited.twoFactorEnabled())).info).toMatchObject({
      kind: 'missing-permission',
      status: 403,
      cloudflareErrors: [{ code: 9109, message: 'Unauthorized to access requested resource' }],
    });
    expect((await limited.listInvites()).invites.length).toBeGreaterThan(0);
    expect(JSON.stringify(server.requestLog())).not.toContain(DEMO_INVITES_ONLY_TOKEN);
  });

  it('an answer that does not say is null, not a guess', async () => {
    server.failNext(1, 'success-false', { path: '/user' });
    await failure(api().twoFactorEnabled());
    const original = globalThis.fetch;
    const withoutField: ApiFetch = async (input, init) => {
      const response = await original(input, init);
      const body = (await response.json()) as { result: Record<string, unknown> };
      delete body.result.two_factor_authentication_enabled;
      return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
    };
    expect(await api(DEMO_CREDENTIALS.token, { fetch: withoutField }).twoFactorEnabled()).toBeNull();
  });

  it.each([
    [401, 'bad-credentials'],
    [403, 'missing-permission'],
    [429, 'rate-limited'],
    [500, 'server-error'],
    [502, 'server-error'],
    [503, 'server-error'],
    ['timeout', 'offline'],
    ['reset', 'offline'],
    ['malformed-json', 'invalid-response'],
    ['success-false', 'invalid-response'],
  ] satisfies [DemoFault, string][])('fault %s is %s', async (fault, kind) => {
    server.failNext(1, fault, { path: '/user' });
    expect((await failure(api().twoFactorEnabled())).kind).toBe(kind);
  });

  it('a 200 whose result is not a user is invalid-response, naming the field but not its value', async () => {
    const wrongType: ApiFetch = () =>
      Promise.resolve(
        new Response(
          JSON.stringify({
            success: true,
            errors: [],
            messages: [],
            result: { id: 'u', email: 'e@example.com', two_factor_authentication_enabled: 'yes-secret' },
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
      );
    const error = await failure(api(DEMO_CREDENTIALS.token, { fetch: wrongType }).twoFactorEnabled());
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('result.two_factor_authentication_enabled');
    expect(error.message).not.toContain('yes-secret');
  });

  it('offline: a closed port', async () => {
    const closed = await startDemoServer();
    const baseUrl = closed.baseUrl;
    await closed.close();
    const offline = createCloudflareApi({ credential: DEMO_CREDENTIALS.token, baseUrl, timeoutMs: 1_000 });
    expect((await failure(offline.twoFactorEnabled())).kind).toBe('offline');
  });
});
