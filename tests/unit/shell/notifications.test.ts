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
    expect(Notification.instances[0]!.options).toEqual({
      title: spec.title,
      body: '&lt;b&gt;Evil&lt;/b&gt; &amp; co',
      silent: false,
    });
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
