import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_EMAIL,
  DEMO_GLOBAL_KEY,
  DEMO_READ_ONLY_TOKEN,
  DEMO_REVOKED_TOKEN,
  DEMO_TOKEN,
  startDemoServer,
} from '../../../electron/main/core/demo';
import type { DemoServer } from '../../../electron/main/core/demo';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const ACME = '9ce88802f07591e5ce0457ef51ece021';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const keyAuth = (email = DEMO_EMAIL, key = DEMO_GLOBAL_KEY) => ({ 'x-auth-email': email, 'x-auth-key': key });
let server: DemoServer;

interface Reply {
  status: number;
  headers: Headers;
  body: {
    success: boolean;
    errors: { code: number; message: string; error_chain?: { code: number }[] }[];
    result: unknown;
  };
}

async function call(
  path: string,
  headers: Record<string, string> = bearer(DEMO_TOKEN),
  init: RequestInit = {},
): Promise<Reply> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    ...init,
    headers: { ...headers, ...(init.headers as object) },
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Reply['body'],
  };
}
const patch = (id: string, body: unknown, headers: Record<string, string> = bearer(DEMO_TOKEN)) =>
  call(
    `/user/invites/${id}`,
    { ...headers, 'content-type': 'application/json' },
    {
      method: 'PATCH',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    },
  );
const codes = (reply: Reply) =>
  reply.body.errors.flatMap((error) => [error.code, ...(error.error_chain ?? []).map((e) => e.code)]);

