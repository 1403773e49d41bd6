import { Ajv } from 'ajv';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import {
  DEMO_CREDENTIALS,
  DEMO_READ_ONLY_TOKEN,
  DEMO_TOKEN,
  startDemoServer,
} from '../../../electron/main/core/demo';
import type { DemoFault, DemoServer } from '../../../electron/main/core/demo';
import { createValidator, readOpenApiFixture } from './support/openapi-validator';

// The demo's memberships calls checked against Cloudflare's own schemas (the subset in
// tests/fixtures/cloudflare-invites-memberships.openapi.json), and kept consistent with its
// invitations: accepting one joins its account, leaving removes the membership.

const NOW = Date.parse('2026-03-01T12:00:00Z');
const ACME = '9ce88802f07591e5ce0457ef51ece021';
const ACME_ACCOUNT = '53bce4f1dfa0fe8e7ca126f91b35d3a6';
const GLOBEX = 'fc46f8e70489b90fa373d93109479ca5';
const HOOLI_ACCEPTED = '8cabafd3576ab48731c8ab59e0349a0e';
const FIXTURE = 'cloudflare-invites-memberships.openapi.json';
const openapi = readOpenApiFixture(FIXTURE);
const schema = createValidator(openapi, FIXTURE);
let server: DemoServer;

const { expectValid } = schema;

async function call(method: string, path: string, body?: unknown, token = DEMO_TOKEN) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined || method === 'GET' ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as { result?: unknown } };
}

const listSchema = (body: unknown) => {
  // GET /memberships answers one of two shapes (anyOf in the document): either must hold.
  const plain = schema('iam_collection_membership_response');
  const withPolicies = schema('iam_collection_membership_response_with_policies');
  expect(plain(body) || withPolicies(body), JSON.stringify(plain.errors)).toBe(true);
};

beforeAll(async () => {
  server = await startDemoServer({ now: () => NOW });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('the memberships validator is not vacuous', () => {
  it('rejects what the schema forbids', () => {
    const membership = schema('iam_membership');
    expect(membership({ id: 'm', roles: ['Administrator'], status: 'accepted' })).toBe(true);
    expect(membership({ id: 'm', roles: 'Administrator' })).toBe(false);
    expect(membership({ id: 'm', status: 'member' })).toBe(false);
    expect(membership({ id: 'm'.repeat(33) })).toBe(false);
    expect(membership({ id: 'm', account: { id: 'a' } })).toBe(false);
  });
});

describe('demo memberships match Cloudflare’s OpenAPI', () => {
  it('GET /memberships, with status, account.name and paging', async () => {
    const all = await call('GET', '/memberships');
    expect(all.status).toBe(200);
    listSchema(all.body);
    const accepted = await call('GET', '/memberships?status=accepted');
    listSchema(accepted.body);
    expect(accepted.body.result).toEqual([
      expect.objectContaining({ id: HOOLI_ACCEPTED, account: expect.objectContaining({ name: 'Hooli' }) }),
    ]);
    const named = await call('GET', `/memberships?account.name=${encodeURIComponent('Acme Rockets')}`);
    expect(named.body.result).toEqual([expect.objectContaining({ id: ACME, status: 'pending' })]);
    const paged = await call('GET', '/memberships?per_page=5&page=1');
    listSchema(paged.body);
    expect(paged.body).toMatchObject({ result_info: { page: 1, per_page: 5, count: 5 } });
  });

  it('GET /memberships/{id}', async () => {
    const { status, body } = await call('GET', `/memberships/${HOOLI_ACCEPTED}`);
    expect(status).toBe(200);
    expectValid('iam_single_membership_response_with_policies', body);
  });

  it('PUT /memberships/{id}: the request body and the answer; accepting joins the account', async () => {
    const requestSchema = openapi.paths['/memberships/{membership_id}']?.put?.requestBody?.content[
      'application/json'
    ]?.schema as object;
    expect(new Ajv({ strict: false }).validate(requestSchema, { status: 'accepted' })).toBe(true);
    const { status, body } = await call('PUT', `/memberships/${ACME}`, { status: 'accepted' });
    expect(status).toBe(200);
    expectValid('iam_single_membership_response_with_policies', body);
    expect(body.result).toMatchObject({ status: 'accepted', account: { id: ACME_ACCOUNT } });
    expect(server.invites().find((invite) => invite.id === ACME)?.status).toBe('accepted');
    const declined = await call('PUT', `/memberships/${GLOBEX}`, { status: 'rejected' });
    expectValid('iam_single_membership_response_with_policies', declined.body);
    expect(server.memberships().map((entry) => entry.account.name)).toEqual(['Hooli', 'Acme Rockets']);
  });

  it('DELETE /memberships/{id} leaves; a second DELETE is a 404 failure', async () => {
    const left = await call('DELETE', `/memberships/${HOOLI_ACCEPTED}`);
    expect(left.status).toBe(200);
    const deleteSchema = schema.response('/memberships/{membership_id}', 'delete');
    expect(deleteSchema(left.body), JSON.stringify(deleteSchema.errors)).toBe(true);
    expect(deleteSchema({ ...left.body, success: false })).toBe(false);
    expect(left.body.result).toEqual({ id: HOOLI_ACCEPTED });
    expect(server.memberships()).toEqual([]);
    const again = await call('DELETE', `/memberships/${HOOLI_ACCEPTED}`);
    expect(again.status).toBe(404);
    expectValid('iam_api-response-common-failure', again.body);
  });

  it.each([
    ['an unknown membership', 'GET', `/memberships/${'0'.repeat(32)}`, DEMO_TOKEN],
    ['a read-only token leaving', 'DELETE', `/memberships/${HOOLI_ACCEPTED}`, DEMO_READ_ONLY_TOKEN],
    ['a read-only token answering', 'PUT', `/memberships/${ACME}`, DEMO_READ_ONLY_TOKEN],
    ['an answered invitation', 'PUT', `/memberships/${HOOLI_ACCEPTED}`, DEMO_TOKEN],
  ])('failure for %s', async (_name, method, path, token) => {
    const { status, body } = await call(method, path, { status: 'accepted' }, token);
    expect(status).toBeGreaterThanOrEqual(400);
    expectValid('iam_api-response-common-failure', body);
    expect(server.memberships()).toHaveLength(1);
  });

  it.each([401, 403, 429, 500, 503, 'success-false'] satisfies DemoFault[])('fault %s', async (fault) => {
    server.failNext(1, fault, { path: '/memberships' });
    expectValid('iam_api-response-common-failure', (await call('GET', '/memberships')).body);
  });
});

describe('consistent with the invitations', () => {
  it('accepting through PATCH /user/invites creates the membership the client then finds', async () => {
    const api = createCloudflareApi({ credential: DEMO_CREDENTIALS.token, baseUrl: server.baseUrl });
    expect(await api.findMembership(ACME_ACCOUNT)).toBeNull();
    await api.respond(ACME, 'accepted');
    const found = await api.findMembership(ACME_ACCOUNT);
    expect(found).toMatchObject({
      account: { id: ACME_ACCOUNT, name: 'Acme Rockets' },
      roles: ['Administrator'],
    });
    expect(found?.permissions.dns).toEqual({ read: true, write: true });
    expect(await api.leaveMembership(found?.id ?? '')).toEqual({ alreadyGone: false });
    expect(await api.findMembership(ACME_ACCOUNT)).toBeNull();
    expect(await api.leaveMembership(found?.id ?? '')).toEqual({ alreadyGone: true });
  });
});
