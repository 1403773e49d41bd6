import { describe, expect, it } from 'vitest';
import type { NotificationSpec } from '../../../electron/main/core/notify/notify-policy';
import { registerNotifications } from '../../../electron/main/shell/notifications';
import type { NotificationChoice } from '../../../electron/main/shell/notifications';
import { fakeNotificationClass, recordingLog } from './fakes';

const spec: NotificationSpec = {
  kind: 'new-invite',
  tag: 'new-invite:p1:i1',
  title: 'Invitation to <Acme & Co>',
  body: 'alice@example.com invited you as Administrator. Click to accept.',
  profileId: 'p1',
  inviteId: 'i1',
  clickAction: { kind: 'accept', profileId: 'p1', inviteId: 'i1' },
  actions: [
    { id: 'accept', label: 'Accept' },
    { id: 'decline', label: 'Decline' },
  ],
};

function setup(platform: string, supported = true) {
  const Notification = fakeNotificationClass(supported);
  const activated: [NotificationSpec, NotificationChoice][] = [];
  const log = recordingLog();
  const presenter = registerNotifications({
    Notification,
    platform,
    iconPath: '/opt/Invitray/resources/icon.png',
    activate: (s, choice) => activated.push([s, choice]),
    log,
  });
  return { Notification, presenter, activated, log };
}

describe('registerNotifications', () => {
  it('shows a native notification and keeps a strong reference until it is clicked', () => {
    const { Notification, presenter, activated } = setup('linux');
    presenter.show(spec);
    const [shown] = Notification.instances;
    expect(shown!.shown).toBe(true);
    expect(presenter.live.get(spec.tag)).toBe(shown);

    shown!.emit('click');
    expect(activated).toEqual([[spec, 'click']]);
    expect(presenter.live.size).toBe(0);
  });

  it('Linux: escapes the body for markup-parsing daemons and offers no buttons', () => {
    const { Notification, presenter } = setup('linux');
    presenter.show({ ...spec, body: '<b>Evil</b> & co' });
    expect(Notification.instances[0]!.options).toMatchObject({
      title: spec.title,
      body: '&lt;b&gt;Evil&lt;/b&gt; &amp; co',
      silent: false,
    });
    expect(Notification.instances[0]!.options.actions).toBeUndefined();
  });

  it('Linux: passes the app icon (daemons have no bundle or shortcut to take it from)', () => {
    const { Notification, presenter } = setup('linux');
    presenter.show(spec);
    expect(Notification.instances[0]!.options.icon).toBe('/opt/Invitray/resources/icon.png');
  });

  it.each(['darwin', 'win32'])("%s: no icon option (the system uses the app's own)", (platform) => {
    const { Notification, presenter } = setup(platform);
    presenter.show(spec);
    // macOS would show it as a second, content image; Windows takes the Start-menu shortcut's.
    expect(Notification.instances[0]!.options.icon).toBeUndefined();
  });

  it.each(['darwin', 'win32'])('%s: Accept and Decline buttons map back to the core', (platform) => {
    const { Notification, presenter, activated } = setup(platform);
    presenter.show(spec);
    presenter.show({ ...spec, tag: 'other' });
    const [first, second] = Notification.instances;
    expect(first!.options.body).toBe(spec.body);
    expect(first!.options.actions).toEqual([
      { type: 'button', text: 'Accept' },
      { type: 'button', text: 'Decline' },
    ]);
    first!.emit('action', { actionIndex: 0 }, 0);
    second!.emit('action', { actionIndex: 1 });
    expect(activated.map(([, choice]) => choice)).toEqual(['accept', 'decline']);
    expect(presenter.live.size).toBe(0);
  });

  it('replaces a live notification with the same tag and forgets closed or failed ones', () => {
    const { Notification, presenter, log } = setup('win32');
    presenter.show(spec);
    presenter.show(spec);
    const [old, current] = Notification.instances;
    expect(old!.closed).toBe(true);
    expect(presenter.live.get(spec.tag)).toBe(current);

    current!.emit('failed', {}, 'toast blocked');
    expect(presenter.live.size).toBe(0);
    expect(log.lines).toEqual([
      { level: 'warn', message: 'A new-invite notification could not be shown: toast blocked' },
    ]);

    presenter.show({ ...spec, tag: 'x' });
    presenter.show({ ...spec, tag: 'y' });
    presenter.closeAll();
    expect(presenter.live.size).toBe(0);
    expect(Notification.instances.slice(2).every((n) => n.closed)).toBe(true);
  });

  it('shows nothing (and says why in the log) where notifications are unsupported', () => {
    const { Notification, presenter, log } = setup('linux', false);
    presenter.show(spec);
    expect(Notification.instances).toHaveLength(0);
    expect(log.lines[0]!.message).toMatch(/not supported/);
  });
});

