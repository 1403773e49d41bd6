import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import type { CloudflareApi, Credential } from '../../../electron/main/core/cloudflare';
import { MAX_MEMBERSHIP_PAGES } from '../../../electron/main/core/cloudflare/memberships';
import { DEMO_CREDENTIALS, startDemoServer } from '../../../electron/main/core/demo';
import type { DemoFault, DemoServer } from '../../../electron/main/core/demo';
import { failure } from './support/demo-failure';

// The memberships calls in the fault matrix: each failure Cloudflare or the network can
// produce comes out as the same error kinds as the invitation calls, without the credential.

const NOW = Date.parse('2026-03-01T12:00:00Z');
const HOOLI_MEMBERSHIP = '8cabafd3576ab48731c8ab59e0349a0e';
const HOOLI_ACCOUNT = '60a9cc3a975f0bf847db6a713fc2f82a';
let server: DemoServer;

const api = (credential: Credential = DEMO_CREDENTIALS.token, timeoutMs = 5_000): CloudflareApi =>
  createCloudflareApi({ credential, baseUrl: server.baseUrl, now: () => NOW, timeoutMs });

const CALLS: [string, (api: CloudflareApi) => Promise<unknown>][] = [
  ['findMembership', (client) => client.findMembership(HOOLI_ACCOUNT)],
  ['getMembership', (client) => client.getMembership(HOOLI_MEMBERSHIP)],
  ['leaveMembership', (client) => client.leaveMembership(HOOLI_MEMBERSHIP)],
];

const MATRIX: [DemoFault, string][] = [
  [401, 'bad-credentials'],
  [403, 'missing-permission'],
  [429, 'rate-limited'],
  [500, 'server-error'],
  [503, 'server-error'],
  ['timeout', 'offline'],
  ['reset', 'offline'],
  ['malformed-json', 'invalid-response'],
  ['success-false', 'invalid-response'],
];

beforeAll(async () => {
  server = await startDemoServer({ now: () => NOW });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe.each(CALLS)('%s', (_name, callWith) => {
  it.each(MATRIX)('fault %s is %s, and nothing changed', async (fault, kind) => {
    server.failNext(1, fault, { path: '/memberships' });
    const error = await failure(callWith(api(DEMO_CREDENTIALS.token, 400)));
    expect(error.kind).toBe(kind);
    if (fault === 429) expect(error.info.retryAt).toBe(NOW + 300_000);
    expect(server.requestLog()).toHaveLength(1);
    expect(server.memberships().map((entry) => entry.id)).toEqual([HOOLI_MEMBERSHIP]);
  });
});

describe('memberships specifics', () => {
  it('a read-only token may look but not leave: missing-permission naming Memberships Write', async () => {
    const readOnly = api(DEMO_CREDENTIALS.readOnlyToken);
    expect(await readOnly.findMembership(HOOLI_ACCOUNT)).toMatchObject({ id: HOOLI_MEMBERSHIP });
    const error = await failure(readOnly.leaveMembership(HOOLI_MEMBERSHIP));
    expect(error.kind).toBe('missing-permission');
    expect(error.message).toMatch(/Memberships Write/);
    expect(server.memberships()).toHaveLength(1);
  });

  it('a membership already gone counts as left; GET on it is not-found', async () => {
    server.removeMembership(HOOLI_MEMBERSHIP);
    expect(await api().leaveMembership(HOOLI_MEMBERSHIP)).toEqual({ alreadyGone: true });
    expect((await failure(api().getMembership(HOOLI_MEMBERSHIP))).kind).toBe('not-found');
  });

  it('ids that are not Cloudflare ids are refused before any request', async () => {
    expect((await failure(api().leaveMembership('../user'))).kind).toBe('invalid-request');
    expect((await failure(api().findMembership('a b'))).kind).toBe('invalid-request');
    expect(server.requestLog()).toHaveLength(0);
  });

  it('reads pages until the account turns up, and stops at the last page', async () => {
    for (let index = 0; index < 60; index++) {
      const invite = server.addInvite({ organization_name: `Filler ${index}`, status: 'accepted' });
      server.updateInvite(invite.id ?? '', { status: 'accepted' });
    }
    const hooliFirst = await api().findMembership(HOOLI_ACCOUNT);
    expect(hooliFirst?.account.name).toBe('Hooli');
    server.clearRequestLog();
    const last = server.memberships().at(-1);
    expect((await api().findMembership(last?.account.id ?? ''))?.account.name).toBe('Filler 59');
    expect(server.requestLog().map((entry) => entry.path)).toEqual([
      '/client/v4/memberships?status=accepted&page=1&per_page=50',
      '/client/v4/memberships?status=accepted&page=2&per_page=50',
    ]);
    server.clearRequestLog();
    expect(await api().findMembership('f'.repeat(32))).toBeNull();
    expect(server.requestLog()).toHaveLength(2);
    expect(MAX_MEMBERSHIP_PAGES).toBeGreaterThan(2);
  });
});
