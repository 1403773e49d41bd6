import { CONTENT_SECURITY_POLICY } from '../../electron/main/shell/protocol';
import { expect, openApp, test } from './harness/fixtures';

test('the page is served with the production CSP, plus only the shim’s connect-src', async ({
  page,
  harness,
}) => {
  const response = await page.goto(harness.url);
  const origin = new URL(harness.url).origin;
  expect(response?.headers()['content-security-policy']).toBe(
    `${CONTENT_SECURITY_POLICY}; connect-src ${origin}`,
  );
});

test('inline script is refused by the CSP', async ({ page, harness, pageProblems }) => {
  await openApp(page, harness);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
    return (window as { __inline?: number }).__inline;
  });
  expect(ran).toBeUndefined();
  await expect.poll(() => pageProblems.some((p) => p.includes('Content Security Policy'))).toBe(true);
  // Expected here: the fixture's final check is about unexpected page errors.
  pageProblems.length = 0;
});

test('calls from another origin are refused', async ({ page, harness }) => {
  await openApp(page, harness);
  const response = await page.request.post(`${new URL(harness.url).origin}/ipc/invites%3Alist`, {
    headers: { 'x-invitray-sender': 'http://evil.example/' },
    data: {},
  });
  expect(response.status()).toBe(403);
});
