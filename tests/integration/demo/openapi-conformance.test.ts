import { Ajv } from 'ajv';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import {
  DEMO_CREDENTIALS,
  DEMO_GLOBAL_KEY,
  DEMO_EMAIL,
  DEMO_READ_ONLY_TOKEN,
  DEMO_TOKEN,
  startDemoServer,
} from '../../../electron/main/core/demo';
import type { DemoFault, DemoServer } from '../../../electron/main/core/demo';
import { createValidator, readOpenApiFixture } from './support/openapi-validator';

// Every answer of the demo server is checked against Cloudflare's own OpenAPI
// schemas (tests/fixtures), so the demo cannot drift from the real API shape.

const NOW = Date.parse('2026-03-01T12:00:00Z');
const ACME = '9ce88802f07591e5ce0457ef51ece021';
const FIXTURE = 'cloudflare-user-invites.openapi.json';
const openapi = readOpenApiFixture(FIXTURE);

const schema = createValidator(openapi, FIXTURE);
let server: DemoServer;

const { expectValid } = schema;

async function get(
  path: string,
  headers: Record<string, string> = { authorization: `Bearer ${DEMO_TOKEN}` },
) {
  const response = await fetch(`${server.baseUrl}${path}`, { headers });
  return { status: response.status, body: (await response.json()) as unknown };
}

beforeAll(async () => {
  server = await startDemoServer({ now: () => NOW });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('the fixture validator', () => {
  it('is not vacuous: it rejects what Cloudflare’s schema forbids', () => {
    const validate = schema('iam_user_invite');
    expect(validate({ organization_id: 'o', invited_member_id: null })).toBe(true);
    expect(validate({ organization_id: 'o' })).toBe(false);
    expect(validate({ organization_id: 'o', invited_member_id: null, roles: 'Admin' })).toBe(false);
    expect(validate({ organization_id: 'o', invited_member_id: null, status: 'maybe' })).toBe(false);
    expect(validate({ organization_id: 'o', invited_member_id: null, expires_on: 'tomorrow' })).toBe(false);
    const failure = schema('iam_api-response-common-failure');
    expect(
      failure({ success: false, errors: [{ code: 9109, message: 'x' }], messages: [], result: null }),
    ).toBe(true);
    expect(
      failure({ success: true, errors: [{ code: 9109, message: 'x' }], messages: [], result: null }),
    ).toBe(false);
    expect(failure({ success: false, errors: [], messages: [], result: null })).toBe(false);
    expect(
      failure({ success: false, errors: [{ code: 12, message: 'x' }], messages: [], result: null }),
    ).toBe(false);
  });
});

describe('demo responses match Cloudflare’s OpenAPI', () => {
  it('GET /user/invites', async () => {
    server.addInvite({ invited_member_id: null });
    const { status, body } = await get('/user/invites');
    expect(status).toBe(200);
    expectValid('iam_schemas-collection_invite_response', body);
  });

  it('GET /user/invites/{id}', async () => {
    expectValid('iam_single_invite_response', (await get(`/user/invites/${ACME}`)).body);
  });

  it('PATCH /user/invites/{id}: the client’s request body and the answer', async () => {
    await createCloudflareApi({ credential: DEMO_CREDENTIALS.token, baseUrl: server.baseUrl }).respond(
      ACME,
      'accepted',
    );
    const [entry] = server.requestLog();
    const requestSchema = openapi.paths['/user/invites/{invite_id}']?.patch?.requestBody?.content[
      'application/json'
    ]?.schema as object;
    expect(requestSchema).toBeTypeOf('object');
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(requestSchema, entry?.body), JSON.stringify(ajv.errors)).toBe(true);
    const response = await fetch(`${server.baseUrl}/user/invites/${ACME}`, {
      headers: { authorization: `Bearer ${DEMO_TOKEN}` },
    });
    expectValid('iam_single_invite_response', await response.json());
    server.reset();
    const answered = await fetch(`${server.baseUrl}/user/invites/${ACME}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${DEMO_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'rejected' }),
    });
    expectValid('iam_single_invite_response', await answered.json());
  });

  it('GET /user/tokens/verify', async () => {
    expectValid('iam_token_verify_response_single_segment', (await get('/user/tokens/verify')).body);
  });

  it('GET /user', async () => {
    expectValid(
      'iam_single_user_response',
      (await get('/user', { 'x-auth-email': DEMO_EMAIL, 'x-auth-key': DEMO_GLOBAL_KEY })).body,
    );
  });

  it.each([
    ['no credential', '/user/invites', {}],
    ['a malformed token', '/user/invites', { authorization: 'Bearer x' }],
    ['an unknown token', '/user/tokens/verify', { authorization: `Bearer ${'u'.repeat(40)}` }],
    ['an unknown key', '/user', { 'x-auth-email': DEMO_EMAIL, 'x-auth-key': 'f'.repeat(37) }],
    ['an unknown route', '/nowhere', { authorization: `Bearer ${DEMO_TOKEN}` }],
    ['an unknown invite', `/user/invites/${'0'.repeat(32)}`, { authorization: `Bearer ${DEMO_TOKEN}` }],
  ])('failure for %s', async (_name, path, headers) => {
    const { status, body } = await get(path, headers as Record<string, string>);
    expect(status).toBeGreaterThanOrEqual(400);
    expectValid('iam_api-response-common-failure', body);
  });

  it.each([401, 403, 429, 500, 502, 503, 'success-false', 'echo-credential'] satisfies DemoFault[])(
    'fault %s',
    async (fault) => {
      server.failNext(1, fault);
      expectValid('iam_api-response-common-failure', (await get('/user/invites')).body);
    },
  );

  it('failure for a missing permission', async () => {
    const response = await fetch(`${server.baseUrl}/user/invites/${ACME}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${DEMO_READ_ONLY_TOKEN}` },
      body: JSON.stringify({ status: 'accepted' }),
    });
    expect(response.status).toBe(403);
    expectValid('iam_api-response-common-failure', await response.json());
  });

  it('a refused answer', async () => {
    server.updateInvite(ACME, { status: 'accepted' });
    const response = await fetch(`${server.baseUrl}/user/invites/${ACME}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${DEMO_TOKEN}` },
      body: JSON.stringify({ status: 'accepted' }),
    });
    expect(response.status).toBe(400);
    expectValid('iam_api-response-common-failure', await response.json());
  });
});
