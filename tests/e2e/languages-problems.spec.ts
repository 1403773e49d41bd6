import { expect, openApp, signIn, test } from './harness/fixtures';
import { manyInvites, pendingInvite } from './harness/invites';
import { auditScreen } from './harness/screens';

// Failures in the user's language: main puts catalogue sentences on every error it makes, the
// window renders them by kind (headline) and main's sentences (advice), and dates follow the
// locale main passes in app.info, never the browser's own.

test.describe.configure({ timeout: 90_000 });

test.describe('German (OS language de-DE)', () => {
  test.use({
    harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')], systemLanguages: ['de-DE', 'de'] },
  });

  test('a rejected token: German banner, tray line and buttons, fitting 380×560 and axe clean', async ({
    page,
    harness,
  }) => {
    await signIn(harness);
    await openApp(page, harness);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    harness.demo.failNext(1, 401, { path: '/user/invites' });
    await page.getByRole('button', { name: 'Jetzt aktualisieren' }).click();

    const banner = page.locator('[data-kind="bad-credentials"]');
    await expect(
      banner.getByRole('heading', { name: 'Zugangsdaten funktionieren nicht mehr' }),
    ).toBeVisible();
    await expect(banner).toContainText(
      'Cloudflare hat dieses API-Token nicht akzeptiert. Erstellen Sie ein Token mit „Memberships Read“ und „Memberships Write“ und melden Sie sich dann erneut an.',
    );
    await expect(banner.getByRole('button', { name: 'Neues Token eingeben' })).toBeVisible();
    await expect(banner.getByRole('button', { name: 'API-Tokens verwalten' })).toBeVisible();
    await expect(banner).not.toContainText('Cloudflare did not accept');
    await expect.poll(() => harness.tray().state).toBe('error');
    const problem = harness.tray().menu.find((item) => item.id.startsWith('problem:'));
    expect(problem?.label).toMatch(/^Cloudflare hat dieses API-Token nicht akzeptiert\./);
    // Cloudflare's own wording stays, as a detail under a German summary.
    await expect(banner.locator('summary')).toHaveText('Antwort von Cloudflare');
    await auditScreen(page, 'de-problem-banner');
  });

  test('rate limited: German banner with the time in German', async ({ page, harness }) => {
    await signIn(harness);
    await openApp(page, harness);
    harness.demo.failNext(1, 429, { path: '/user/invites', retryAfter: 300 });
    await page.getByRole('button', { name: 'Jetzt aktualisieren' }).click();

    const banner = page.locator('[data-kind="rate-limited"]');
    await expect(banner.getByRole('heading', { name: 'Von Cloudflare gedrosselt' })).toBeVisible();
    await expect(banner).toContainText('Invitray versucht es in etwa 5 Minuten erneut.');
    const retryAt = harness.core.snapshot().profiles[0]!.error!.retryAt!;
    const until = new Intl.DateTimeFormat('de-DE', { timeStyle: 'short', timeZone: 'UTC' }).format(retryAt);
    await expect(banner.getByTestId('rate-limit-until')).toContainText(`Keine Anfragen bis ${until}`);
    await expect(banner.getByTestId('rate-limit-until')).toContainText('(noch ');
    await auditScreen(page, 'de-problem-rate-limited');
  });
});

test.describe('Japanese (OS language ja-JP)', () => {
  test.use({
    harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')], systemLanguages: ['ja-JP'] },
  });

  test('offline: Japanese banner with its retry button, fitting the window', async ({ page, harness }) => {
    await signIn(harness);
    await openApp(page, harness);
    harness.demo.failNext(1, 'reset', { path: '/user/invites' });
    await page.getByRole('button', { name: '今すぐ更新' }).click();

    const banner = page.locator('[data-kind="offline"]');
    await expect(banner.getByRole('heading', { name: 'オフライン' })).toBeVisible();
    await expect(banner).toContainText('Cloudflare に接続できません。インターネット接続を確認してください。');
    await expect(banner.getByRole('button', { name: '今すぐ再試行' })).toBeVisible();
    await auditScreen(page, 'ja-problem-offline');
  });
});

test.describe('English on a British system', () => {
  test.use({
    harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')], systemLanguages: ['en-GB', 'en'] },
  });

  test('times follow the locale main passes (en-GB: 24-hour), not the browser’s en-US', async ({
    page,
    harness,
  }) => {
    await signIn(harness);
    await openApp(page, harness);
    harness.demo.failNext(1, 429, { path: '/user/invites', retryAfter: 300 });
    await page.getByRole('button', { name: 'Refresh now' }).click();

    // The banner shows once the 429 has reached the core: only then does the snapshot hold it.
    const banner = page.locator('[data-kind="rate-limited"]');
    await expect(banner).toBeVisible();
    const retryAt = harness.core.snapshot().profiles[0]!.error!.retryAt!;
    const british = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'UTC' }).format(retryAt);
    const american = new Intl.DateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'UTC' }).format(
      retryAt,
    );
    expect(british).not.toBe(american);
    const until = banner.getByTestId('rate-limit-until');
    await expect(until).toContainText(`No requests until ${british}`);
  });
});

test.describe('German on a Swiss system', () => {
  test.use({ harnessOptions: { invites: manyInvites(1000), systemLanguages: ['de-CH', 'en'] } });

  test('numbers follow the locale main passes (de-CH 1’000), not the language’s (de 1.000)', async ({
    page,
    harness,
  }) => {
    await signIn(harness);
    await openApp(page, harness);
    // CLDR's Swiss separator is ’ or ' depending on the ICU version: the page's and Node's may differ.
    const swiss = await page.evaluate(() => new Intl.NumberFormat('de-CH').format(1000));
    expect(swiss).toMatch(/^1['’]000$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Einladungen (${swiss})`);
    const trayCount = new Intl.NumberFormat('de-CH').format(1000);
    await expect.poll(() => harness.tray().menu[0]?.label).toBe(`${trayCount} offene Einladungen`);
  });
});