beforeAll(async () => {
  server = await startDemoServer({ now: () => NOW });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('the demo server', () => {
  it('listens on 127.0.0.1 with a random port under /client/v4', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    expect(server.baseUrl).toBe(`${server.origin}/client/v4`);
  });

  it('seeds realistic invitations from its clock', async () => {
    const reply = await call('/user/invites');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    const invites = reply.body.result as {
      status: string;
      expires_on: string;
      invited_on: string;
      organization_name: string;
      roles: string[];
      organization_is_enforcing_twofactor: boolean;
    }[];
    expect(reply.body).toMatchObject({
      success: true,
      errors: [],
      messages: [],
      result_info: { count: 8, page: 1 },
    });
    expect(new Set(invites.map((invite) => invite.organization_name)).size).toBe(8);
    expect(new Set(invites.flatMap((invite) => invite.roles)).size).toBeGreaterThan(5);
    expect(invites.map((invite) => invite.status).sort()).toEqual([
      'accepted',
      'expired',
      'pending',
      'pending',
      'pending',
      'pending',
      'pending',
      'rejected',
    ]);
    const pendingExpiry = invites
      .filter((invite) => invite.status === 'pending')
      .map((invite) => Date.parse(invite.expires_on) - NOW);
    expect(pendingExpiry.filter((left) => left > 0 && left < 24 * 3_600_000)).toHaveLength(1);
    expect(pendingExpiry.filter((left) => left <= 0)).toHaveLength(1);
    expect(invites.filter((invite) => invite.organization_is_enforcing_twofactor)).toHaveLength(1);
    expect(invites.every((invite) => Date.parse(invite.invited_on) <= NOW)).toBe(true);
  });

  it('serves one invitation', async () => {
    expect((await call(`/user/invites/${ACME}`)).body.result).toMatchObject({
      id: ACME,
      organization_name: 'Acme Rockets',
    });
  });
});

describe('authentication', () => {
  it.each([
    ['no credential', {}, 400, [9106]],
    ['a malformed bearer', { authorization: 'Bearer no' }, 400, [6003, 6111]],
    ['a Basic authorization', { authorization: 'Basic dXNlcjpwYXNz' }, 400, [6003, 6111]],
    ['an unknown token', bearer('u'.repeat(40)), 403, [9109]],
    ['a revoked token', bearer(DEMO_REVOKED_TOKEN), 403, [9109]],
    ['a token and a key at once', { ...bearer(DEMO_TOKEN), ...keyAuth() }, 400, [6003, 6003]],
    ['an email without key', { 'x-auth-email': DEMO_EMAIL }, 400, [9106]],
    ['a malformed key', keyAuth(DEMO_EMAIL, 'short'), 400, [6003, 6103]],
    ['a malformed email', keyAuth('not-an-email'), 400, [6003, 6102]],
    ['an unknown key', keyAuth(DEMO_EMAIL, 'f'.repeat(37)), 403, [9103]],
  ])('refuses %s like Cloudflare', async (_name, headers, status, expected) => {
    const reply = await call('/user/invites', headers as Record<string, string>);
    expect(reply.status).toBe(status);
    expect(reply.body).toMatchObject({ success: false, result: null });
    expect(codes(reply)).toEqual(expected);
  });

  it('accepts the Global API key for everything but token verification', async () => {
    expect((await call('/user/invites', keyAuth())).status).toBe(200);
    expect((await call('/user', keyAuth())).body.result).toMatchObject({ email: DEMO_EMAIL });
    expect((await call('/user/tokens/verify', keyAuth())).status).toBe(400);
  });

  it('verifies tokens: active, disabled, unknown', async () => {
    expect((await call('/user/tokens/verify')).body.result).toMatchObject({ status: 'active' });
    expect((await call('/user/tokens/verify', bearer(DEMO_REVOKED_TOKEN))).body.result).toMatchObject({
      status: 'disabled',
    });
    const unknown = await call('/user/tokens/verify', bearer('u'.repeat(40)));
    expect([unknown.status, codes(unknown)]).toEqual([401, [1000]]);
  });

  it('lets the read-only token list but not answer', async () => {
    expect((await call('/user/invites', bearer(DEMO_READ_ONLY_TOKEN))).status).toBe(200);
    const reply = await patch(ACME, { status: 'accepted' }, bearer(DEMO_READ_ONLY_TOKEN));
    expect(reply.status).toBe(403);
    expect(reply.body.errors).toEqual([{ code: 9109, message: 'Unauthorized to access requested resource' }]);
  });

  it('honours tokens added by tests, with their permissions', async () => {
    server.addToken('no_memberships_token_000000000000000000000', {
      name: 'user-only',
      permissions: ['user:read'],
    });
    expect((await call('/user/invites', bearer('no_memberships_token_000000000000000000000'))).status).toBe(
      403,
    );
    expect((await call('/user', bearer('no_memberships_token_000000000000000000000'))).status).toBe(200);
  });
});

describe('routes and answers', () => {
  it('answers a pending invitation once', async () => {
    const first = await patch(ACME, { status: 'rejected' });
    expect(first.body.result).toMatchObject({ id: ACME, status: 'rejected' });
    const second = await patch(ACME, { status: 'accepted' });
    expect([second.status, second.body.errors[0]?.message]).toEqual([
      400,
      'Invitation is no longer pending: it was already rejected',
    ]);
  });

  it('refuses to answer a lapsed invitation', async () => {
    server.expireInvite(ACME);
    expect(server.invites().find((invite) => invite.id === ACME)?.status).toBe('pending');
    const reply = await patch(ACME, { status: 'accepted' });
    expect([reply.status, codes(reply)]).toEqual([400, [1006]]);
  });

  it.each([
    ['malformed JSON', '{"status":', 400, 6007],
    ['an unknown status', { status: 'maybe' }, 400, 1004],
    ['no status', {}, 400, 1004],
  ])('refuses a PATCH with %s', async (_name, body, status, code) => {
    const reply = await patch(ACME, body);
    expect([reply.status, codes(reply)]).toEqual([status, [code]]);
  });

  it('answers unknown routes, methods and ids like Cloudflare', async () => {
    expect(codes(await call('/user/nothing'))).toEqual([7000]);
    const wrongMethod = await call('/user/invites', bearer(DEMO_TOKEN), { method: 'DELETE' });
    expect([wrongMethod.status, codes(wrongMethod)]).toEqual([405, [7001]]);
    const badId = await call(`/user/invites/${'x'.repeat(40)}`);
    expect([badId.status, codes(badId)]).toEqual([404, [7003]]);
    const missing = await call(`/user/invites/${'0'.repeat(32)}`);
    expect([missing.status, codes(missing)]).toEqual([404, [1003]]);
  });

  it('refuses an oversized body', async () => {
    expect((await patch(ACME, { status: 'accepted', padding: 'x'.repeat(70_000) })).status).toBe(413);
  });
});

describe('test controls', () => {
  it('adds, updates, expires and removes invitations', async () => {
    const added = server.addInvite({ organization_name: 'New Org' });
    expect(added).toMatchObject({
      status: 'pending',
      organization_name: 'New Org',
      invited_member_email: DEMO_EMAIL,
    });
    expect(added.id).toMatch(/^[0-9a-f]{32}$/);
    expect(Date.parse(added.expires_on ?? '')).toBeGreaterThan(NOW);
    expect((await call(`/user/invites/${added.id}`)).body.result).toMatchObject({
      organization_name: 'New Org',
    });

    server.updateInvite(added.id ?? '', { status: 'accepted' });
    expect((await patch(added.id ?? '', { status: 'accepted' })).status).toBe(400);

    expect(server.removeInvite(added.id ?? '')).toBe(true);
    expect(server.removeInvite(added.id ?? '')).toBe(false);
    expect((await call(`/user/invites/${added.id}`)).status).toBe(404);
    expect(() => server.expireInvite(added.id ?? '')).toThrow(/no invitation/);
  });

  it('replaces invitations and resets to the seed', async () => {
    server.setInvites([]);
    expect((await call('/user/invites')).body.result).toEqual([]);
    server.failNext(5, 500);
    server.reset();
    expect((await call('/user/invites')).body.result).toHaveLength(8);
    expect(server.requestLog()).toHaveLength(1);
  });

  it('hands out copies, so tests cannot change state by accident', () => {
    const [first] = server.invites();
    if (first) first.status = 'accepted';
    expect(server.invites()[0]?.status).toBe('pending');
  });

  it('fails exactly the next N matching requests', async () => {
    server.failNext(2, 503, { path: '/user/invites' });
    expect((await call('/user/tokens/verify')).status).toBe(200);
    expect((await call('/user/invites')).status).toBe(503);
    expect((await call(`/user/invites/${ACME}`)).status).toBe(503);
    expect((await call('/user/invites')).status).toBe(200);
    expect(server.requestLog().map((entry) => entry.fault ?? null)).toEqual([null, 503, 503, null]);
  });

  it('sends Retry-After with a 429', async () => {
    server.failNext(1, 429, { retryAfter: 42 });
    const reply = await call('/user/invites');
    expect([reply.status, reply.headers.get('retry-after'), codes(reply)]).toEqual([429, '42', [10000]]);
  });

  it('sends success:false on a 200', async () => {
    server.failNext(1, 'success-false');
    const reply = await call('/user/invites');
    expect([reply.status, reply.body.success]).toEqual([200, false]);
  });

  it('sends a body that is not JSON', async () => {
    server.failNext(1, 'malformed-json');
    const response = await fetch(`${server.baseUrl}/user/invites`, { headers: bearer(DEMO_TOKEN) });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('cuts the connection', async () => {
    server.failNext(1, 'reset');
    await expect(fetch(`${server.baseUrl}/user/invites`, { headers: bearer(DEMO_TOKEN) })).rejects.toThrow();
    expect(server.requestLog()[0]).toMatchObject({ status: null, fault: 'reset' });
  });

  it('holds a request open until the client gives up, and still closes promptly', async () => {
    const own = await startDemoServer({ now: () => NOW });
    own.failNext(1, 'timeout');
    const hanging = fetch(`${own.baseUrl}/user/invites`, { headers: bearer(DEMO_TOKEN) }).then(
      () => 'answered',
      () => 'failed',
    );
    while (own.requestLog().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await own.close();
    expect(await hanging).toBe('failed');
    await own.close();
  });

  it('rejects a nonsensical count', () => {
    expect(() => server.failNext(0, 500)).toThrow(RangeError);
  });
});

describe('request log', () => {
  it('records method, path, body, clock time and which credential headers came, never their values', async () => {
    await call('/user/invites', { ...bearer(DEMO_TOKEN), cookie: 'session=abc' });
    await patch(ACME, { status: 'accepted' }, keyAuth());
    const log = server.requestLog();
    expect(log).toMatchObject([
      {
        at: NOW,
        method: 'GET',
        path: '/client/v4/user/invites',
        authHeaders: ['authorization'],
        principal: 'demo-token',
        status: 200,
      },
      {
        method: 'PATCH',
        path: `/client/v4/user/invites/${ACME}`,
        authHeaders: ['x-auth-email', 'x-auth-key'],
        principal: 'demo-global-key',
        body: { status: 'accepted' },
      },
    ]);
    expect(log[0]).not.toHaveProperty('body');
    const text = JSON.stringify(log);
    for (const secret of [DEMO_TOKEN, DEMO_GLOBAL_KEY, DEMO_EMAIL, 'session=abc'])
      expect(text).not.toContain(secret);
    expect(log[1]?.headers['content-type']).toBe('application/json');
    server.clearRequestLog();
    expect(server.requestLog()).toEqual([]);
  });

  it('keeps only the newest requests (REQUEST_LOG_LIMIT unless told), so a demo running all day stays the same size', async () => {
    const small = await startDemoServer({ requestLogLimit: 2 });
    try {
      for (const n of [1, 2, 3])
        await fetch(`${small.baseUrl}/user/invites?n=${n}`, { headers: bearer(DEMO_TOKEN) });
      expect(small.requestLog().map((entry) => entry.path)).toEqual([
        '/client/v4/user/invites?n=2',
        '/client/v4/user/invites?n=3',
      ]);
    } finally {
      await small.close();
    }
  });
});
