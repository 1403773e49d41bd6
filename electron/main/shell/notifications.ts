import { notificationId } from '../core/notify/notification-id';
import { escapeBodyMarkup, RESPOND_ACTIONS_IDS } from '../core/notify/notify-policy';
import type { NotificationSpec } from '../core/notify/notify-policy';
import { buildToastXml } from '../core/notify/windows-toast';
import { activationTag, createDeliveryGate } from './notification-deliveries';
import type { NotificationChoice } from './notification-deliveries';

export type { NotificationChoice } from './notification-deliveries';

interface NotificationOptions {
  /** Stable: the toast Tag on Windows, the request identifier on macOS (notificationId). */
  id: string;
  title: string;
  body: string;
  silent: boolean;
  actions?: { type: 'button'; text: string }[];
  icon?: string;
  /** Windows: the whole toast, so that its body carries launch arguments (core/notify/windows-toast.ts). */
  toastXml?: string;
  /** Linux and Windows (electron.d.ts): libnotify's critical urgency, the toast's high priority. */
  urgency?: 'normal' | 'critical' | 'low';
  /** Linux and Windows: 'never' keeps it on screen until the user acts on it. */
  timeoutType?: 'default' | 'never';
}

/**
 * An urgent spec (the last-chance reminder, issue 22) per platform. Linux: critical urgency
 * (libnotify_notification.cc) and no timeout. Windows: the same options, which Electron turns
 * into a high toast priority even with our own XML (windows_toast_notification.cc, put_Priority),
 * plus the reminder scenario in that XML, which is what keeps a toast on screen. macOS has no
 * such options: whether it stays is the user's alert style.
 */
export function urgencyOptions(
  platform: NodeJS.Platform | string,
  urgent: boolean,
): Pick<NotificationOptions, 'urgency' | 'timeoutType'> {
  if (!urgent || (platform !== 'linux' && platform !== 'win32')) return {};
  return { urgency: 'critical', timeoutType: 'never' };
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
  /** win32 only (Electron 45): activations through Windows' activator (see notification-deliveries.ts). */
  handleActivation?(callback: (details: ActivationDetails) => void): void;
  /** macOS only (Electron 45): notifications still in Notification Center, as live objects. */
  getHistory?(): Promise<(NotificationLike & { id: string })[]>;
}

export interface NotificationsDeps {
  Notification: NotificationConstructorLike;
  platform: NodeJS.Platform | string;
  activate: (spec: NotificationSpec, choice: NotificationChoice) => unknown;
  /** An activation known only by its id or raw arguments (Action Center, cold start, restored). */
  activateById?: (rawArguments: string, choice: NotificationChoice) => unknown;
  /** The app icon (PNG, a real file): Linux daemons' icon, Windows toasts' app logo. */
  iconPath?: string;
  /** The OS refused to show one (macOS unsigned build, notifications blocked, no AppUserModelID). */
  onFailed?: (error: string) => void;
  log: { warn(message: string): void };
}

export interface NotificationPresenter {
  show(spec: NotificationSpec): void;
  /** Starts taking activations of notifications this run did not show (see listen below). */
  listen(): void;
  /** Live notifications, by tag (restored macOS ones by id): the references that keep their handlers alive. */
  readonly live: ReadonlyMap<string, NotificationLike>;
  /**
   * At quit. Linux: close them (a click could not reach a stopped app). Windows and macOS: let
   * go of them but leave them in the Action Center / Notification Center, where a click starts
   * or reaches the next run, whose ids say what they were about.
   */
  closeAll(): void;
}

/**
 * Shows core-decided notifications natively. Each live Notification is held in a map until it
 * is closed, clicked or fails: Electron's Notification is garbage-collected once nothing
 * references it, and its click then never arrives (electron/electron#12690). A spec with the
 * tag of a live notification replaces it rather than stacking.
 *
 * Every notification carries a stable id that says what it was about. Windows: a toast that
 * times out stays clickable in the Action Center, even after a restart, so its XML is ours
 * (core/notify/windows-toast.ts) with the id in its launch arguments, and both of Electron's
 * delivery paths are acted on, the first one winning (notification-deliveries.ts). The
 * reference is kept after `timedOut`, as the toast is still there. macOS: notifications left in
 * Notification Center by the previous run get their handlers back at boot (getHistory).
 */
