import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Credential } from '../../electron/main/core/cloudflare';
import { DEMO_EMAIL, DEMO_GLOBAL_KEY } from '../../electron/main/core/demo/credentials';
import type { Harness } from './harness/harness';
import { expect, openApp, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';
import { ODD_TOKEN, echoedCredentialForms, leaksIn } from '../support/credential-leaks';

// The API quotes the credential back in its errors, in every form, on sign-in, answer,
// details and refresh; once on a 4xx, once on a 200 success:false. The window (its text,
// its hidden details, its storage), what main sent it, the tray, notifications, the
// core's log and the settings file must hold none of it. Only the OS keychain does.

// Each scenario signs in twice (real keychain) and drives four failing calls through the page:
// longer than most, like the screens suite.
test.describe.configure({ timeout: 90_000 });
test.use({ harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp', { expiresInHours: 10 })] } });

const ECHO_STATUSES = [400, 200] as const;

async function pageText(page: Page): Promise<string> {
  // Open every collapsed "details" so its content counts as shown.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('details')) element.open = true;
  });
  return page.evaluate(() =>
    [
      document.documentElement.outerHTML,
      document.body.innerText,
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
    ].join('\n'),
  );
}

function settingsText(harness: Harness): string {
  return readdirSync(harness.settingsDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

/** Answer, details and refresh, each answered by the echoing fault; then everything is searched. */
async function echoEverywhereAfterSignIn(
  page: Page,
  harness: Harness,
  status: number,
  credential: Credential,
) {
  const echo = (method: string, path: string) =>
    harness.demo.failNext(1, 'echo-credential', { status, method, path });
  const profileId = harness.core.listAccounts()[0]!.id;

  echo('PATCH', '/user/invites/acme0001');
  await page.getByRole('button', { name: 'Accept invitation to Acme Corp' }).click();
  await expect(page.getByRole('article', { name: 'Acme Corp' }).getByRole('alert')).toBeVisible();
  await harness.core.whenIdle();

  echo('GET', '/user/invites/acme0001');
  const details = await page.evaluate(
    (ids) =>
      (
        window as unknown as {
          invitray: { invites: { details(p: unknown): Promise<unknown> } };
        }
      ).invitray.invites.details(ids),
    { profileId, inviteId: 'acme0001' },
  );
  expect(details).toMatchObject({ ok: false });

  echo('GET', '/user/invites');
  await page.getByRole('button', { name: 'Refresh now' }).click();
  const banner = page.locator('[data-kind]');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('[redacted]');
  await harness.core.whenIdle();

  expect(harness.demo.requestLog().filter((entry) => entry.fault === 'echo-credential')).toHaveLength(4);
  const { recorded } = harness;
  const shown = [
    await pageText(page),
    recorded.ipcResults.filter((result) => !result.ok),
    recorded.logs,
    recorded.trayViews,
    recorded.notifications,
  ];
  expect(leaksIn(shown, echoedCredentialForms(credential, { email: true }))).toEqual([]);
  const everything = [recorded, harness.core.snapshot(), settingsText(harness)];
  expect(leaksIn(everything, echoedCredentialForms(credential))).toEqual([]);
}

for (const status of ECHO_STATUSES) {
  test(`an API token quoted back on HTTP ${status} never reaches the window`, async ({ page, harness }) => {
    harness.demo.addToken(ODD_TOKEN, { name: 'odd-token' });
    await openApp(page, harness);
    harness.demo.failNext(1, 'echo-credential', { status, path: '/user/tokens/verify' });
    await page.getByLabel('Label').fill('Work');
    await page.getByLabel('API token', { exact: true }).fill(ODD_TOKEN);
    await page.getByRole('button', { name: 'Verify and add account' }).click();
    await expect(page.getByRole('alert')).toContainText('[redacted]');
    // Again, without the fault this time.
    await page.getByLabel('API token', { exact: true }).fill(ODD_TOKEN);
    await page.getByRole('button', { name: 'Verify and add account' }).click();
    await expect(page.getByRole('heading', { name: 'Invitations (1)' })).toBeVisible();

    await echoEverywhereAfterSignIn(page, harness, status, { kind: 'token', token: ODD_TOKEN });
  });

  test(`a Global API key quoted back on HTTP ${status} never reaches the window`, async ({
    page,
    harness,
  }) => {
    await openApp(page, harness);
    harness.demo.failNext(1, 'echo-credential', { status, path: '/user' });
    await page.getByRole('radio', { name: 'Global API key' }).check();
    await page.getByLabel('Email of your Cloudflare login').fill(DEMO_EMAIL);
    await page.getByRole('textbox', { name: 'Global API key' }).fill(DEMO_GLOBAL_KEY);
    await page.getByRole('button', { name: 'Verify and add account' }).click();
    await expect(page.getByRole('alert')).toContainText('[redacted]');
    await page.getByRole('button', { name: 'Verify and add account' }).click();
    await expect(page.getByRole('heading', { name: 'Invitations (1)' })).toBeVisible();

    await echoEverywhereAfterSignIn(page, harness, status, {
      kind: 'global-key',
      email: DEMO_EMAIL,
      key: DEMO_GLOBAL_KEY,
    });
  });
}
