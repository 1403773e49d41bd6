// Journey: the user quits from the tray menu. before-quit releases what the app holds
// (notifications now; tray, timers and the demo API as the process winds down); the runner
// then checks that the process ends by itself.
import assert from 'node:assert/strict';
import { clickMenuItem, waitForPending, type JourneyDriver } from './driver';

export async function quitFromMenu(driver: JourneyDriver) {
  await waitForPending(driver.main);
  const demoOrigin = await driver.main.evaluate(
    () => (globalThis as import('./driver').DemoGlobal).__invitrayDemo!.demoServer()!.origin,
    null,
  );
  assert.ok(await clickMenuItem(driver.main, 'quit'), 'the menu has Quit');
  return { demoOrigin };
}

/** After the process is gone, nothing answers at the demo API's address any more. */
export async function assertDemoApiClosed(origin: string): Promise<void> {
  const reached = await fetch(`${origin}/client/v4/user/invites`).then(
    () => true,
    () => false,
  );
  assert.equal(reached, false, `the demo API at ${origin} is closed`);
}
