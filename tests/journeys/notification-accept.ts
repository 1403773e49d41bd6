// Journey: a new invitation arrives, the user clicks its notification (or presses Accept where
// the platform has buttons), and it is accepted: exactly one PATCH {status: "accepted"}
// reaches the API, the tray moves to the lower count, and the notification is let go.
import assert from 'node:assert/strict';
import { countState, iconFor } from '../../electron/main/core/tray/tray-icons';
import { anyUrgent } from '../../electron/main/core/tray/urgency';
import { escapeBodyMarkup } from '../../electron/main/core/notify/notify-policy';
import {
  patchesFor,
  poll,
  trayView,
  waitForCount,
  waitForPending,
  type JourneyDriver,
  type NotificationChoice,
} from './driver';

export const NOTIFIED_ORGANISATION = 'Notify & Co';
// Markup in the body (who invited): freedesktop daemons would render or drop it.
export const NOTIFYING_INVITER = 'Ann <b>&</b> Lee';

export interface LiveNotification {
  tag: string;
  title: string;
  body: string;
  actions: { type: string; text?: string }[];
}

function liveNotification(driver: JourneyDriver, tag: string): Promise<LiveNotification | null> {
  return driver.main.evaluate((_electron, wanted) => {
    const live = (globalThis as import('./driver').DemoGlobal).__invitrayDemo!.notifications.live;
    const found = live.get(wanted) as unknown as Electron.Notification | undefined;
    return found
      ? { tag: wanted, title: found.title, body: found.body, actions: [...(found.actions ?? [])] }
      : null;
  }, tag);
}

export interface NotifiedInvite {
  inviteId: string;
  tag: string;
  /** Pending count before the invitation arrived. */
  before: number;
  /** The live notification, or null when none appeared (no notification service on this desktop). */
  notification: LiveNotification | null;
}

/** A new invitation arrives at the API and the app refreshes: its notification should be live. */
export async function receiveInvitation(driver: JourneyDriver, waitMs = 15_000): Promise<NotifiedInvite> {
  const before = (await waitForPending(driver.main)).pendingCount;
  const inviteId = await driver.main.evaluate(
    async (_electron, fields) => {
      const handle = (globalThis as import('./driver').DemoGlobal).__invitrayDemo!;
      const invite = handle.demoServer()!.addInvite(fields);
      await handle.core.refresh();
      return invite.id!;
    },
    { organization_name: NOTIFIED_ORGANISATION, invited_by: NOTIFYING_INVITER },
  );
  await waitForCount(driver.main, before + 1);
  const tag = `invite:${inviteId}`;
  const notification = await poll(
    () => liveNotification(driver, tag),
    Boolean,
    `notification ${tag}`,
    waitMs,
  ).catch(() => null);
  return { inviteId, tag, before, notification };
}

/** The notification carries the platform's options, and clicking it (or Accept) accepts the invitation. */
export async function acceptFromNotification(
  driver: JourneyDriver,
  { inviteId, tag, before, notification }: NotifiedInvite,
  choice: NotificationChoice,
) {
  assert.ok(notification, `notification ${tag} is live`);
  const buttons = driver.platform === 'darwin' || driver.platform === 'win32';
  assert.equal(notification.title, `Invitation to join ${NOTIFIED_ORGANISATION}`);
  assert.deepEqual(
    notification.actions.map((action) => [action.type, action.text]),
    buttons
      ? [
          ['button', 'Accept'],
          ['button', 'Decline'],
        ]
      : [],
    'buttons exist on macOS and Windows only',
  );
  const rawBody = notification.body.includes(NOTIFYING_INVITER);
  if (driver.platform === 'linux') {
    assert.ok(notification.body.includes(escapeBodyMarkup(NOTIFYING_INVITER)), 'Linux body is escaped');
    assert.equal(rawBody, false, 'no raw markup reaches a freedesktop daemon');
  } else {
    assert.ok(rawBody, 'macOS and Windows show the text as written');
  }

  if (choice === 'accept') assert.ok(buttons, `no Accept button on ${driver.platform}`);
  await driver.activateNotification(tag, choice);

  await poll(
    () => patchesFor(driver.main, inviteId),
    (bodies) => bodies.length > 0,
    'the PATCH arrives',
  );
  const after = await waitForCount(driver.main, before);
  assert.deepEqual(await patchesFor(driver.main, inviteId), [{ status: 'accepted' }], 'exactly one PATCH');
  const view = await trayView(driver.main);
  assert.equal(
    view.icon,
    iconFor(countState(before, true, anyUrgent(after, Date.now())), driver.platform),
    'tray image at the lower count',
  );
  assert.equal(await liveNotification(driver, tag), null, 'the notification reference is released');
}

export async function notificationClickToAccept(driver: JourneyDriver, choice: NotificationChoice) {
  await acceptFromNotification(driver, await receiveInvitation(driver), choice);
}
