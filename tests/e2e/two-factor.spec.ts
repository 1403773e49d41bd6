import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_CREDENTIALS } from '../../electron/main/core/demo/credentials';
import { expect, openApp, requests, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';
import type { Harness } from './harness/harness';
import { SCREENSHOT_DIR } from './harness/paths';

// 2FA readiness before accepting (issue 22): the card and the details screen say whether the
// user's own 2FA is on when the organisation enforces it; the way to turn it on opens through
// main's allow-listed external links; unknown claims nothing and is no problem.

const TWO_FACTOR_PAGE = 'https://dash.cloudflare.com/profile/authentication';

/** Signed in as a demo user whose own 2FA is off, the window open. */
async function openWithTwoFactorOff(page: Page, harness: Harness): Promise<void> {
  harness.demo.setTwoFactorEnabled(false);
  await signIn(harness);
  await openApp(page, harness);
}

test.use({
  harnessOptions: {
    invites: [
      pendingInvite('strict01', 'Initech', {
        organization_is_enforcing_twofactor: true,
        roles: ['Administrator'],
      }),
      pendingInvite('relax002', 'Globex', { expiresInHours: 60 }),
    ],
  },
});

test('2FA off: the card and the details say to turn it on first, the link opens the dashboard’s 2FA page, accepting stays possible', async ({
  page,
  harness,
}) => {
  await openWithTwoFactorOff(page, harness);

  const card = page.getByRole('article', { name: 'Initech' });
  await expect(card.getByText('Requires 2FA — turn it on first', { exact: true })).toBeVisible();
  await expect(card.getByText('2FA required', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'Globex' }).getByTestId('two-factor-note')).toHaveCount(0);

  await card.getByRole('button', { name: 'Turn on 2FA' }).click();
  await expect.poll(() => harness.recorded.externalUrls).toEqual([TWO_FACTOR_PAGE]);

  await card.getByRole('button', { name: 'Details of the invitation to Initech' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Initech' })).toBeVisible();
  await expect(
    page.getByText('Required by this organisation — turn yours on first', { exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Turn on 2FA' }).click();
  await expect.poll(() => harness.recorded.externalUrls).toEqual([TWO_FACTOR_PAGE, TWO_FACTOR_PAGE]);

  await page.getByRole('button', { name: 'Accept invitation to Initech' }).click();
  await expect
    .poll(() => requests(harness, 'PATCH').map((r) => [r.path, r.body]))
    .toEqual([['/client/v4/user/invites/strict01', { status: 'accepted' }]]);
});

test('2FA on: the card and the details say so, with no link', async ({ page, harness }) => {
  await signIn(harness);
  await openApp(page, harness);
  const card = page.getByRole('article', { name: 'Initech' });
  await expect(card.getByText('Requires 2FA — yours is on', { exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Turn on 2FA' })).toHaveCount(0);
  await card.getByRole('button', { name: 'Details of the invitation to Initech' }).click();
  await expect(page.getByText('Required by this organisation — yours is on', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn on 2FA' })).toHaveCount(0);
});

test('a token that may not read /user: the badge stays, nothing is claimed, no problem is shown', async ({
  page,
  harness,
}) => {
  await signIn(harness, 'Work', DEMO_CREDENTIALS.invitesOnlyToken);
  await openApp(page, harness);
  const card = page.getByRole('article', { name: 'Initech' });
  await expect(card.getByText('2FA required', { exact: true })).toBeVisible();
  await expect(page.getByTestId('two-factor-note')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(
    harness.demo
      .requestLog()
      .filter((entry) => entry.path.endsWith('/user'))
      .map((e) => e.status),
  ).toEqual([403]);
  await card.getByRole('button', { name: 'Details of the invitation to Initech' }).click();
  await expect(page.getByText('Required by this organisation', { exact: true })).toBeVisible();
});

test('the notification of a new invitation that needs 2FA says the user’s is off, with the page', async ({
  page,
  harness,
}) => {
  await openWithTwoFactorOff(page, harness);
  harness.demo.addInvite(
    pendingInvite('strict03', 'Umbrella', { organization_is_enforcing_twofactor: true }),
  );
  await harness.core.refresh();
  const spec = harness.recorded.notifications.find((n) => n.inviteId === 'strict03');
  expect(spec?.body.split('\n')).toContain(`Requires 2FA — turn it on first: ${TWO_FACTOR_PAGE}`);
});

for (const language of ['en', 'de'] as const) {
  test(`screenshot: the card that asks to turn 2FA on first, in ${language}`, async ({ page, harness }) => {
    harness.demo.setTwoFactorEnabled(false);
    await signIn(harness);
    await harness.core.updatePreferences({ language });
    await openApp(page, harness);
    const line =
      language === 'en' ? 'Requires 2FA — turn it on first' : '2FA erforderlich – zuerst aktivieren';
    const card = page.getByRole('article', { name: 'Initech' });
    await expect(card.getByText(line, { exact: true })).toBeVisible();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await card.screenshot({ path: join(SCREENSHOT_DIR, `${language}-two-factor-card.png`) });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${language}-two-factor-invitations.png`) });
    await card.getByRole('button', { name: /^Details (of the invitation|der Einladung)/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Initech' })).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${language}-two-factor-details.png`) });
  });
}
