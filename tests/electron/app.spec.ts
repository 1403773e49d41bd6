import { expect, test, type ElectronApplication } from '@playwright/test';
import { binary, launchDemoApp } from './launch';
import { playwrightDriver } from './playwright-driver';
import {
  clickMenuItem,
  patchesFor,
  poll,
  snapshot,
  waitForCount,
  waitForHandle,
  waitForPending,
  type JourneyDriver,
} from '../journeys/driver';
import { trayGlance } from '../journeys/tray-glance';
import { acceptFromNotification, receiveInvitation } from '../journeys/notification-accept';
import { windowJourney } from '../journeys/window';

// The journeys are shared with the boot suite (tests/boot), which runs them under the Electron
// double on every machine; here they run against real Electron where it can start.
// Reported as skipped, never passed, where Electron cannot start (e.g. no binary download).
test.skip(!binary.available, binary.available ? '' : binary.reason);

let app: ElectronApplication;
let driver: JourneyDriver;

test.beforeEach(async () => {
  app = await launchDemoApp();
  driver = playwrightDriver(app);
  await waitForHandle(driver.main);
});

test.afterEach(async () => {
  await app?.close();
});

test('tray glance: the count icon loads (not empty) and the menu names every invitation', async () => {
  await trayGlance(driver);
});

test('accepting from the tray menu sends the PATCH and the count drops', async () => {
  const snap = await waitForPending(driver.main);
  const profile = snap.profiles[0]!;
  const invite = profile.invites.find((i) => i.effective_status === 'pending')!;
  expect(await clickMenuItem(driver.main, `invite:${profile.profile.id}:${invite.id}:accept`)).toBe(true);
  await poll(
    () => patchesFor(driver.main, invite.id),
    (bodies) => bodies.length > 0,
    'the PATCH arrives',
  );
  expect(await patchesFor(driver.main, invite.id)).toEqual([{ status: 'accepted' }]);
  await waitForCount(driver.main, snap.pendingCount - 1);
});

test('clicking a new-invitation notification accepts it', async () => {
  const received = await receiveInvitation(driver);
  test.skip(
    received.notification === null,
    'this desktop session has no notification service, so the notification could not be shown',
  );
  await acceptFromNotification(driver, received, 'click');
});

test('the window opens with the sandboxed page on app://', async () => {
  await windowJourney(driver);
  const page = await app.firstWindow();
  expect(page.url()).toBe('app://invitray/index.html');
  await expect(page.locator('#app')).not.toBeEmpty();
  // The page gets the preload's API and nothing of Node.
  type PageGlobal = { require?: unknown; invitray: { invites: { list(): Promise<{ ok: boolean }> } } };
  expect(await page.evaluate(() => typeof (globalThis as unknown as PageGlobal).require)).toBe('undefined');
  const listed = await page.evaluate(() => (globalThis as unknown as PageGlobal).invitray.invites.list());
  expect(listed.ok).toBe(true);
  expect((await snapshot(driver.main)).pendingCount).toBeGreaterThan(0);
});
