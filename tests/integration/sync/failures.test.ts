import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../../electron/main/core/demo';
import { MINUTE, createHarness, type Harness } from './support/harness';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const SECOND = 1000;

describe('sync engine failures against the demo API', () => {
  it('backs off exponentially on server errors, caps at 30 min, keeps the last invites, and recovers', async () => {
    h = await createHarness();
    h.engine.start();
    await h.engine.whenIdle();
    const listed = h.state().invites;

    h.server.failNext(9, 500, { path: '/user/invites' });
    const waits: number[] = [];
    let previous = await h.tick();
    for (let i = 0; i < 9; i++) {
      const state = h.state();
      expect(state.error?.kind).toBe('server-error');
      expect(state.error?.status).toBe(500);
      expect(state.invites).toEqual(listed);
      const at = await h.tick();
      expect(at).toBe(state.nextRetryAt);
      waits.push(at - previous);
      previous = at;
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1800, 1800, 1800].map((s) => s * SECOND));
    // The tenth attempt got through: back to the normal interval.
    expect(h.state()).toMatchObject({
      error: null,
      lastSuccessAt: previous,
      nextRetryAt: previous + 5 * MINUTE,
    });
    expect(h.requests()).toHaveLength(11);
    expect(h.server.requestLog().filter((entry) => entry.status === 500)).toHaveLength(9);
  });

  it('on a 429 makes no request before Retry-After, not even on demand or to respond', async () => {
    h = await createHarness();
    const t0 = h.clock.now();
    h.server.failNext(1, 429, { retryAfter: 120 });
    h.engine.start();
    await h.engine.whenIdle();
    const retryAt = t0 + 120 * SECOND;
    expect(h.state().error).toMatchObject({ kind: 'rate-limited', retryAt });
    expect(h.state().nextRetryAt).toBe(retryAt);

    await h.engine.refresh();
    h.clock.advance(119 * SECOND);
    await h.engine.refresh('work');
    await expect(
      h.engine.respond('work', '9ce88802f07591e5ce0457ef51ece021', 'accepted'),
    ).rejects.toMatchObject({
      kind: 'rate-limited',
    });
    expect(h.state().respondErrors['9ce88802f07591e5ce0457ef51ece021']?.kind).toBe('rate-limited');
    h.clock.advance(SECOND - 1);
    await h.engine.whenIdle();
    expect(h.requests()).toEqual(['GET /user/invites']);

    expect(await h.tick()).toBe(retryAt);
    const log = h.requestLog();
    expect(log.map((entry) => [entry.at, entry.status])).toEqual([
      [t0, 429],
      [retryAt, 200],
    ]);
    expect(h.state()).toMatchObject({ error: null, nextRetryAt: retryAt + 5 * MINUTE });
  });

  it('a 429 on an answer blocks the list polling too', async () => {
    h = await createHarness();
    h.engine.start();
    await h.engine.whenIdle();
    const t1 = h.clock.now();
    h.server.failNext(1, 429, { method: 'PATCH', retryAfter: 600 });
    await expect(
      h.engine.respond('work', '9ce88802f07591e5ce0457ef51ece021', 'accepted'),
    ).rejects.toMatchObject({
      kind: 'rate-limited',
      info: { retryAt: t1 + 600 * SECOND },
    });
    await h.engine.whenIdle();
    expect(h.requests()).toEqual([
      'GET /user/invites',
      'PATCH /user/invites/9ce88802f07591e5ce0457ef51ece021',
    ]);
    expect(h.state()).toMatchObject({ error: { kind: 'rate-limited' }, nextRetryAt: t1 + 600 * SECOND });
    expect(await h.tick()).toBe(t1 + 600 * SECOND);
    expect(h.requests()).toHaveLength(3);
  });

  it('stops polling on bad credentials, keeps the state, and resumes on demand or on new credentials', async () => {
    h = await createHarness();
    h.engine.start();
    await h.engine.whenIdle();
    h.credentials.set('work', DEMO_CREDENTIALS.revokedToken);
    await h.tick();
    expect(h.state()).toMatchObject({ error: { kind: 'bad-credentials' }, nextRetryAt: null });
    expect(h.state().invites).toHaveLength(8);
    expect(h.clock.pending()).toEqual([]);
    h.clock.advance(24 * 60 * MINUTE);
    await h.engine.whenIdle();
    expect(h.requests()).toHaveLength(2);

    // A user-requested refresh tries once more, and pauses again.
    await h.engine.refresh();
    expect(h.requests()).toHaveLength(3);
    expect(h.clock.pending()).toEqual([]);

    h.credentials.set('work', DEMO_CREDENTIALS.token);
    h.engine.credentialsChanged('work');
    await h.engine.whenIdle();
    expect(h.requests()).toHaveLength(4);
    expect(h.state().error).toBeNull();
    expect(h.clock.pending()).toEqual([h.clock.now() + 5 * MINUTE]);
  });

  it('treats a failing credential lookup like any other failure', async () => {
    h = await createHarness();
    h.credentials.delete('work');
    h.engine.start();
    await h.engine.whenIdle();
    expect(h.state().error).toMatchObject({ kind: 'server-error' });
    expect(h.state().error?.message).toContain('no credential for work');
    expect(h.state().nextRetryAt).toBe(h.clock.now() + 30 * SECOND);
    expect(h.requests()).toEqual([]);
  });

  it('maps broken answers and lost connections to errors and backs off', async () => {
    h = await createHarness();
    h.server.failNext(1, 'malformed-json');
    h.server.failNext(1, 'reset');
    h.engine.start();
    await h.engine.whenIdle();
    expect(h.state().error?.kind).toBe('invalid-response');
    await h.tick();
    expect(h.state().error?.kind).toBe('offline');
    expect(h.state().nextRetryAt).toBe(h.clock.now() + 60 * SECOND);
    await h.tick();
    expect(h.state()).toMatchObject({ error: null, pendingCount: 4 });
  });
});
