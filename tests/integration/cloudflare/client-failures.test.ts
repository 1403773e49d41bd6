import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import type { CloudflareApi, Credential } from '../../../electron/main/core/cloudflare';
import { DEMO_CREDENTIALS, startDemoServer } from '../../../electron/main/core/demo';
import type { DemoServer } from '../../../electron/main/core/demo';
import { AppError } from '../../../electron/main/core/errors';
import { failure } from './support/demo-failure';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const ACME = '9ce88802f07591e5ce0457ef51ece021';
const HOOLI_ACCEPTED = '8cabafd3576ab48731c8ab59e0349a0e';
const STARK_REJECTED = '0d6f7d4cbf5d538f1dedea4c6b775617';
const WAYNE_EXPIRED = 'b9efb79697c26434d28facc83436f8e5';
const TYRELL_LAPSED = '5a32061159a30eeebb309052be870e00';
let server: DemoServer;

const api = (credential: Credential = DEMO_CREDENTIALS.token, timeoutMs = 5_000): CloudflareApi =>
  createCloudflareApi({ credential, baseUrl: server.baseUrl, now: () => NOW, timeoutMs });

beforeAll(async () => {
  server = await startDemoServer({ now: () => NOW });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('HTTP failures', () => {
  it('401 is bad credentials', async () => {
    server.failNext(1, 401);
    expect((await failure(api().listInvites())).info).toMatchObject({
      kind: 'bad-credentials',
      status: 401,
      cloudflareErrors: [{ code: 10000, message: 'Authentication error' }],
    });
  });

  it('403 without an auth code is a missing permission', async () => {
    server.failNext(1, 403);
    expect((await failure(api().listInvites())).info).toMatchObject({
      kind: 'missing-permission',
      status: 403,
    });
  });

  it('a read-only token can list but gets missing-permission naming Memberships Write on respond', async () => {
    const readOnly = api(DEMO_CREDENTIALS.readOnlyToken);
    expect((await readOnly.listInvites()).invites).toHaveLength(8);
    const error = await failure(readOnly.respond(ACME, 'accepted'));
    expect(error.info).toMatchObject({ kind: 'missing-permission', status: 403 });
    expect(error.message).toMatch(/Memberships Write/);
    expect(server.invites().find((invite) => invite.id === ACME)?.status).toBe('pending');
  });

  it('a revoked token is bad credentials on every call', async () => {
    expect((await failure(api(DEMO_CREDENTIALS.revokedToken).listInvites())).kind).toBe('bad-credentials');
  });

  it('404 on an unknown or removed invite is not-found', async () => {
    expect((await failure(api().getInvite('f'.repeat(32)))).info).toMatchObject({
      kind: 'not-found',
      status: 404,
    });
    server.removeInvite(ACME);
    expect((await failure(api().respond(ACME, 'accepted'))).kind).toBe('not-found');
  });

  it.each([
    ['an accepted', HOOLI_ACCEPTED],
    ['a rejected', STARK_REJECTED],
    ['an expired', WAYNE_EXPIRED],
    ['a lapsed pending', TYRELL_LAPSED],
  ])('answering %s invite is already-answered', async (_name, id) => {
    const error = await failure(api().respond(id, 'accepted'));
    expect(error.info).toMatchObject({ kind: 'already-answered', status: 400 });
    expect(error.info.cloudflareErrors).toHaveLength(1);
  });

  it('answering twice: the second is already-answered', async () => {
    await api().respond(ACME, 'rejected');
    expect((await failure(api().respond(ACME, 'accepted'))).kind).toBe('already-answered');
  });

  it('429 is rate-limited until Retry-After seconds, with no retry by the SDK', async () => {
    server.failNext(1, 429, { retryAfter: 120 });
    const error = await failure(api().listInvites());
    expect(error.info).toMatchObject({ kind: 'rate-limited', status: 429, retryAt: NOW + 120_000 });
    expect(error.info.cloudflareErrors[0]?.code).toBe(10000);
    expect(server.requestLog()).toHaveLength(1);
  });

  it('429 with an HTTP-date Retry-After', async () => {
    server.failNext(1, 429, { retryAfter: new Date(NOW + 90_000).toUTCString() });
    expect((await failure(api().listInvites())).info.retryAt).toBe(NOW + 90_000);
  });

  it('429 without Retry-After waits the default 5 minutes', async () => {
    server.failNext(1, 429, { retryAfter: null });
    expect((await failure(api().listInvites())).info.retryAt).toBe(NOW + 300_000);
  });

  it.each([500, 502, 503] as const)('%i is a server error, not retried', async (status) => {
    server.failNext(1, status);
    expect((await failure(api().listInvites())).info).toMatchObject({ kind: 'server-error', status });
    expect(server.requestLog()).toHaveLength(1);
  });

  it('a fault only hits the requests it names', async () => {
    server.failNext(2, 500, { method: 'PATCH' });
    expect((await api().listInvites()).invites).toHaveLength(8);
    expect((await failure(api().respond(ACME, 'accepted'))).kind).toBe('server-error');
    expect((await failure(api().respond(ACME, 'accepted'))).kind).toBe('server-error');
    expect((await api().respond(ACME, 'accepted')).status).toBe('accepted');
  });
});

describe('broken responses', () => {
  it('malformed JSON on a 200 is invalid-response', async () => {
    server.failNext(1, 'malformed-json');
    expect((await failure(api().listInvites())).info).toMatchObject({
      kind: 'invalid-response',
      status: 200,
    });
  });

  it('success:false on a 200 is invalid-response keeping Cloudflare’s errors', async () => {
    server.failNext(1, 'success-false');
    expect((await failure(api().getInvite(ACME))).info).toMatchObject({
      kind: 'invalid-response',
      cloudflareErrors: [{ code: 10002 }],
    });
  });

  it('wrong types in a listed invite set it aside; fetched alone it is invalid-response', async () => {
    server.setInvites([{ id: ACME, organization_id: 'o', invited_member_id: null, roles: 'Admin' }]);
    expect(await api().listInvites()).toEqual({
      invites: [],
      unreadable: [{ index: 0, path: 'result.0.roles', problem: 'invalid type' }],
    });
    expect((await failure(api().getInvite(ACME))).kind).toBe('invalid-response');
  });
});

describe('network failures', () => {
  it('a request that hangs times out as offline, saying so', async () => {
    server.failNext(1, 'timeout');
    const error = await failure(api(DEMO_CREDENTIALS.token, 300).listInvites());
    expect(error.kind).toBe('offline');
    expect(error.message).toMatch(/timed out/);
  });

  it('a reset connection is offline', async () => {
    server.failNext(1, 'reset');
    const error = await failure(api().listInvites());
    expect(error.kind).toBe('offline');
    expect(error.message).not.toMatch(/timed out/);
    expect(server.requestLog()).toHaveLength(1);
  });

  it('a closed port is offline', async () => {
    const gone = await startDemoServer({ now: () => NOW });
    const baseUrl = gone.baseUrl;
    await gone.close();
    const offline = createCloudflareApi({ credential: DEMO_CREDENTIALS.token, baseUrl, now: () => NOW });
    expect((await failure(offline.listInvites())).kind).toBe('offline');
  });

  it('an abort by the caller is offline, marked as cancelled', async () => {
    server.failNext(1, 'timeout');
    const controller = new AbortController();
    const pending = api().listInvites(controller.signal);
    await waitFor(() => server.requestLog().length === 1);
    controller.abort();
    const error = await failure(pending);
    expect(error.kind).toBe('offline');
    expect(error.message).toMatch(/cancelled/);
  });

  it('an already aborted signal sends nothing', async () => {
    const error = await failure(api().listInvites(AbortSignal.abort()));
    expect(error.message).toMatch(/cancelled/);
    expect(server.requestLog()).toHaveLength(0);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('requests refused before they are sent', () => {
  it.each(['', '../user', 'a/b', 'x'.repeat(33), '..'])(
    'an invite id like %j is invalid-request',
    async (id) => {
      expect((await failure(api().getInvite(id))).kind).toBe('invalid-request');
      expect((await failure(api().respond(id, 'accepted'))).kind).toBe('invalid-request');
      expect(server.requestLog()).toHaveLength(0);
    },
  );

  it('an answer other than accepted/rejected is invalid-request', async () => {
    const answer = 'maybe' as unknown as 'accepted';
    expect((await failure(api().respond(ACME, answer))).kind).toBe('invalid-request');
    expect(server.requestLog()).toHaveLength(0);
  });

  it('a base URL that is not http(s) is refused when the client is made', () => {
    expect(() =>
      createCloudflareApi({ credential: DEMO_CREDENTIALS.token, baseUrl: 'file:///etc', now: () => NOW }),
    ).toThrow(AppError);
  });
});
