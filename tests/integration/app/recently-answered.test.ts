import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from '../../../electron/main/core/demo';
import type { InvitrayCore } from '../../../electron/main/core/app';
import { MAX_RECENT_ANSWERS, RECENT_ANSWER_MS } from '../../../electron/main/core/app/recent-answers';
import { AppError } from '../../../electron/main/core/errors';
import { keychainSuiteGate, probeSecretService } from '../../support/secret-service';
import { createCoreFixture, type CoreFixture, type Recorded } from './support/core-fixture';

// After an accept Invitray finds the membership it made and keeps it in "Recently answered" for a
// week (persisted, bounded); from there the user can leave the account again.

const gate = keychainSuiteGate(await probeSecretService());
const TOKEN = { kind: 'token', token: DEMO_TOKEN } as const;
const ACME = '9ce88802f07591e5ce0457ef51ece021';
const ACME_ACCOUNT = '53bce4f1dfa0fe8e7ca126f91b35d3a6';
const GLOBEX = 'fc46f8e70489b90fa373d93109479ca5';

describe.skipIf(gate.skip)(`core: what you joined, and a way back: ${gate.title}`, () => {
  let fixture: CoreFixture;
  let core: InvitrayCore;
  let recorded: Recorded;
  let profileId: string;

  const deletes = () => fixture.demo.requestLog().filter((entry) => entry.method === 'DELETE');
  const acmeMember = () => fixture.demo.memberships().some((entry) => entry.account.id === ACME_ACCOUNT);

  beforeEach(async () => {
    fixture = await createCoreFixture();
    ({ core, recorded } = fixture.boot());
    core.start();
    profileId = (await core.addAccount('Work', TOKEN)).id;
    await core.whenIdle();
  });

  afterEach(async () => {
    await fixture.close();
  });

  it('an accept from the tray menu finds the membership; the confirmation names it, its roles and permissions', async () => {
    await core.handleMenuAction({ kind: 'accept', profileId, inviteId: ACME });
    await core.whenIdle();
    const [entry] = core.snapshot().recentAnswers ?? [];
    expect(entry).toMatchObject({
      profileId,
      inviteId: ACME,
      organizationName: 'Acme Rockets',
      answer: 'accepted',
      membership: { id: ACME, account: { id: ACME_ACCOUNT, name: 'Acme Rockets' }, roles: ['Administrator'] },
    });
    const confirmation = recorded.notifications.at(-1);
    expect(confirmation?.title).toBe('You joined Acme Rockets');
    expect(confirmation?.body).toBe('Your roles: Administrator. Can view and change everything.');
    expect(recorded.snapshots.at(-1)?.recentAnswers).toHaveLength(1);
  });

  it('a window accept and decline are both listed, newest first; restarts keep them; a week later they are gone', async () => {
    await core.respond(profileId, GLOBEX, 'accepted');
    fixture.clock.advance(60_000);
    await core.respond(profileId, ACME, 'rejected');
    expect(core.snapshot().recentAnswers?.map((entry) => [entry.organizationName, entry.answer])).toEqual([
      ['Acme Rockets', 'rejected'],
      ['Globex Corporation', 'accepted'],
    ]);
    const globex = core.snapshot().recentAnswers?.[1]?.membership;
    expect(globex?.roles).toEqual(['Administrator Read Only', 'Analytics']);
    await core.stop();
    const again = fixture.boot();
    expect(again.core.snapshot().recentAnswers).toHaveLength(2);
    fixture.clock.advance(RECENT_ANSWER_MS - 60_000);
    expect(again.core.snapshot().recentAnswers?.map((entry) => entry.answer)).toEqual(['rejected']);
    fixture.clock.advance(60_000);
    expect(again.core.snapshot().recentAnswers).toBeUndefined();
    await again.core.stop();
  });

  it('leaves the account: one DELETE, the membership is gone, the entry says left', async () => {
    await core.respond(profileId, ACME, 'accepted');
    expect(acmeMember()).toBe(true);
    await core.leaveAccount(profileId, ACME);
    expect(deletes().map((entry) => entry.path)).toEqual([`/client/v4/memberships/${ACME}`]);
    expect(acmeMember()).toBe(false);
    expect(core.snapshot().recentAnswers?.[0]?.left).toBe(true);
  });

  it('a membership already gone counts as left', async () => {
    await core.respond(profileId, ACME, 'accepted');
    fixture.demo.removeMembership(ACME);
    await core.leaveAccount(profileId, ACME);
    expect(core.snapshot().recentAnswers?.[0]?.left).toBe(true);
  });

  it.each([
    [403, 'missing-permission'],
    [429, 'rate-limited'],
    ['reset', 'offline'],
  ] as const)('a %s on leaving is %s, and nothing changes', async (fault, kind) => {
    await core.respond(profileId, ACME, 'accepted');
    fixture.demo.failNext(1, fault, { method: 'DELETE' });
    const error = await core.leaveAccount(profileId, ACME).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe(kind);
    expect(acmeMember()).toBe(true);
    expect(core.snapshot().recentAnswers?.[0]?.left).toBeUndefined();
  });

  it('the membership could not be read after the accept: shown as unknown, leaving still finds it', async () => {
    fixture.demo.failNext(1, 500, { method: 'GET', path: '/memberships' });
    await core.respond(profileId, ACME, 'accepted');
    expect(core.snapshot().recentAnswers?.[0]?.membership).toBeNull();
    await core.leaveAccount(profileId, ACME);
    expect(acmeMember()).toBe(false);
  });

  it('refuses to leave for an invitation not answered here, before any request', async () => {
    fixture.demo.clearRequestLog();
    await expect(core.leaveAccount(profileId, GLOBEX)).rejects.toBeInstanceOf(AppError);
    expect(fixture.demo.requestLog()).toEqual([]);
  });

  it('keeps at most MAX_RECENT_ANSWERS', async () => {
    for (let index = 0; index < MAX_RECENT_ANSWERS + 3; index++) {
      const invite = fixture.demo.addInvite({ organization_name: `Org ${index}` });
      await core.refresh();
      await core.respond(profileId, invite.id!, 'rejected');
    }
    expect(core.snapshot().recentAnswers).toHaveLength(MAX_RECENT_ANSWERS);
    expect(core.snapshot().recentAnswers?.[0]?.organizationName).toBe(`Org ${MAX_RECENT_ANSWERS + 2}`);
  });
});
