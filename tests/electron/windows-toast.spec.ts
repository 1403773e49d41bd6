import { execFileSync } from 'node:child_process';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { binary, launchDemoApp } from './launch';
import { playwrightDriver } from './playwright-driver';
import {
  patchesFor,
  poll,
  snapshot,
  waitForCount,
  waitForHandle,
  type JourneyDriver,
} from '../journeys/driver';
import { NOTIFIED_ORGANISATION, receiveInvitation } from '../journeys/notification-accept';

// Real toasts on Windows. Windows itself loads the XML Invitray writes
// (core/notify/windows-toast.ts): one it cannot load fails at once, and the app then shows its
// "notifications unavailable" notice. Where the runner's desktop shows toasts, the body of one
// is clicked through UI Automation, as a user would, and exactly one PATCH must follow. A hosted
// runner may show none (no signed-in shell to draw them, or no Start-menu shortcut for the
// AppUserModelID of an unpackaged Electron): then that test is skipped with the reason, never
// passed (docs/install.md, "Testing click-to-accept on Windows").
test.skip(!binary.available, binary.available ? '' : binary.reason);
test.skip(process.platform !== 'win32', 'Windows toasts exist on Windows only');

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

/** Finds the toast that names `text` on screen and invokes its body; exit 0 clicked, 2 not found. */
const CLICK_TOAST = String.raw`
param([string]$Text)
Add-Type -AssemblyName UIAutomationClient, UIAutomationTypes
$A = [System.Windows.Automation.AutomationElement]
$deadline = (Get-Date).AddSeconds(20)
while ((Get-Date) -lt $deadline) {
  $all = $A::RootElement.FindAll([System.Windows.Automation.TreeScope]::Descendants,
    (New-Object System.Windows.Automation.PropertyCondition($A::ClassNameProperty, 'FlexibleToastView')))
  foreach ($toast in $all) {
    if ($toast.Current.Name -like "*$Text*") {
      $pattern = $null
      if ($toast.TryGetCurrentPattern([System.Windows.Automation.InvokePattern]::Pattern, [ref]$pattern)) {
        $pattern.Invoke(); exit 0
      }
    }
  }
  Start-Sleep -Milliseconds 500
}
exit 2
`;

function clickToast(text: string): { clicked: boolean; reason: string } {
  try {
    execFileSync(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', CLICK_TOAST, '-Text', text],
      {
        stdio: 'pipe',
        timeout: 40_000,
      },
    );
    return { clicked: true, reason: '' };
  } catch (error) {
    const status = (error as { status?: number }).status;
    return {
      clicked: false,
      reason:
        status === 2
          ? 'no toast appeared on this desktop within 20 s (a hosted runner without a shell to draw toasts)'
          : `UI Automation failed: ${(error as Error).message.split('\n')[0]}`,
    };
  }
}

test('Windows loads the toast Invitray writes (a toast it cannot load fails at once)', async () => {
  const received = await receiveInvitation(driver);
  test.skip(received.notification === null, 'this desktop has no notification service');
  // Windows reports a toast whose XML it cannot load within moments of show().
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect((await snapshot(driver.main)).notices ?? []).not.toContain('notice.notificationsWindows');
});

test('a click on the body of a real toast accepts the invitation, once', async () => {
  const received = await receiveInvitation(driver);
  test.skip(received.notification === null, 'this desktop has no notification service');
  const click = clickToast(NOTIFIED_ORGANISATION);
  test.skip(!click.clicked, click.reason);
  await poll(
    () => patchesFor(driver.main, received.inviteId),
    (bodies) => bodies.length > 0,
    'the PATCH arrives',
  );
  await waitForCount(driver.main, received.before);
  expect(await patchesFor(driver.main, received.inviteId)).toEqual([{ status: 'accepted' }]);
});
