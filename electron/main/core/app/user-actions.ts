import type { Membership } from '../../../shared/membership-types';
import { idSchema, profileIdSchema } from '../../../shared/ipc-contract';
import type { AppSnapshot, Invite, InviteResponse, Preferences } from '../../../shared/types';
import { toErrorInfo } from '../errors';
import { parseNotificationId, specFromId } from '../notify/notification-id';
import {
  respondFailedNotification,
  respondedNotification,
  type NotificationSpec,
} from '../notify/notify-policy';
import type { MenuAction } from '../tray/tray-view';
import type { Translator } from '../../../shared/i18n/translate';
import type { HeldDeclines } from './held-declines';
import type { CoreLog, NotificationActivation, WindowRoute } from './types';

// What the user does outside the window: clicks on notifications and tray menu items.
// Neither has anywhere to show an error, so failures become notifications or log lines.

export interface UserActionsDeps {
  snapshot(): AppSnapshot;
  preferences(): Preferences;
  respond(profileId: string, inviteId: string, response: InviteResponse): Promise<Invite>;
  /** The membership an accept made, once looked up (for the confirmation); null when unknown. */
  membershipOf?(profileId: string, inviteId: string): Membership | null;
  refresh(): Promise<void>;
  toggleStartAtLogin(): Promise<void>;
  showWindow(route: WindowRoute): void;
  /** The profiles known now: a notification id names its profile only by a short key. */
  profileIds(): string[];
  notify(spec: NotificationSpec): void;
  quit(): void;
  restartToUpdate?(): void;
  /** One-click declines wait here with an Undo before they are sent (held-declines.ts). */
  declines: HeldDeclines;
  /** The language of the confirmations; default English. */
  translator?(): Translator;
  log: CoreLog;
}

interface Target {
  profileId: string;
  inviteId: string;
}

/** The shell hands specs back from its own memory; ids are still checked before any request. */
function targetOf(spec: { profileId?: unknown; inviteId?: unknown }): Target | null {
  const profileId = profileIdSchema.safeParse(spec.profileId);
  const inviteId = idSchema.safeParse(spec.inviteId);
  return profileId.success && inviteId.success
    ? { profileId: profileId.data, inviteId: inviteId.data }
    : null;
}

function routeTo(target: Target | null): WindowRoute {
  return target ? { view: 'invite', ...target } : { view: 'invites' };
}

function knownInvite(snapshot: AppSnapshot, target: Target): Invite {
  const profile = snapshot.profiles.find((candidate) => candidate.profile.id === target.profileId);
  const invite = profile?.invites.find((candidate) => candidate.id === target.inviteId);
  // Gone from the list (answered elsewhere, account removed): the failure notice still needs a name.
  return (
    invite ?? {
      id: target.inviteId,
      organization_id: target.inviteId,
      organization_name: 'this organisation',
      invited_member_id: null,
      effective_status: 'pending',
    }
  );
}

type InviteState = 'pending' | 'answering' | 'answered' | 'gone' | 'not-loaded';

function inviteState(snapshot: AppSnapshot, target: Target): InviteState {
  const profile = snapshot.profiles.find((candidate) => candidate.profile.id === target.profileId);
  if (!profile) return 'gone';
  if (profile.responding[target.inviteId] !== undefined) return 'answering';
  const invite = profile.invites.find((candidate) => candidate.id === target.inviteId);
  if (!invite) return profile.lastSuccessAt === null ? 'not-loaded' : 'gone';
  return invite.effective_status === 'pending' ? 'pending' : 'answered';
}

