// The boot suite: the production main bundle (out/main/index.js) under the Electron double,
// in demo mode, once per platform branch and per launch (`electron .` from the repository,
// and the packaged app with process.resourcesPath at its resources/), walking the journeys
// shared with the Playwright _electron suite (tests/journeys), plus what only the double's
// recordings can show. To add a journey: write it in tests/journeys against JourneyDriver,
// then call it in a test below (and in tests/electron/app.spec.ts).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { notificationClickToAccept } from '../journeys/notification-accept';
import { assertDemoApiClosed, quitFromMenu } from '../journeys/quit';
import { trayGlance } from '../journeys/tray-glance';
import { windowJourney } from '../journeys/window';
import type { DoubleElectron } from '../support/electron-double/types';
import { PLATFORMS, ROOT, bootDemo, launchFor, type BootedApp, type LaunchMode } from './boot-runner';
import { packagedResources, type PackagedResources } from './packaged-resources';

const MODES: LaunchMode[] = ['repository', 'packaged'];
const EXIT_WITHIN_MS = 10_000;
// Generous: each step waits for the app, which a busy machine slows down; no figure is asserted.
const TEST_TIMEOUT_MS = 60_000;
let packaged: PackagedResources | null = null;

beforeAll(async () => {
  packaged = await packagedResources();
}, 180_000);
afterAll(() => packaged?.dispose());

describe.each(MODES)(
  '%s launch',
  (mode) => {
    describe.each(PLATFORMS)(
      '%s',
      (platform) => {
        let booted: BootedApp;
        beforeAll(async () => {
          booted = await bootDemo(platform, launchFor(mode, packaged?.resourcesPath));
        }, 60_000);
        afterAll(() => booted?.app.close());

        test('launch identity: app path, name, version, resources', async () => {
          const identity = await booted.app.evaluate(
            ({ app }: DoubleElectron) => ({
              appPath: app.getAppPath(),
              name: app.getName(),
              version: app.getVersion(),
              packaged: app.isPackaged,
              resourcesPath: process.resourcesPath,
              platform: process.platform,
            }),
            null,
          );
          expect(identity).toMatchObject({ name: 'Invitray', version: '0.1.0', platform });
          if (mode === 'repository') expect(identity).toMatchObject({ appPath: ROOT, packaged: false });
          else
            expect(identity).toMatchObject({
              appPath: join(packaged!.resourcesPath, 'app.asar'),
              resourcesPath: packaged!.resourcesPath,
              packaged: true,
            });
        });

        test('tray glance: the count icon loads at the platform size, menu names every invitation', async () => {
          const { view, image } = await trayGlance(booted.driver);
          const tray = await booted.app.evaluate(({ __double }: DoubleElectron) => {
            const [first] = __double.trays;
            return {
              count: __double.trays.length,
              path: first!.image.path,
              empty: first!.image.isEmpty(),
              template: first!.image.isTemplateImage(),
              title: first!.title,
              titleCalls: __double.callsOf('Tray', 'setTitle').length,
              hasMenu: first!.contextMenu !== null,
            };
          }, null);
          expect(tray).toMatchObject({ count: 1, path: image.path, empty: false });
          expect(tray.template).toBe(platform === 'darwin');
          // The journey checked the view's title (the count, and ⚠ with the demo's urgent invitation).
          expect(tray.title).toBe(platform === 'darwin' ? view.title : '');
          if (platform === 'darwin') expect(tray.title).toMatch(/\d$/);
          if (platform !== 'darwin') expect(tray.titleCalls).toBe(0);
          // macOS pops the menu up on right click; elsewhere it is attached (Linux: the whole UI).
          expect(tray.hasMenu).toBe(platform !== 'darwin');
          expect(booted.app.output()).not.toContain('Tray icon missing or unreadable');
        });

        test('notification click accepts the invitation', async () => {
          await notificationClickToAccept(booted.driver, 'click');
        });

        if (platform !== 'linux') {
          test('notification Accept button accepts the invitation', async () => {
            await notificationClickToAccept(booted.driver, 'accept');
          });
        }

        test('the window: one sandboxed window, app:// page and assets with the CSP, second launch shows it', async () => {
          const { how } = await windowJourney(booted.driver);
          expect(how).toBe(platform === 'linux' ? 'menu' : 'click');
          const created = await booted.app.evaluate(
            ({ __double }: DoubleElectron) => __double.callsOf('BrowserWindow', 'constructor').length,
            null,
          );
          expect(created).toBe(1);
          expect(booted.app.output()).not.toContain('could not load its page');
        });

        test("IPC answers the window's own page and refuses any other sender", async () => {
          const answers = await booted.app.evaluate(async ({ __double }: DoubleElectron) => {
            const contents = __double.windows[0]!.webContents;
            const own = { sender: contents, url: 'app://invitray/index.html' };
            return {
              own: await __double.invoke('invites:list', own),
              otherSender: await __double.invoke('invites:list', { sender: {}, url: own.url }),
              otherUrl: await __double.invoke('invites:list', {
                sender: contents,
                url: 'https://evil.example/',
              }),
              schemes: __double.privilegedSchemes()?.map((entry) => entry.scheme),
            };
          }, null);
          expect(answers.own).toMatchObject({ ok: true });
          expect(answers.otherSender).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
          expect(answers.otherUrl).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
          expect(answers.schemes).toEqual(['app']);
        });

        test('quit: before-quit releases tray, window and notifications (closed on Linux only); the process exits by itself', async () => {
          // A notification still on screen when the user quits.
          await booted.app.evaluate(async () => {
            const handle = (globalThis as import('../journeys/driver').DemoGlobal).__invitrayDemo!;
            handle.demoServer()!.addInvite({ organization_name: 'Left On Screen Ltd' });
            await handle.core.refresh();
          }, null);
          const { demoOrigin } = await quitFromMenu(booted.driver);
          const exit = await booted.app.waitForExit(EXIT_WITHIN_MS);
          expect(exit).toEqual({ code: 0, signal: null });
          const report = booted.app.exitReport()!;
          expect(report.trays).toEqual([{ destroyed: true }]);
          // The window may already be gone (closed after the popover sat hidden): none is left alive.
          expect(report.windows.filter((window) => !window.destroyed)).toEqual([]);
          const left = report.notifications.filter((n) => n.shown && !n.closed).map((n) => n.title);
          // Linux closes them; Windows and macOS leave them where a click reaches the next run.
          if (platform === 'linux') expect(left).toEqual([]);
          else expect(left).toContainEqual(expect.stringContaining('Left On Screen Ltd'));
          expect(report.notifications.some((n) => n.title.includes('Left On Screen Ltd'))).toBe(true);
          await assertDemoApiClosed(demoOrigin);
        });
      },
      TEST_TIMEOUT_MS,
    );
  },
  TEST_TIMEOUT_MS,
);
