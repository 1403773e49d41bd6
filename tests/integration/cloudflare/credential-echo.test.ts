import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import type { CloudflareApi, Credential } from '../../../electron/main/core/cloudflare';
import { DEMO_CREDENTIALS, startDemoServer } from '../../../electron/main/core/demo';
import type { DemoServer, DemoTokenStatus } from '../../../electron/main/core/demo';
import { AppError } from '../../../electron/main/core/errors';
import { redactLogData } from '../../../electron/main/core/redact';
import { ODD_TOKEN, echoedCredentialForms, everythingIn, leaksIn } from '../../support/credential-leaks';

// A server that quotes the credential back in its errors, in every form, in every field,
// on every status the client maps differently (200 is a success:false envelope). Whatever
// path the error takes through the client, what comes out must not hold the credential.

const ACME = '9ce88802f07591e5ce0457ef51ece021';
const ACME_ACCOUNT = '53bce4f1dfa0fe8e7ca126f91b35d3a6';
const STATUSES = [200, 400, 401, 403, 404, 409, 422, 429, 500, 503] as const;
const CREDENTIALS: [string, Credential][] = [
  ['an API token with + / = in it', { kind: 'token', token: ODD_TOKEN }],
  ['the demo API token', DEMO_CREDENTIALS.token],
  ['a Global API key and its email', DEMO_CREDENTIALS.globalKey],
];

/** One call per method of the API: adding a method to CloudflareApi without one here fails to compile. */
const CALLS: Record<keyof CloudflareApi, (api: CloudflareApi) => Promise<unknown>> = {
  listInvites: (api) => api.listInvites(),
  getInvite: (api) => api.getInvite(ACME),
  respond: (api) => api.respond(ACME, 'accepted'),
  verifyCredentials: (api) => api.verifyCredentials(),
  twoFactorEnabled: (api) => api.twoFactorEnabled(),
  findMembership: (api) => api.findMembership(ACME_ACCOUNT),
  getMembership: (api) => api.getMembership(ACME),
  leaveMembership: (api) => api.leaveMembership(ACME),
};

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  server.addToken(ODD_TOKEN, { name: 'odd-token' });
});

const apiFor = (credential: Credential) =>
  createCloudflareApi({ credential, baseUrl: server.baseUrl, timeoutMs: 5_000 });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
}

describe('a credential echoed in an error never leaves the API client', () => {
  it('the test covers every method the client has', () => {
    for (const [, credential] of CREDENTIALS) {
      expect(Object.keys(apiFor(credential)).sort()).toEqual(Object.keys(CALLS).sort());
    }
  });

  describe.each(CREDENTIALS)('%s', (_name, credential) => {
    const forms = echoedCredentialForms(credential, { email: true });

    it.each(Object.keys(CALLS) as (keyof CloudflareApi)[])('%s, on every status', async (method) => {
      // Leaving a membership Cloudflare answers 404 for succeeds (it is gone): no error to leak.
      for (const status of STATUSES.filter((code) => method !== 'leaveMembership' || code !== 404)) {
        server.failNext(1, 'echo-credential', { status });
        const error = await rejection(CALLS[method](apiFor(credential)));
        expect(error, `${method} on ${status}`).toBeInstanceOf(AppError);
        const info = (error as AppError).info;
        expect(leaksIn(everythingIn(error), forms), `${method} on ${status}`).toEqual([]);
        // What the logger would write of it, too.
        expect(leaksIn(redactLogData(['Refresh failed', error]), forms)).toEqual([]);
        // The fault really happened, and Cloudflare's errors are still there to read, redacted.
        expect(server.requestLog().at(-1)?.fault).toBe('echo-credential');
        expect(info.cloudflareErrors.length, `${method} on ${status}`).toBeGreaterThan(forms.length - 1);
        expect(info.cloudflareErrors.every((entry) => entry.message.includes('[redacted]'))).toBe(true);
      }
    });
  });

  it("redacts the app's own messages where they quote the server (a token status)", async () => {
    server.addToken(ODD_TOKEN, { name: 'odd-token', status: `revoked ${ODD_TOKEN}` as DemoTokenStatus });
    const error = await rejection(apiFor({ kind: 'token', token: ODD_TOKEN }).verifyCredentials());
    expect((error as AppError).info).toMatchObject({ kind: 'bad-credentials', status: 200 });
    expect((error as AppError).message).toMatch(/^This API token is revoked \[redacted\], not active/);
    expect(leaksIn(everythingIn(error), [ODD_TOKEN, ODD_TOKEN.slice(0, 12)])).toEqual([]);
  });

  it('keeps the kind each status maps to', async () => {
    const api = apiFor(DEMO_CREDENTIALS.token);
    const kinds: Record<number, string> = {};
    for (const status of [200, 400, 403, 404, 429, 500]) {
      server.failNext(1, 'echo-credential', { status });
      kinds[status] = ((await rejection(api.getInvite(ACME))) as AppError).kind;
    }
    expect(kinds).toEqual({
      200: 'invalid-response',
      400: 'bad-credentials',
      403: 'bad-credentials',
      404: 'not-found',
      429: 'rate-limited',
      500: 'server-error',
    });
  });
});
