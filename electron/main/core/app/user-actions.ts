import { idSchema, profileIdSchema } from '../../../shared/ipc-contract';
import type { AppSnapshot, Invite, InviteResponse, Preferences } from '../../../shared/types';
import { toErrorInfo } from '../errors';
import {
  respondFailedNotification,
  respondedNotification,
  type NotificationSpec,
} from '../notify/notify-policy';
import type { MenuAction } from '../tray/tray-view';
import type { Translator } from '../../../shared/i18n/translate';
import type { CoreLog, NotificationActivation, WindowRoute } from './types';

// What the user does outside the window: clicks on notifications and tray menu items.
// Neither has anywhere to show an error, so failures become notifications or log lines.

export interface UserActionsDeps {
  snapshot(): AppSnapshot;
  preferences(): Preferences;
  respond(profileId: string, inviteId: string, response: InviteResponse): Promise<Invite>;
  refresh(): Promise<void>;
  toggleStartAtLogin(): Promise<void>;
  showWindow(route: WindowRoute): void;
  notify(spec: NotificationSpec): void;
  quit(): void;
  restartToUpdate?(): void;
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

export function createUserActions(deps: UserActionsDeps) {
  async function answer(target: Target, response: InviteResponse, confirm: boolean): Promise<void> {
    const before = knownInvite(deps.snapshot(), target);
    try {
      const invite = await deps.respond(target.profileId, target.inviteId, response);
      if (confirm)
        deps.notify(respondedNotification(invite, response, target.profileId, deps.translator?.()));
    } catch (error) {
      const info = toErrorInfo(error);
      deps.log.warn(`Answering invitation ${target.inviteId} failed: ${info.kind}`);
      deps.notify(respondFailedNotification(before, info, response, target.profileId, deps.translator?.()));
    }
  }

  async function activateNotification(spec: NotificationSpec, action: NotificationActivation): Promise<void> {
    if (spec.clickAction.kind === 'restart-to-update') return deps.restartToUpdate?.();
    const target = targetOf(spec);
    if (action !== 'click') {
      if (target) return answer(target, action === 'accept' ? 'accepted' : 'rejected', true);
      return deps.showWindow(routeTo(null));
    }
    // The setting as it is now decides, not as it was when the notification appeared.
    const aboutInvite = spec.kind === 'new-invite' || spec.kind === 'expiring';
    if (target && aboutInvite && deps.preferences().notificationClick === 'accept') {
      return answer(target, 'accepted', true);
    }
    deps.showWindow(routeTo(target ?? targetOf(spec.clickAction)));
  }

  async function handleMenuAction(action: MenuAction): Promise<void> {
    try {
      switch (action.kind) {
        case 'accept':
        case 'decline': {
          const target = targetOf(action);
          if (!target) return deps.log.warn('Ignored a tray menu answer with an invalid id');
          // The menu gives no feedback of its own: confirm there as a notification would.
          return await answer(target, action.kind === 'accept' ? 'accepted' : 'rejected', true);
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

  return { activateNotification, handleMenuAction };
}
