import { notificationId } from '../core/notify/notification-id';
import { escapeBodyMarkup, RESPOND_ACTIONS_IDS } from '../core/notify/notify-policy';
import type { NotificationSpec } from '../core/notify/notify-policy';

/** What the user did with a notification: clicked its body, or pressed one of its buttons. */
export type NotificationChoice = 'click' | 'accept' | 'decline';

interface NotificationOptions {
  /** Stable: the toast Tag on Windows, the request identifier on macOS (notificationId). */
  id: string;
  title: string;
  body: string;
  silent: boolean;
  actions?: { type: 'button'; text: string }[];
  icon?: string;
}

/** Electron's ActivationArguments (win32), the part used here. */
export interface ActivationDetails {
  type: string;
  arguments: string;
  actionIndex?: number;
}

export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: (details?: { reason?: string }) => void): unknown;
  on(event: 'action', listener: (details: { actionIndex?: number }, actionIndex?: number) => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
  show(): void;
  close(): void;
}

export interface NotificationConstructorLike {
  new (options: NotificationOptions): NotificationLike;
  isSupported(): boolean;
  /** win32 only (Electron 45): every activation, whether or not its object is still alive. */
  handleActivation?(callback: (details: ActivationDetails) => void): void;
}

export interface NotificationsDeps {
  Notification: NotificationConstructorLike;
  platform: NodeJS.Platform | string;
  activate: (spec: NotificationSpec, choice: NotificationChoice) => unknown;
  /** Windows: an activation known only by its raw arguments (Action Center, cold start). */
  activateById?: (rawArguments: string, choice: NotificationChoice) => unknown;
  /** The app icon (PNG) for Linux notification daemons. */
  iconPath?: string;
  /** The OS refused to show one (macOS unsigned build, notifications blocked, no AppUserModelID). */
  onFailed?: (error: string) => void;
  log: { warn(message: string): void };
}

export interface NotificationPresenter {
  show(spec: NotificationSpec): void;
  /** Live notifications, by tag: the references that keep their click handlers alive. */
  readonly live: ReadonlyMap<string, NotificationLike>;
  closeAll(): void;
}

/**
 * Shows core-decided notifications natively. Each live Notification is held in a map
 * until it is closed, clicked or fails: Electron's Notification is garbage-collected
 * once nothing references it, and its click then never arrives (electron/electron#12690).
 * A spec with the tag of a live notification replaces it rather than stacking.
 *
 * Windows: a toast that times out moves to the Action Center and can be clicked much later,
 * even after a restart, so every notification carries a stable id that says what it was
 * about, and every click arrives through Notification.handleActivation (registered here, at
 * boot: a cold start from a toast is delivered as soon as it is registered). Instance
 * click/action events are not used there: handleActivation gets them too, and one path means
 * one answer. The reference is still kept after `timedOut`, as the toast is still there.
 */
export function registerNotifications(deps: NotificationsDeps): NotificationPresenter {
  const live = new Map<string, NotificationLike>();
  // Action buttons exist on macOS (alert style) and Windows toasts; Linux daemons vary.
  const hasButtons = deps.platform === 'darwin' || deps.platform === 'win32';
  const byActivation =
    deps.platform === 'win32' && deps.activateById !== undefined && deps.Notification.handleActivation;
  if (byActivation) {
    const activateById = deps.activateById!;
    deps.Notification.handleActivation!((details) => {
      const choice = choiceFor(details);
      if (choice) activateById(details.arguments ?? '', choice);
      else deps.log.warn(`A notification activation of type ${details.type} was ignored.`);
    });
  }

  function forget(tag: string, notification: NotificationLike): void {
    if (live.get(tag) === notification) live.delete(tag);
  }

  function show(spec: NotificationSpec): void {
    if (!deps.Notification.isSupported()) {
      deps.log.warn(`Notifications are not supported here; not showing a ${spec.kind} notification.`);
      return;
    }
    live.get(spec.tag)?.close();
    const actions = hasButtons && spec.actions?.length ? spec.actions : [];
    const notification = new deps.Notification({
      id: notificationId(spec),
      title: spec.title,
      // freedesktop daemons parse the body as markup: an organisation called "<b>" would vanish.
      body: deps.platform === 'linux' ? escapeBodyMarkup(spec.body) : spec.body,
      silent: spec.silent === true,
      ...(actions.length
        ? { actions: actions.map((action) => ({ type: 'button' as const, text: action.label })) }
        : {}),
      // Only Linux daemons need it; macOS would add it as a second image, Windows uses the shortcut's.
      ...(deps.platform === 'linux' && deps.iconPath ? { icon: deps.iconPath } : {}),
    });
    live.set(spec.tag, notification);

    if (byActivation) {
      // handleActivation answers; the instance events only release the reference.
      notification.on('click', () => forget(spec.tag, notification));
      notification.on('action', () => forget(spec.tag, notification));
    } else {
      notification.on('click', () => {
        forget(spec.tag, notification);
        deps.activate(spec, 'click');
      });
      notification.on('action', (details, index) => {
        const action = actions[index ?? details.actionIndex ?? -1];
        forget(spec.tag, notification);
        if (action) deps.activate(spec, action.id);
        else deps.log.warn(`A ${spec.kind} notification reported an unknown action.`);
      });
    }
    notification.on('close', (details) => {
      // Timed out into the Action Center: still clickable, so still referenced.
      if (details?.reason !== 'timedOut') forget(spec.tag, notification);
    });
    notification.on('failed', (_event, error) => {
      forget(spec.tag, notification);
      deps.log.warn(`A ${spec.kind} notification could not be shown: ${error}`);
      deps.onFailed?.(error);
    });
    notification.show();
  }

  return {
    show,
    live,
    closeAll() {
      for (const notification of [...live.values()]) notification.close();
      live.clear();
    },
  };
}

function choiceFor(details: ActivationDetails): NotificationChoice | null {
  if (details.type === 'click') return 'click';
  if (details.type === 'action') return RESPOND_ACTIONS_IDS[details.actionIndex ?? -1] ?? null;
  return null;
}
