import type { DemoFault } from '../../../electron/main/core/demo';
import type { InviteResponse } from '../../../electron/shared/types';
import { picker } from './soak-random';
import { signIn, TOKEN, type SoakWorld } from './soak-world';

const MINUTE = 60_000;

/** Where an answer came from; "double" clicks send the same answer twice at once. */
export interface AnswerAttempt {
  surface: 'window' | 'tray' | 'notification';
  inviteId: string;
  double: boolean;
  /** Window answers only: how the call settled, and what the state showed at that moment. */
  rejected?: { kind: string; rolledBack: boolean; errorShown: string | undefined };
}

export interface StepPlan {
  kind: string;
  detail: string;
  /** Run the action; resolves when the action's own calls settled (not the core's follow-ups). */
  run(): Promise<AnswerAttempt | undefined>;
  /** The Retry-After (seconds) of each 429 this step queued, in order. */
  retryAfters?: number[];
}

const WEIGHTS = {
  advance: 30,
  add: 10,
  burst: 3,
  answeredElsewhere: 4,
  withdrawn: 3,
  lapse: 3,
  fault: 12,
  window: 10,
  tray: 8,
  notification: 6,
  refresh: 5,
  raceRefreshAnswer: 4,
  signInAgain: 2,
} as const;
export type ActionKind = keyof typeof WEIGHTS;

