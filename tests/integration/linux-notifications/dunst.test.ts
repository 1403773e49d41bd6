import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import dbus from 'dbus-native';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_TOKEN } from '../../../electron/main/core/demo';
import type { NotificationSpec } from '../../../electron/main/core/notify/notification-spec';
import {
  connectNotificationServer,
  NOTIFICATIONS_SERVICE,
} from '../../../electron/main/shell/freedesktop-bus';
import { registerLinuxNotifications } from '../../../electron/main/shell/linux-notifications';
import type { NotificationChoice } from '../../../electron/main/shell/notification-deliveries';
import { registerNotifications } from '../../../electron/main/shell/notifications';
import { fakeNotificationClass, recordingLog } from '../../unit/shell/fakes';
import { startRealCore, type RealCore } from '../../unit/shell/real-core';
import { onPath, startPrivateBus, type PrivateBus } from './private-bus';

// Against a real notification daemon from Debian: dunst, on a private bus, drawing on Xvfb. It
// must take Invitray's Notify, show the notification with its actions, and report the one the
// user picks. dunst picks actions through a dmenu-style command fed the action list on stdin: a
// small script stands in for the person choosing "Accept" there. Set INVITRAY_DUNST_SCREENSHOT to
// a .png path to keep a screenshot of the screen with the notification on it (ImageMagick).

const execFileAsync = promisify(execFile);
const TOOLS = ['dbus-daemon', 'Xvfb', 'dunst', 'dunstctl'];
const missing = TOOLS.filter((tool) => !onPath(tool));
const reason = `needs ${missing.join(', ')} (Debian: sudo apt-get install dbus-daemon xvfb dunst)`;
const eventually = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 15_000, interval: 50 });

describe.skipIf(missing.length > 0)(
  `dunst shows the buttons${missing.length ? ` (skipped: ${reason})` : ''}`,
  () => {
    let bus: PrivateBus;
    let dir: string;
    let xvfb: ChildProcess;
    let dunst: ChildProcess;
    let display: string;
    let real: RealCore;
    const env = () => ({ ...process.env, DISPLAY: display, DBUS_SESSION_BUS_ADDRESS: bus.address });

    beforeAll(async () => {
      bus = await startPrivateBus();
      dir = await mkdtemp(join(tmpdir(), 'invitray-dunst-'));
      // The context menu's chooser: records what dunst offered, picks the Accept button.
      const pick = join(dir, 'pick.sh');
      // dunst lists each action as `#Label (summary) [id,key]`; the key, not the label, says Accept
      // (where a click accepts, the default action is labelled Accept too).
      await writeFile(pick, `#!/bin/sh\ntee '${join(dir, 'menu.txt')}' | grep -m1 '^#Accept .*,accept]$'\n`);
      await chmod(pick, 0o755);
      await writeFile(join(dir, 'dunstrc'), `[global]\n    dmenu = ${pick}\n`);
      xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '800x600x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      display = `:${await new Promise<string>((resolve, reject) => {
        xvfb.once('error', reject);
        xvfb.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      })}`;
      dunst = spawn('dunst', ['-config', join(dir, 'dunstrc')], { env: env(), stdio: 'ignore' });
      const probe = dbus.sessionBus({ busAddress: bus.address });
      await eventually(async () => expect(await probe.nameHasOwner(NOTIFICATIONS_SERVICE)).toBe(true));
      await probe.close();
      real = await startRealCore();
      real.core.start();
      await real.core.addAccount('Work', { kind: 'token', token: DEMO_TOKEN });
      await real.core.whenIdle();
    }, 60_000);
    afterAll(async () => {
      await real?.close();
      dunst?.kill();
      xvfb?.kill();
      await bus?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('takes the Notify, shows Accept and Decline, and its Accept answers once', async () => {
      const log = recordingLog();
      const activated: [NotificationSpec, NotificationChoice][] = [];
      const activate = (spec: NotificationSpec, choice: NotificationChoice) => {
        activated.push([spec, choice]);
        return real.core.activateNotification(spec, choice);
      };
      const Notification = fakeNotificationClass();
      const fallback = registerNotifications({ Notification, platform: 'linux', activate, log });
      const linux = registerLinuxNotifications({
        fallback,
        connect: () => connectNotificationServer({ busAddress: bus.address, log }),
        activate,
        appName: 'Invitray',
        desktopEntry: 'invitray',
        iconPath: resolve('resources/build/icons/256x256.png'),
        log,
      });
      const seen: NotificationSpec[] = [];
      const stop = real.core.onNotification((spec) => seen.push(spec));
      real.demo.addInvite({ organization_name: 'Acme & <Co>' });
      await real.core.refresh();
      await real.core.whenIdle();
      stop();
      const spec = seen.find((candidate) => candidate.kind === 'new-invite')!;
      real.demo.clearRequestLog();

      linux.show(spec);
      expect(await linux.ready).toBe(true);
      await eventually(() => expect(linux.onServer.get(spec.tag)).toBeDefined());
      const { stdout: displayed } = await execFileAsync('dunstctl', ['count', 'displayed'], { env: env() });
      expect(displayed.trim()).toBe('1');
      expect(Notification.instances).toHaveLength(0);
      const screenshot = process.env.INVITRAY_DUNST_SCREENSHOT;
      if (screenshot) await execFileAsync('import', ['-window', 'root', screenshot], { env: env() });

      await execFileAsync('dunstctl', ['context'], { env: env() });
      const id = linux.onServer.get(spec.tag);
      await eventually(() => expect(activated).toHaveLength(1));
      await real.core.whenIdle();
      const menu = await readFile(join(dir, 'menu.txt'), 'utf8');
      console.log(`dunst offered:\n${menu}`);
      expect(menu).toContain(`#Accept (${spec.title}) [${id},accept]`);
      expect(menu).toContain(`#Decline (${spec.title}) [${id},decline]`);
      expect(activated.map(([shown, choice]) => [shown.inviteId, choice])).toEqual([
        [spec.inviteId, 'accept'],
      ]);
      const patches = real.demo.requestLog().filter((entry) => entry.method === 'PATCH');
      expect(patches.map((entry) => entry.body)).toEqual([{ status: 'accepted' }]);
      linux.closeAll();
    }, 60_000);
  },
);
