import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import type { Credential } from '../../../electron/main/core/cloudflare';
import { DEMO_CREDENTIALS, DEMO_EMAIL, startDemoServer } from '../../../electron/main/core/demo';
import type { DemoServer } from '../../../electron/main/core/demo';
import { AppError } from '../../../electron/main/core/errors';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const ACME = '9ce88802f07591e5ce0457ef51ece021';
let server: DemoServer;

const api = (credential: Credential = DEMO_CREDENTIALS.token) =>
  createCloudflareApi({ credential, baseUrl: server.baseUrl, now: () => NOW, timeoutMs: 5_000 });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => new Error('expected the call to fail'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  server = await startDemoServer({ now: () => NOW });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('listInvites', () => {
  it('returns the seeded invitations with their effective status', async () => {
    const { invites, unreadable } = await api().listInvites();
    expect(unreadable).toEqual([]);
    expect(
      invites.map((invite) => [invite.organization_name, invite.status, invite.effective_status]),
    ).toEqual([
      ['Acme Rockets', 'pending', 'pending'],
      ['Globex Corporation', 'pending', 'pending'],
      ['Initech', 'pending', 'pending'],
      ['Umbrella Research', 'pending', 'pending'],
      ['Hooli', 'accepted', 'accepted'],
      ['Stark Industries', 'rejected', 'rejected'],
      ['Wayne Enterprises', 'expired', 'expired'],
      ['Tyrell Corporation', 'pending', 'expired'],
    ]);
    const initech = invites.find((invite) => invite.organization_name === 'Initech');
    expect(initech?.organization_is_enforcing_twofactor).toBe(true);
    const umbrella = invites.find((invite) => invite.organization_name === 'Umbrella Research');
    expect(umbrella?.invited_member_id).toBeNull();
    const globex = invites.find((invite) => invite.organization_name === 'Globex Corporation');
    expect(Date.parse(globex?.expires_on ?? '') - NOW).toBe(18 * 3_600_000);
  });

  it('makes exactly one request, authenticated by the token', async () => {
    await api().listInvites();
    expect(server.requestLog()).toMatchObject([
      {
        method: 'GET',
        path: '/client/v4/user/invites',
        status: 200,
        authHeaders: ['authorization'],
        principal: 'demo-token',
      },
    ]);
  });

  it('works with a Global API key and sends only email and key', async () => {
    expect((await api(DEMO_CREDENTIALS.globalKey).listInvites()).invites).toHaveLength(8);
    expect(server.requestLog()[0]).toMatchObject({
      authHeaders: ['x-auth-email', 'x-auth-key'],
      principal: 'demo-global-key',
    });
  });

  it('keeps extra fields, accepts sparse invites and drops those without an id', async () => {
    server.setInvites([
      {
        id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        organization_id: 'o1',
        invited_member_id: null,
        surprise: { x: 1 },
      },
      { organization_id: 'o2', invited_member_id: null, status: 'pending' },
    ]);
    const { invites } = await api().listInvites();
    expect(invites).toEqual([
      {
        id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        organization_id: 'o1',
        invited_member_id: null,
        surprise: { x: 1 },
        effective_status: 'pending',
      },
    ]);
  });

  it('sees an invitation lapse on the demo server', async () => {
    server.expireInvite(ACME);
    const acme = (await api().listInvites()).invites.find((invite) => invite.id === ACME);
    expect(acme).toMatchObject({ status: 'pending', effective_status: 'expired' });
  });
});

describe('getInvite and respond', () => {
  it('gets one invitation', async () => {
    expect(await api().getInvite(ACME)).toMatchObject({
      id: ACME,
      organization_name: 'Acme Rockets',
      effective_status: 'pending',
    });
  });

  it.each(['accepted', 'rejected'] as const)(
    'answers %s with one PATCH and returns the updated invite',
    async (answer) => {
      const invite = await api().respond(ACME, answer);
      expect(invite).toMatchObject({ id: ACME, status: answer, effective_status: answer });
      expect(server.invites().find((entry) => entry.id === ACME)?.status).toBe(answer);
      expect(server.requestLog()).toMatchObject([
        { method: 'PATCH', path: `/client/v4/user/invites/${ACME}`, body: { status: answer }, status: 200 },
      ]);
    },
  );

  it('answers with a Global API key too', async () => {
    expect((await api(DEMO_CREDENTIALS.globalKey).respond(ACME, 'accepted')).status).toBe('accepted');
  });
});

describe('verifyCredentials', () => {
  it('accepts an active token through /user/tokens/verify', async () => {
    expect(await api().verifyCredentials()).toEqual({});
    expect(server.requestLog()[0]?.path).toBe('/client/v4/user/tokens/verify');
  });

  it('accepts a Global API key through /user and tells the email', async () => {
    expect(await api(DEMO_CREDENTIALS.globalKey).verifyCredentials()).toEqual({ email: DEMO_EMAIL });
    expect(server.requestLog()[0]?.path).toBe('/client/v4/user');
  });

  it('refuses a disabled token although the API answered 200', async () => {
    const error = await failure(api(DEMO_CREDENTIALS.revokedToken).verifyCredentials());
    expect(error.info).toMatchObject({ kind: 'bad-credentials', status: 200 });
    expect(error.message).toMatch(/disabled/);
  });

  it('refuses an expired token', async () => {
    server.addToken('expired_token_for_tests_00000000000000000', { name: 'old', status: 'expired' });
    const error = await failure(
      api({ kind: 'token', token: 'expired_token_for_tests_00000000000000000' }).verifyCredentials(),
    );
    expect(error.kind).toBe('bad-credentials');
  });

  it('refuses an unknown token and an unknown key', async () => {
    expect(
      (await failure(api({ kind: 'token', token: 'x'.repeat(40) }).verifyCredentials())).info,
    ).toMatchObject({
      kind: 'bad-credentials',
      status: 401,
    });
    const wrongKey = { kind: 'global-key', email: DEMO_EMAIL, key: '0'.repeat(37) } as const;
    expect((await failure(api(wrongKey).verifyCredentials())).info).toMatchObject({
      kind: 'bad-credentials',
      status: 403,
      cloudflareErrors: [{ code: 9103, message: 'Unknown X-Auth-Key or X-Auth-Email' }],
    });
  });

  it('refuses a malformed token with Cloudflare’s header error chain', async () => {
    const error = await failure(
      api({ kind: 'token', token: 'has spaces in it and so is malformed' }).listInvites(),
    );
    expect(error.info).toMatchObject({ kind: 'bad-credentials', status: 400 });
    expect(error.info.cloudflareErrors.map((entry) => entry.code)).toEqual([6003, 6111]);
  });
});
