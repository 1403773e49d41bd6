import { createCloudflareApi } from '../../../../electron/main/core/cloudflare';
import type { CloudflareApi, Credential } from '../../../../electron/main/core/cloudflare';
import { DEMO_CREDENTIALS, startDemoServer } from '../../../../electron/main/core/demo';
import type { DemoRequestLogEntry, DemoServer } from '../../../../electron/main/core/demo';
import { SyncEngine } from '../../../../electron/main/core/sync';
import type { EventsMeta, InviteEvent } from '../../../../electron/main/core/sync';
import type { AppSnapshot, ProfileState, ProfileSummary } from '../../../../electron/shared/types';
import { ManualClock } from '../../../support/manual-clock';

export const MINUTE = 60_000;
export const TOKEN_PROFILE: ProfileSummary = { id: 'work', label: 'Work', authKind: 'token' };
export const KEY_PROFILE: ProfileSummary = { id: 'home', label: 'Home', authKind: 'global-key' };

export interface Harness {
  clock: ManualClock;
  server: DemoServer;
  engine: SyncEngine;
  snapshots: AppSnapshot[];
  events: { events: readonly InviteEvent[]; meta: EventsMeta }[];
  interval: { ms: number };
  /** Credential each profile uses; tests may swap it, then call engine.credentialsChanged. */
  credentials: Map<string, Credential>;
  state(profileId?: string): ProfileState;
  /**
   * Requests the demo server saw, as "METHOD /path" without the API prefix, except the reads
   * of the user's 2FA state (GET /user, at most one an hour while a pending invitation enforces
   * 2FA, as the demo's Initech does): two-factor.test.ts counts those.
   */
  requests(): string[];
  /** The demo server's request log, without the 2FA reads either. */
  requestLog(): DemoRequestLogEntry[];
  /**
   * Holds the answer of the next list request in the client after it arrived, as a slow
   * network would, so a test can act while it is in flight.
   */
  holdNextList(): { arrived: Promise<void>; release(): void };
  /** The next GET /user's answer waits (after the server answered) until released. */
  holdNextUserRead(): { arrived: Promise<void>; release(): void };
  listenerErrors: unknown[];
  /** Fires the soonest timer and waits for what it started to finish; returns its due time. */
  tick(): Promise<number>;
  close(): Promise<void>;
}

/** A demo server, the real client and an engine, all on one manual clock. */
export async function createHarness(
  options: { profiles?: ProfileSummary[]; intervalMs?: number } = {},
): Promise<Harness> {
  // Real "now" as the start, so the demo's seeded expiry dates stay meaningful.
  const clock = new ManualClock(Math.floor(Date.now() / 1000) * 1000);
  const server = await startDemoServer({ now: () => clock.now() });
  const interval = { ms: options.intervalMs ?? 5 * MINUTE };
  const profiles = options.profiles ?? [TOKEN_PROFILE];
  const credentials = new Map<string, Credential>(
    profiles.map((profile) => [
      profile.id,
      profile.authKind === 'token' ? DEMO_CREDENTIALS.token : DEMO_CREDENTIALS.globalKey,
    ]),
  );
  const snapshots: AppSnapshot[] = [];
  const listenerErrors: unknown[] = [];
  const holds: { arrived: () => void; released: Promise<void> }[] = [];
  const userReadHolds: { arrived: () => void; released: Promise<void> }[] = [];
  const events: Harness['events'] = [];
  const engine = new SyncEngine({
    getApi: async (profileId) => {
      // The engine keeps the client it gets; each call reads the credential and any hold when it
      // is made, so swapping a credential without telling the engine models Cloudflare changing
      // its mind about the same stored one (a token revoked, a permission removed).
      const current = () => {
        const credential = credentials.get(profileId);
        if (!credential) throw new Error(`no credential for ${profileId}`);
        return createCloudflareApi({
          credential,
          baseUrl: server.baseUrl,
          now: () => clock.now(),
          timeoutMs: 5000,
        });
      };
      current();
      const api: CloudflareApi = {
        listInvites: (...args) => heldUntilReleased(holds, () => current().listInvites(...args)),
        getInvite: (...args) => current().getInvite(...args),
        respond: (...args) => current().respond(...args),
        verifyCredentials: (...args) => current().verifyCredentials(...args),
        twoFactorEnabled: (...args) =>
          heldUntilReleased(userReadHolds, () => current().twoFactorEnabled(...args)),
        findMembership: (...args) => current().findMembership(...args),
        getMembership: (...args) => current().getMembership(...args),
        leaveMembership: (...args) => current().leaveMembership(...args),
      };
      return api;
    },
    profiles,
    intervalMs: () => interval.ms,
    clock,
    random: () => 0,
    onSnapshot: (snapshot) => snapshots.push(snapshot),
    onEvents: (list, meta) => events.push({ events: list, meta }),
    onListenerError: (error) => listenerErrors.push(error),
  });
  const prefix = new URL(server.baseUrl).pathname;
  const withoutUserReads = () =>
    server.requestLog().filter((entry) => !(entry.method === 'GET' && entry.path === `${prefix}/user`));
  return {
    clock,
    server,
    engine,
    snapshots,
    events,
    interval,
    credentials,
    listenerErrors,
    holdNextList: () => holdOn(holds),
    holdNextUserRead: () => holdOn(userReadHolds),
    state(profileId = profiles[0]?.id) {
      const state = engine.snapshot().profiles.find((candidate) => candidate.profile.id === profileId);
      if (!state) throw new Error(`no state for ${profileId}`);
      return state;
    },
    requests: () => withoutUserReads().map((entry) => `${entry.method} ${entry.path.replace(prefix, '')}`),
    requestLog: withoutUserReads,
    async tick() {
      const at = clock.runNext();
      await engine.whenIdle();
      return at;
    },
    async close() {
      engine.stop();
      await engine.whenIdle();
      await server.close();
    },
  };
}

export function statusOf(state: ProfileState, inviteId: string): string | undefined {
  return state.invites.find((invite) => invite.id === inviteId)?.effective_status;
}

function holdOn(queue: { arrived: () => void; released: Promise<void> }[]) {
  let arrived!: () => void;
  let release!: () => void;
  const arrival = new Promise<void>((resolve) => (arrived = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  queue.push({ arrived, released });
  return { arrived: arrival, release };
}

/** The call's answer, kept back until the queue's next hold (if any) is released. */
async function heldUntilReleased<T>(
  queue: { arrived: () => void; released: Promise<void> }[],
  call: () => Promise<T>,
): Promise<T> {
  const hold = queue.shift();
  const answer = await call();
  if (!hold) return answer;
  hold.arrived();
  await hold.released;
  return answer;
}
