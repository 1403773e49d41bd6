import { escapeBodyMarkup } from '../core/notify/notify-policy';
import type { NotificationSpec } from '../core/notify/notify-policy';

/** What the user did with a notification: clicked its body, or pressed one of its buttons. */
export type NotificationChoice = 'click' | 'accept' | 'decline';

interface NotificationOptions {
  title: string;
  body: string;
  silent: boolean;
  actions?: { type: 'button'; text: string }[];
}

export interface NotificationLike {
  on(event: 'click' | 'close', listener: () => void): unknown;
  on(event: 'action', listener: (details: { actionIndex?: number }, actionIndex?: number) => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
  show(): void;
  close(): void;
}

export interface NotificationConstructorLike {
  new (options: NotificationOptions): NotificationLike;
  isSupported(): boolean;
}

export interface NotificationsDeps {
  Notification: NotificationConstructorLike;
  platform: NodeJS.Platform | string;
  activate: (spec: NotificationSpec, choice: NotificationChoice) => unknown;
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
 */
export function registerNotifications(deps: NotificationsDeps): NotificationPresenter {
  const live = new Map<string, NotificationLike>();
  // Action buttons exist on macOS (alert style) and Windows toasts; Linux daemons vary.
  const hasButtons = deps.platform === 'darwin' || deps.platform === 'win32';

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
      title: spec.title,
      // freedesktop daemons parse the body as markup: an organisation called "<b>" would vanish.
      body: deps.platform === 'linux' ? escapeBodyMarkup(spec.body) : spec.body,
      silent: spec.silent === true,
      ...(actions.length
        ? { actions: actions.map((action) => ({ type: 'button' as const, text: action.label })) }
        : {}),
    });
    live.set(spec.tag, notification);

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
    notification.on('close', () => forget(spec.tag, notification));
    notification.on('failed', (_event, error) => {
      forget(spec.tag, notification);
      deps.log.warn(`A ${spec.kind} notification could not be shown: ${error}`);
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
