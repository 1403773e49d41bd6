import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudflareApi } from '../../../electron/main/core/cloudflare';
import { DEMO_CREDENTIALS, startDemoServer, type DemoServer } from '../../../electron/main/core/demo';
import { AppError } from '../../../electron/main/core/errors';
import {
  createApiFetch,
  type NetFetchInit as NetInit,
  type NetFetchLike,
} from '../../../electron/main/shell/api-fetch';

/** A stand-in for Electron's net: records each call, then does the request with Node's fetch. */
function fakeNet(): NetFetchLike & { calls: { url: string; init: NetInit }[] } {
  const calls: { url: string; init: NetInit }[] = [];
  return {
    calls,
    fetch(input, init = {}) {
      const url = typeof input === 'string' ? input : input.url;
      calls.push({ url, init });
      const { bypassCustomProtocolHandlers: _bypass, ...rest } = init;
      return globalThis.fetch(input, rest);
    },
  };
}

describe('createApiFetch', () => {
  it('sends through net.fetch without cookies, cache or custom protocol handlers', async () => {
    const calls: { url: string; init: NetInit }[] = [];
    const net: NetFetchLike = {
      fetch: async (input, init = {}) => {
        calls.push({ url: String(input), init });
        return new Response('{}');
      },
    };
    const fetch = createApiFetch({ net, isReady: () => true });
    const controller = new AbortController();
    const init: NetInit = {
      method: 'GET',
      headers: { authorization: 'Bearer x' },
      signal: controller.signal,
      credentials: 'include',
      cache: 'default',
    };
    await fetch(new URL('https://api.example.test/client/v4/user/invites'), init);
    expect(calls).toHaveLength(1);
    const [sent] = calls as [{ url: string; init: NetInit }];
    expect(sent.url).toBe('https://api.example.test/client/v4/user/invites');
    expect(sent.init).toMatchObject({
      method: 'GET',
      headers: { authorization: 'Bearer x' },
      credentials: 'omit',
      cache: 'no-store',
      bypassCustomProtocolHandlers: true,
    });
    expect(sent.init.signal).toBe(controller.signal);
  });

  it('refuses to call net.fetch before the app is ready', async () => {
    const net = fakeNet();
    const fetch = createApiFetch({ net, isReady: () => false });
    await expect(fetch('https://api.example.test/')).rejects.toThrow(/before the app was ready/);
    expect(net.calls).toEqual([]);
  });
});

describe('the API client over the net.fetch adapter', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  const api = (net: NetFetchLike, timeoutMs = 5000) =>
    createCloudflareApi({
      credential: DEMO_CREDENTIALS.token,
      baseUrl: server.baseUrl,
      timeoutMs,
      fetch: createApiFetch({ net, isReady: () => true }),
    });

  it('sends every request through net.fetch with only the chosen credential', async () => {
    const net = fakeNet();
    const { invites } = await api(net).listInvites();
    expect(invites.length).toBeGreaterThan(0);
    expect(net.calls.map((call) => call.url)).toEqual([`${server.baseUrl}/user/invites`]);
    expect(server.requestLog().map((entry) => entry.authHeaders)).toEqual([['authorization']]);
  });

  it('keeps the timeout and cancellation, mapped to AppErrors', async () => {
    server.failNext(1, 'timeout');
    const timedOut = await api(fakeNet(), 300)
      .listInvites()
      .catch((error: unknown) => error);
    expect(timedOut).toBeInstanceOf(AppError);
    expect((timedOut as AppError).info).toMatchObject({ kind: 'offline' });
    expect((timedOut as AppError).message).toMatch(/timed out/);

    const cancelled = await api(fakeNet())
      .listInvites(AbortSignal.abort())
      .catch((error: unknown) => error);
    expect((cancelled as AppError).message).toMatch(/cancelled/);
  });

  it('maps a Chromium network error to its kind, never leaking the token', async () => {
    const failing: NetFetchLike = {
      fetch: () => Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED')),
    };
    const error = (await api(failing)
      .listInvites()
      .catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.kind).toBe('dns-failure');
    expect(JSON.stringify(error.info)).not.toContain(DEMO_CREDENTIALS.token.token);
  });
});