export function createUserActions(deps: UserActionsDeps) {
  async function answer(target: Target, response: InviteResponse, confirm: boolean): Promise<void> {
    const before = knownInvite(deps.snapshot(), target);
    try {
      const invite = await deps.respond(target.profileId, target.inviteId, response);
      if (confirm)
        deps.notify(
          respondedNotification(
            invite,
            response,
            target.profileId,
            deps.translator?.(),
            deps.membershipOf?.(target.profileId, target.inviteId),
          ),
        );
    } catch (error) {
      const info = toErrorInfo(error);
      deps.log.warn(`Answering invitation ${target.inviteId} failed: ${info.kind}`);
      deps.notify(respondFailedNotification(before, info, response, target.profileId, deps.translator?.()));
    }
  }

  /** A one-click decline (tray menu, notification button): held with an Undo, then sent and confirmed. */
  function holdDecline(target: Target): void {
    const invite = knownInvite(deps.snapshot(), target);
    deps.declines.hold(
      { ...target, organizationName: invite.organization_name ?? invite.organization_id },
      () => answer(target, 'rejected', true),
    );
  }

  /** An accept takes back a decline still held for the same invitation: the last click wins. */
  function accept(target: Target): Promise<void> {
    deps.declines.undo(target.profileId, target.inviteId);
    return answer(target, 'accepted', true);
  }

  /**
   * An answer from a notification: the same click can arrive twice (Windows delivers it to a
   * live object and to handleActivation), and long after the fact (a toast in the Action
   * Center, a cold start). Only a pending, idle invitation is PATCHed; one answered or gone
   * opens the window on it, where the details screen says what became of it.
   */
  async function answerOnce(target: Target, response: InviteResponse): Promise<void> {
    let found = inviteState(deps.snapshot(), target);
    if (found === 'not-loaded') {
      // A cold start from a notification: the first list has not arrived yet.
      await deps.refresh().catch((error: unknown) => {
        deps.log.warn(`Refresh before answering failed: ${toErrorInfo(error).kind}`);
      });
      found = inviteState(deps.snapshot(), target);
    }
    if (found === 'pending') return response === 'rejected' ? holdDecline(target) : accept(target);
    if (found === 'answering')
      return deps.log.info(`Invitation ${target.inviteId} is already being answered`);
    deps.log.info(`A notification for invitation ${target.inviteId} (${found}) opened the window instead`);
    deps.showWindow(routeTo(target));
  }

  async function activateNotification(spec: NotificationSpec, action: NotificationActivation): Promise<void> {
    if (spec.clickAction.kind === 'restart-to-update') return deps.restartToUpdate?.();
    const target = targetOf(spec);
    if (action !== 'click') {
      if (target) return answerOnce(target, action === 'accept' ? 'accepted' : 'rejected');
      return deps.showWindow(routeTo(null));
    }
    // The setting as it is now decides, not as it was when the notification appeared.
    const aboutInvite = spec.kind === 'new-invite' || spec.kind === 'expiring' || spec.kind === 'last-chance';
    if (target && aboutInvite && deps.preferences().notificationClick === 'accept') {
      return answerOnce(target, 'accepted');
    }
    deps.showWindow(routeTo(target ?? targetOf(spec.clickAction)));
  }

  async function activateNotificationId(raw: string, action: NotificationActivation): Promise<void> {
    const parsed = parseNotificationId(raw);
    if (!parsed) {
      deps.log.warn('A notification activation carried no Invitray id; opening the window');
      return deps.showWindow({ view: 'invites' });
    }
    return activateNotification(specFromId(parsed, deps.profileIds()), action);
  }

  async function handleMenuAction(action: MenuAction): Promise<void> {
    try {
      switch (action.kind) {
        case 'accept':
        case 'decline':
        case 'undo-decline': {
          const target = targetOf(action);
          if (!target) return deps.log.warn('Ignored a tray menu answer with an invalid id');
          if (action.kind === 'undo-decline')
            return void deps.declines.undo(target.profileId, target.inviteId);
          // The menu gives no feedback of its own: confirm there as a notification would.
          return action.kind === 'accept' ? await accept(target) : holdDecline(target);
        }
        case 'details':
          return deps.showWindow(routeTo(targetOf(action)));
        case 'refresh':
          return await deps.refresh();
        case 'open':
          return deps.showWindow({ view: 'invites' });
        case 'settings':
          return deps.showWindow({ view: 'settings' });
        case 'toggle-login':
          return await deps.toggleStartAtLogin();
        case 'quit':
          return deps.quit();
        case 'restart-to-update':
          return deps.restartToUpdate?.();
      }
    } catch (error) {
      deps.log.warn(`Tray menu action ${action.kind} failed: ${toErrorInfo(error).kind}`);
    }
  }

  return { activateNotification, activateNotificationId, handleMenuAction };
}
