import type { Language } from '../../electron/shared/types';
import { expect, openApp, signIn, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';
import { auditScreen } from './harness/screens';

// Issue 22 in the window: an invitation in its last day comes first and shows its countdown
// to the minute; Settings names the last-chance reminder and its way through quiet hours.
// Screenshots (invitations-urgent-*.png, de-invitations-urgent-*.png) to look at.
test.describe.configure({ timeout: 90_000 });

test.use({
  harnessOptions: {
    invites: [
      pendingInvite('week0001', 'Weekly Widgets', { expiresInHours: 5 * 24 }),
      pendingInvite('late0001', 'Last Minute Ltd', { expiresInHours: 5.5, roles: ['Administrator'] }),
      pendingInvite('soon0001', 'Tomorrow Trading', { expiresInHours: 20 }),
    ],
  },
});

const COUNTDOWN: Record<'en' | 'de' | 'ja', RegExp> = {
  en: /^5 hr (29|30) min left$/,
  de: /^noch 5 Std\. (29|30) Min\.$/,
  ja: /^残り 5 時間 (29|30) 分$/,
};
const LATER: Record<'en' | 'de' | 'ja', RegExp> = {
  en: /^Expires in 5 days$/,
  de: /^Ablauf in 5 Tagen$/,
  ja: /^有効期限\s*5 日後$/,
};

for (const language of ['en', 'de', 'ja'] as const satisfies readonly Language[]) {
  test(`${language}: urgent invitations first, each with its countdown`, async ({ page, harness }) => {
    await signIn(harness);
    await harness.core.updatePreferences({ language });
    await openApp(page, harness);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const cards = page.getByRole('list', { name: /./ }).first().getByRole('article');
    await expect(cards).toHaveCount(3);
    const names = await cards.evaluateAll((all) => all.map((card) => card.querySelector('h3')?.textContent));
    expect(names).toEqual(['Last Minute Ltd', 'Tomorrow Trading', 'Weekly Widgets']);
    await expect(cards.nth(0).locator('.expiry.soon time')).toHaveText(COUNTDOWN[language]);
    await expect(cards.nth(1).locator('.expiry.soon time')).toHaveText(/(19|20) (hr|Std\.|時間)/);
    // Not in its last day: as before, no countdown.
    await expect(cards.nth(2).locator('.expiry')).toHaveText(LATER[language]);
    await expect(cards.nth(2).locator('.expiry.soon')).toHaveCount(0);
    expect(harness.tray().state).toBe('urgent-3');
    await auditScreen(page, `${language === 'en' ? '' : `${language}-`}invitations-urgent`);
  });
}

test('Settings: the last-chance reminder and its way through quiet hours, both on by default', async ({
  page,
  harness,
}) => {
  await signIn(harness);
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Settings' }).click();
  const lastChance = page.getByRole('checkbox', {
    name: 'Remind me again 2 hours before an invitation expires',
  });
  const through = page.getByRole('checkbox', { name: /^Let that last reminder through quiet hours/ });
  await expect(lastChance).toBeChecked();
  await expect(through).toBeChecked();
  // Without quiet hours there is nothing to let the reminder through: the choice waits for them.
  await expect(through).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Quiet hours', exact: true }).check();
  await expect.poll(() => harness.core.preferences().quietHours.enabled).toBe(true);
  await expect(through).toBeEnabled();
  await through.uncheck();
  await expect.poll(() => harness.core.preferences().lastChanceThroughQuietHours).toBe(false);
  await lastChance.uncheck();
  await expect.poll(() => harness.core.preferences().lastChanceReminder).toBe(false);
  await expect(through).toBeDisabled();
  await auditScreen(page, 'settings-last-chance-off');
});
