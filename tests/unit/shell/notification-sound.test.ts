import { describe, expect, it } from 'vitest';
import type { NotificationSpec } from '../../../electron/main/core/notify/notify-policy';
import { registerNotifications } from '../../../electron/main/shell/notifications';
import { fakeNotificationClass, recordingLog } from './fakes';

const spec: NotificationSpec = {
  kind: 'new-invite',
  tag: 'invite:i1',
  title: 'Invitation to join Acme',
  body: 'Click to accept',
  clickAction: { kind: 'open' },
};

describe('notification sound', () => {
  it('passes the spec’s silence to Electron: silent when the core says so, with sound otherwise', () => {
    const Notification = fakeNotificationClass(true);
    const presenter = registerNotifications({
      Notification,
      platform: 'darwin',
      activate: () => undefined,
      log: recordingLog(),
    });
    presenter.show(spec);
    presenter.show({ ...spec, tag: 'invite:i2', silent: true });
    expect(Notification.instances.map((n) => n.options.silent)).toEqual([false, true]);
  });
});
