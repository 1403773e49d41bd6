import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_EMAIL,
  DEMO_GLOBAL_KEY,
  DEMO_INVITES_ONLY_TOKEN,
  DEMO_TOKEN,
  startDemoServer,
} from '../../../electron/main/core/demo';
import type { DemoFault, DemoServer } from '../../../electron/main/core/demo';
import { createValidator, readOpenApiFixture } from './support/openapi-validator';

// The demo's GET /user (issue 22: the user's own 2FA state) against the newer reference
// subset of Cloudflare's OpenAPI (tests/fixtures/cloudflare-invites-memberships.openapi.json,
// a copy of ../shared/reference/), like the rest of the demo against the older one.

const FIXTURE = 'cloudflare-invites-memberships.openapi.json';
const openapi = readOpenApiFixture(FIXTURE);
const schema = createValidator(openapi, FIXTURE);
const { expectValid } = schema;
let server: DemoServer;

async function getUser(headers: Record<string, string>) {
  const response = await fetch(`${server.baseUrl}/user`, { headers });
  return { status: response.status, body: (await response.json()) as { result?: Record<string, unknown> } };
}

const TOKEN = { authorization: `Bearer ${DEMO_TOKEN}` };
const GLOBAL_KEY = { 'x-auth-email': DEMO_EMAIL, 'x-auth-key': DEMO_GLOBAL_KEY };

beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('GET /user matches Cloudflare’s OpenAPI', () => {
  it('the reference documents the field Invitray reads, and its validator is not vacuous', () => {
    expect(Object.keys(openapi.paths)).toContain('/user');
    const user = schema('iam_single_user_response');
    const base = { success: true, errors: [], messages: [] };
    expect(
      user({ ...base, result: { id: 'u', email: 'a@example.com', two_factor_authentication_enabled: true } }),
    ).toBe(true);
    expect(
      user({ ...base, result: { id: 'u', email: 'a@example.com', two_factor_authentication_enabled: 'on' } }),
    ).toBe(false);
    expect(user({ ...base, result: { email: 'a@example.com' } })).toBe(false);
  });

  it.each([
    ['a token with User Details Read', TOKEN],
    ['a Global API key', GLOBAL_KEY],
  ])('with 2FA on and off, for %s', async (_name, headers) => {
    for (const on of [true, false]) {
      server.setTwoFactorEnabled(on);
      const { status, body } = await getUser(headers);
      expect(status).toBe(200);
      expectValid('iam_single_user_response', body);
      expect(body.result?.two_factor_authentication_enabled).toBe(on);
    }
  });

  it('reset() returns to the starting 2FA state; a server can start with it off', async () => {
    server.setTwoFactorEnabled(false);
    server.reset();
    expect((await getUser(TOKEN)).body.result?.two_factor_authentication_enabled).toBe(true);
    const off = await startDemoServer({ twoFactorEnabled: false });
    try {
      const response = await fetch(`${off.baseUrl}/user`, { headers: TOKEN });
      const body = (await response.json()) as { result: Record<string, unknown> };
      expect(body.result.two_factor_authentication_enabled).toBe(false);
    } finally {
      await off.close();
    }
  });

  it('a token without User Details Read: 403, a Cloudflare failure body', async () => {
    const { status, body } = await getUser({ authorization: `Bearer ${DEMO_INVITES_ONLY_TOKEN}` });
    expect(status).toBe(403);
    expectValid('iam_api-response-common-failure', body);
    // It still lists invitations.
    const invites = await fetch(`${server.baseUrl}/user/invites`, {
      headers: { authorization: `Bearer ${DEMO_INVITES_ONLY_TOKEN}` },
    });
    expect(invites.status).toBe(200);
    expectValid('iam_schemas-collection_invite_response', await invites.json());
  });

  it.each([401, 403, 429, 500, 502, 503, 'success-false'] satisfies DemoFault[])(
    'fault %s',
    async (fault) => {
      server.failNext(1, fault, { path: '/user', exactPath: true });
      const { status, body } = await getUser(TOKEN);
      expect(status).toBeGreaterThanOrEqual(fault === 'success-false' ? 200 : 400);
      expectValid('iam_api-response-common-failure', body);
    },
  );

  it('an exact-path fault leaves /user/invites alone', async () => {
    server.failNext(1, 500, { path: '/user', exactPath: true });
    expect((await fetch(`${server.baseUrl}/user/invites`, { headers: TOKEN })).status).toBe(200);
    expect((await getUser(TOKEN)).status).toBe(500);
  });
});