export function registerNotifications(deps: NotificationsDeps): NotificationPresenter {
  const live = new Map<string, NotificationLike>();
  /** What each live notification (by id) was about: the richest answer to its activation. */
  const specs = new Map<string, { spec: NotificationSpec; notification: NotificationLike }>();
  const gate = createDeliveryGate();
  // Action buttons exist on macOS (alert style) and Windows toasts; Linux daemons vary.
  const hasButtons = deps.platform === 'darwin' || deps.platform === 'win32';
  const windows = deps.platform === 'win32';

  function byId(raw: string, id: string, choice: NotificationChoice | null): void {
    if (!choice) return deps.log.warn('A notification activation of an unknown kind was ignored.');
    if (id !== '' && !gate.take(id)) return;
    const entry = specs.get(id);
    if (entry) {
      // Acted on: Windows has removed the toast, whichever path told us first.
      forget(entry.spec.tag, id, entry.notification);
      deps.activate(entry.spec, choice);
    } else if (deps.activateById) deps.activateById(raw, choice);
    else deps.log.warn('A notification activation arrived for a notification this run did not show.');
  }

  function forget(key: string, id: string, notification: NotificationLike): void {
    if (live.get(key) === notification) live.delete(key);
    if (specs.get(id)?.notification === notification) specs.delete(id);
  }

  /** The instance events: click, buttons, close, failure. */
  function attach(key: string, id: string, notification: NotificationLike, kind: string): void {
    notification.on('click', () => {
      byId(id, id, 'click');
      forget(key, id, notification);
    });
    notification.on('action', (details, index) => {
      byId(id, id, choiceFor('action', index ?? details.actionIndex));
      forget(key, id, notification);
    });
    notification.on('close', (details) => {
      // Timed out into the Action Center: still clickable, so still referenced.
      if (details?.reason !== 'timedOut') forget(key, id, notification);
    });
    notification.on('failed', (_event, error) => {
      forget(key, id, notification);
      deps.log.warn(`A ${kind} notification could not be shown: ${error}`);
      deps.onFailed?.(error);
    });
  }

  /**
   * Activations of earlier toasts and notifications. Called once the core and the window are
   * wired: Electron hands a waiting cold-start activation to the callback synchronously, inside
   * handleActivation (windows_toast_activator.cc, SetActivationHandler), so registering earlier
   * would answer it before anything could show the window.
   */
  function listen(): void {
    if (windows && deps.Notification.handleActivation) {
      deps.Notification.handleActivation((details) => {
        const raw = details.arguments ?? '';
        byId(raw, activationTag(raw), choiceFor(details.type, details.actionIndex));
      });
      // Windows delivers a cold start's or an earlier run's activation through Electron's COM
      // activator, which is registered only when Electron creates its notification presenter
      // (notification_presenter_win.cc, NotificationPresenter::Create -> RegisterActivator), on
      // first use: handleActivation does not create it, isSupported does. Without it a toast
      // clicked before this run showed one reached nothing (or started a second instance).
      deps.Notification.isSupported();
    }
    if (deps.platform === 'darwin' && deps.Notification.getHistory) {
      // Signed builds only: unsigned ones resolve an empty list (Electron's docs, getHistory).
      deps.Notification.getHistory()
        .then((restored) => {
          for (const notification of restored) {
            // `live` holds this run's notifications by tag: one this run showed is known by its id
            // in `specs` (Notification Center lists it too once delivered) and is held already.
            if (
              !notification.id.startsWith('ivt.') ||
              specs.has(notification.id) ||
              live.has(notification.id)
            )
              continue;
            live.set(notification.id, notification);
            attach(notification.id, notification.id, notification, 'restored');
          }
        })
        .catch((error: unknown) =>
          deps.log.warn(`Notification Center history could not be read: ${String(error)}`),
        );
    }
  }

  function show(spec: NotificationSpec): void {
    if (!deps.Notification.isSupported()) {
      deps.log.warn(`Notifications are not supported here; not showing a ${spec.kind} notification.`);
      return;
    }
    live.get(spec.tag)?.close();
    const id = notificationId(spec);
    // A restored notification (held by its id) with this id is replaced in Notification Center.
    live.delete(id);
    const actions = hasButtons && spec.actions?.length ? spec.actions : [];
    const notification = new deps.Notification({
      id,
      title: spec.title,
      // freedesktop daemons parse the body as markup: an organisation called "<b>" would vanish.
      body: deps.platform === 'linux' ? escapeBodyMarkup(spec.body) : spec.body,
      silent: spec.silent === true,
      ...(actions.length
        ? { actions: actions.map((action) => ({ type: 'button' as const, text: action.label })) }
        : {}),
      // Linux daemons need the icon; macOS would add it as a second image; Windows gets it as the app logo.
      ...(deps.platform === 'linux' && deps.iconPath ? { icon: deps.iconPath } : {}),
      ...(windows
        ? { toastXml: buildToastXml({ id, spec: { ...spec, actions }, logoPath: deps.iconPath }) }
        : {}),
      ...urgencyOptions(deps.platform, spec.urgent === true),
    });
    live.set(spec.tag, notification);
    specs.set(id, { spec, notification });
    gate.shown(id);
    attach(spec.tag, id, notification, spec.kind);
    notification.show();
  }

  return {
    show,
    listen,
    live,
    closeAll() {
      if (deps.platform === 'linux') for (const notification of [...live.values()]) notification.close();
      live.clear();
      specs.clear();
    },
  };
}

function choiceFor(type: string, actionIndex: number | undefined): NotificationChoice | null {
  if (type === 'click') return 'click';
  if (type === 'action') return RESPOND_ACTIONS_IDS[actionIndex ?? -1] ?? null;
  return null;
}
