import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSessionKeychain, type InvitrayCore } from '../../../electron/main/core/app';
import type { SettingsRepository } from '../../../electron/main/core/accounts/settings-repository';
import { DEMO_CREDENTIALS } from '../../../electron/main/core/demo';
import { newInvite } from '../../../electron/main/core/demo/seed';
import { pushState } from '../../../electron/main/shell/ipc';
import { registerTray, type ImageLike, type TrayLike } from '../../../electron/main/shell/tray';
import { openInDir } from '../../support/settings-helpers';
import { createCoreFixture, type CoreFixture } from './support/core-fixture';

// Issue 21: a poll that finds nothing new does nothing anyone could notice. The real core, the
// real demo API and settings file, and the shell's own tray adapter and state push, with
// counting fakes where Electron would be: every call the shell would make to Electron per poll.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Counts every method call made on it, by name. */
function counting<T extends object>(counts: Map<string, number>, prefix: string, target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        counts.set(`${prefix}.${String(key)}`, (counts.get(`${prefix}.${String(key)}`) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}

const image: ImageLike = { setTemplateImage: () => undefined, isEmpty: () => false };

function fakeTray(): TrayLike<ImageLike> {
  return {
    setImage: () => undefined,
    setToolTip: () => undefined,
    setTitle: () => undefined,
    setContextMenu: () => undefined,
    popUpContextMenu: () => undefined,
    setIgnoreDoubleClickEvents: () => undefined,
    getBounds: () => ({ x: 0, y: 0, width: 22, height: 22 }),
    on: () => undefined,
    destroy: () => undefined,
  };
}

const SETTINGS_WRITES = /^settings\.(set|add|update|remove|mark|keep)/;

interface Watched {
  core: InvitrayCore;
  counts: Map<string, number>;
  logs: string[];
  notifications: unknown[];
  settingsFile(): string;
}

function boot(fixture: CoreFixture, platform: 'linux' | 'darwin' | 'win32'): Watched {
  const counts = new Map<string, number>();
  const settings = counting(counts, 'settings', openInDir(fixture.dir).settings as SettingsRepository);
  const { core, recorded } = fixture.boot({ settings, platform });
  pushState(core.onSnapshot, () => counts.set('ipc.send', (counts.get('ipc.send') ?? 0) + 1));
  registerTray<ImageLike>({
    createTray: () => counting(counts, 'tray', fakeTray()),
    loadImage: () => image,
    buildMenu: (template) => {
      counts.set('menu.buildFromTemplate', (counts.get('menu.buildFromTemplate') ?? 0) + 1);
      return template;
    },
    platform,
    resourcesDir: '/resources',
    initialView: core.trayView(),
    onView: core.onTrayView,
    onAction: () => undefined,
    onToggleWindow: () => undefined,
    log: { warn: (line) => void recorded.logs.push(`warn ${line}`) },
  });
  return {
    core,
    counts,
    logs: recorded.logs,
    notifications: recorded.notifications,
    settingsFile: () => readFileSync(join(fixture.dir, 'config.json'), 'utf8'),
  };
}

/** Far from expiry, so no relative time in the menu moves while the test runs. */
function listed(fixture: CoreFixture, count: number) {
  const now = fixture.clock.now();
  return Array.from({ length: count }, (_, n) =>
    newInvite(`steady${String(n).padStart(4, '0')}`, now, {
      organization_name: `Steady ${n + 1}`,
      invited_by: 'owner@example.org',
      expires_on: new Date(now + 20 * DAY + n * MINUTE).toISOString(),
      roles: ['Administrator'],
    }),
  );
}

/** Runs the next poll alone: time moves to just before it (the minute ticker may fire), then counting starts. */
async function nextPoll(fixture: CoreFixture, watched: Watched) {
  const at = watched.core.snapshot().profiles[0]?.nextRetryAt;
  if (typeof at !== 'number') throw new Error('no poll scheduled');
  fixture.clock.advanceTo(at - 1);
  await watched.core.whenIdle();
  watched.counts.clear();
  const logs = watched.logs.length;
  const notifications = watched.notifications.length;
  const requests = fixture.demo.requestLog().length;
  const file = watched.settingsFile();
  fixture.clock.advanceTo(at);
  await watched.core.whenIdle();
  const effects = Object.fromEntries(
    [...watched.counts].filter(([name]) => !name.startsWith('settings.') || SETTINGS_WRITES.test(name)),
  );
  return {
    requests: fixture.demo.requestLog().length - requests,
    effects,
    logLines: watched.logs.slice(logs),
    notifications: watched.notifications.length - notifications,
    settingsFileChanged: watched.settingsFile() !== file,
  };
}

describe('a poll that changes nothing', () => {
  let fixture: CoreFixture | undefined;
  afterEach(async () => {
    await fixture?.close();
    fixture = undefined;
  });

  it.each(['linux', 'darwin', 'win32'] as const)(
    'makes no IPC push, no tray call, no settings write and no log line (%s)',
    async (platform) => {
      fixture = await createCoreFixture({ keychain: createSessionKeychain() });
      // Polls fall between the minute ticks, so each poll is counted alone.
      fixture.clock.advance(MINUTE / 2);
      // One invitation this version cannot read: it is set aside on every list, but said only once.
      fixture.demo.setInvites([...listed(fixture, 12), { id: 'a1b2c3', organization_id: 'o', roles: 'x' }]);
      const watched = boot(fixture, platform);
      watched.core.start();
      await watched.core.addAccount('Work', DEMO_CREDENTIALS.token);
      await watched.core.whenIdle();
      expect(watched.core.snapshot().profiles[0]?.invites).toHaveLength(12);

      for (let poll = 0; poll < 3; poll++) {
        expect(await nextPoll(fixture, watched)).toEqual({
          requests: 1,
          effects: {},
          logLines: [],
          notifications: 0,
          settingsFileChanged: false,
        });
      }

      // The counters see what a poll that does change something does.
      fixture.demo.addInvite(listed(fixture, 13)[12]);
      const changed = await nextPoll(fixture, watched);
      expect(changed.requests).toBe(1);
      expect(changed.effects).toMatchObject({ 'ipc.send': 1, 'tray.setToolTip': 1 });
      expect(changed.notifications).toBe(1);
      expect(changed.settingsFileChanged).toBe(true);
    },
  );
});