describe('registerNotifications: Windows Action Center (Notification.handleActivation)', () => {
  function win32() {
    const Notification = fakeNotificationClass();
    const byId: [string, NotificationChoice][] = [];
    const activated: [NotificationSpec, NotificationChoice][] = [];
    const presenter = registerNotifications({
      Notification,
      platform: 'win32',
      activate: (s, choice) => activated.push([s, choice]),
      activateById: (raw, choice) => byId.push([raw, choice]),
      log: recordingLog(),
    });
    return { Notification, presenter, byId, activated };
  }

  it('registers handleActivation at boot, before any notification exists (cold start)', () => {
    const { Notification } = win32();
    expect(Notification.activationHandler).toBeTypeOf('function');
  });

  it('gives each notification a stable id (<= 64 chars, the toast Tag limit) that maps back', () => {
    const { Notification, presenter } = win32();
    presenter.show(spec);
    presenter.show(spec);
    const [first, second] = Notification.instances;
    expect(first!.options.id).toBe(second!.options.id);
    expect(first!.options.id!.length).toBeLessThanOrEqual(64);
    expect(first!.options.id).toContain(spec.inviteId);
  });

  it('keeps the reference when a toast times out into the Action Center, and routes its later click by id', () => {
    const { Notification, presenter, byId, activated } = win32();
    presenter.show(spec);
    const [toast] = Notification.instances;
    toast!.emit('close', { reason: 'timedOut' });
    expect(presenter.live.get(spec.tag)).toBe(toast);

    // The click arrives through handleActivation only (its instance event would be a second answer).
    toast!.emit('click');
    Notification.activationHandler!({ type: 'click', arguments: toast!.options.id! });
    Notification.activationHandler!({ type: 'action', arguments: toast!.options.id!, actionIndex: 1 });
    expect(activated).toEqual([]);
    expect(byId).toEqual([
      [toast!.options.id, 'click'],
      [toast!.options.id, 'decline'],
    ]);
  });

  it('releases a clicked toast (its answer comes through handleActivation alone)', () => {
    const { Notification, presenter, activated } = win32();
    presenter.show(spec);
    presenter.show({ ...spec, tag: 'other' });
    const [clicked, pressed] = Notification.instances;
    clicked!.emit('click');
    pressed!.emit('action', { actionIndex: 0 }, 0);
    expect(presenter.live.size).toBe(0);
    expect(activated).toEqual([]);
  });

  it('forgets a toast the user dismissed', () => {
    const { Notification, presenter } = win32();
    presenter.show(spec);
    Notification.instances[0]!.emit('close', { reason: 'userCanceled' });
    expect(presenter.live.size).toBe(0);
  });
});

describe('registerNotifications: the OS refuses to show them (macOS unsigned builds)', () => {
  it('reports `failed` to the app, which tells the user once', () => {
    const Notification = fakeNotificationClass();
    const failures: string[] = [];
    const presenter = registerNotifications({
      Notification,
      platform: 'darwin',
      activate: () => undefined,
      onFailed: (error) => failures.push(error),
      log: recordingLog(),
    });
    presenter.show(spec);
    Notification.instances[0]!.emit('failed', {}, 'Notifications are not allowed for this application');
    expect(failures).toEqual(['Notifications are not allowed for this application']);
  });
});