const FAULTS: readonly DemoFault[] = [
  429,
  500,
  502,
  503,
  'reset',
  'malformed-json',
  'success-false',
  401,
  429,
  503,
  'timeout',
];
const LIFETIMES = [3 * MINUTE, 20 * MINUTE, 2 * 60 * MINUTE, 24 * 60 * MINUTE, 6 * 24 * 60 * MINUTE];
// Whole minutes only: the core's ticker fires on the minute, so each step ends on a tick.
const ADVANCES = [1, 1, 2, 5, 5, 10, 30, 60].map((minutes) => minutes * MINUTE);

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** One random action of the world: the server changes, faults, time, or the user. */
export function planStep(world: SoakWorld, random: () => number, paused: boolean): StepPlan {
  const pick = picker(random);
  const { core, demo, clock, profileId } = world;
  const server = demo.invites();
  // Cloudflare drops answered and lapsed invitations from the list after a while; so does the
  // soak, or the list (and the heap) would grow with the run instead of staying realistic.
  const kind: ActionKind | 'tidy' =
    paused && pick.chance(0.3)
      ? 'signInAgain'
      : server.length > 30 && pick.chance(0.5)
        ? 'tidy'
        : pick.weighted(WEIGHTS);
  const isOpen = (invite: (typeof server)[number]) =>
    invite.status === 'pending' && Date.parse(invite.expires_on ?? '') > clock.now();
  const serverPending = server.filter((invite) => isOpen(invite) && invite.id);
  const listed = core.snapshot().profiles[0]?.invites ?? [];
  const response = (): InviteResponse => (pick.chance(0.6) ? 'accepted' : 'rejected');
  const newInvite = () =>
    demo.addInvite({
      organization_name: `Org ${pick.int(10_000)}`,
      expires_on: iso(clock.now() + (pick.one(LIFETIMES) ?? MINUTE)),
    });

  switch (kind) {
    case 'tidy': {
      const done = server.filter((invite) => !isOpen(invite)).slice(0, 5);
      return {
        kind,
        detail: String(done.length),
        run: async () => void done.forEach((invite) => invite.id && demo.removeInvite(invite.id)),
      };
    }
    case 'advance': {
      const ms = pick.one(ADVANCES) ?? MINUTE;
      return { kind, detail: `${ms / MINUTE} min`, run: async () => void clock.advance(ms) };
    }
    case 'add':
      return { kind, detail: '1', run: async () => void newInvite() };
    case 'burst': {
      const count = 4 + pick.int(3);
      return { kind, detail: String(count), run: async () => void [...Array(count)].forEach(newInvite) };
    }
    case 'answeredElsewhere': {
      const target = pick.one(serverPending);
      const status = response();
      return {
        kind,
        detail: `${target?.id} ${status}`,
        run: async () => void (target?.id && demo.updateInvite(target.id, { status })),
      };
    }
    case 'withdrawn': {
      const target = pick.one(serverPending);
      return {
        kind,
        detail: `${target?.id}`,
        run: async () => void (target?.id && demo.removeInvite(target.id)),
      };
    }
    case 'lapse': {
      const target = pick.one(serverPending);
      return {
        kind,
        detail: `${target?.id}`,
        run: async () => void (target?.id && demo.expireInvite(target.id)),
      };
    }
    case 'fault': {
      const fault = pick.one(FAULTS) ?? 500;
      const count = 1 + pick.int(3);
      const retryAfter = 60 + pick.int(15) * 60;
      // 401 only on lists: a list answered 401 pauses the profile until the user signs in again.
      const options = fault === 401 ? { path: '/user/invites', method: 'GET' } : { path: '/user/invites' };
      return {
        kind,
        detail: `${count}x ${fault}`,
        ...(fault === 429 ? { retryAfters: Array<number>(count).fill(retryAfter) } : {}),
        run: async () =>
          void demo.failNext(count, fault, fault === 429 ? { ...options, retryAfter } : options),
      };
    }
    case 'window':
    case 'raceRefreshAnswer': {
      const target = pick.one(listed);
      const answer = response();
      const double = pick.chance(0.3);
      return {
        kind,
        detail: `${target?.id} ${answer}${double ? ' double' : ''}`,
        async run() {
          if (!target) return undefined;
          if (kind === 'raceRefreshAnswer') void core.refresh();
          const calls = [core.respond(profileId, target.id, answer)];
          if (double) calls.push(core.respond(profileId, target.id, answer));
          const attempt: AnswerAttempt = { surface: 'window', inviteId: target.id, double };
          try {
            await Promise.all(calls);
          } catch (error) {
            const state = core.snapshot().profiles[0];
            attempt.rejected = {
              kind: (error as { kind?: string }).kind ?? 'unknown',
              rolledBack: state?.responding[target.id] === undefined,
              errorShown: state?.respondErrors[target.id]?.kind,
            };
          }
          return attempt;
        },
      };
    }
    case 'tray': {
      const items = (world.lastTrayView()?.menu ?? []).flatMap((item) => item.submenu ?? []);
      const item = pick.one(
        items.filter((entry) => entry.action?.kind === 'accept' || entry.action?.kind === 'decline'),
      );
      const double = pick.chance(0.3);
      const action = item?.action;
      return {
        kind,
        detail: `${item?.id}${double ? ' double' : ''}`,
        async run() {
          if (!action || !('inviteId' in action)) return undefined;
          const clicks = [core.handleMenuAction(action)];
          if (double) clicks.push(core.handleMenuAction(action));
          await Promise.all(clicks);
          return { surface: 'tray', inviteId: action.inviteId, double };
        },
      };
    }
    case 'notification': {
      const specs = world.recentNotifications.filter((spec) => spec.inviteId && spec.actions);
      const spec = pick.one(specs.slice(-8));
      const activation = pick.one(['accept', 'decline', 'click'] as const) ?? 'click';
      const double = pick.chance(0.3);
      return {
        kind,
        detail: `${spec?.tag} ${activation}${double ? ' double' : ''}`,
        async run() {
          if (!spec?.inviteId) return undefined;
          const clicks = [core.activateNotification(spec, activation)];
          if (double) clicks.push(core.activateNotification(spec, activation));
          await Promise.all(clicks);
          return { surface: 'notification', inviteId: spec.inviteId, double };
        },
      };
    }
    case 'refresh':
      return { kind, detail: '', run: async () => void (await core.refresh()) };
    case 'signInAgain':
      return {
        kind,
        detail: '',
        async run() {
          // Faults are queued for /user/invites only, so the credential check itself succeeds.
          await signIn(() => core.updateCredential(profileId, TOKEN));
          return undefined;
        },
      };
  }
}
