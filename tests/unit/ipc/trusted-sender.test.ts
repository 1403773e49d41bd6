import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/main/core/ipc/trusted-sender';

const PROD = 'app://invitray';
const DEV = 'http://localhost:5173';

describe('isTrustedSender', () => {
  it.each([
    ['app://invitray/index.html', PROD],
    ['app://invitray/', PROD],
    ['app://invitray/index.html#/settings', PROD],
    ['http://localhost:5173/', DEV],
    ['http://localhost:5173/src/index.html?x=1', DEV],
  ])('accepts the app page %s', (url, origin) => {
    expect(isTrustedSender(url, origin)).toBe(true);
  });

  it.each([
    ['app://invitray.evil/index.html', PROD],
    ['app://evil/index.html', PROD],
    ['app://invitray@evil/index.html', PROD],
    ['app://user:pw@invitray/index.html', PROD],
    ['file:///home/user/index.html', PROD],
    ['https://invitray/index.html', PROD],
    ['http://invitray/index.html', PROD],
    ['javascript:alert(1)', PROD],
    ['data:text/html,<script>alert(1)</script>', PROD],
    ['about:blank', PROD],
    ['', PROD],
    ['not a url', PROD],
    ['http://localhost:5174/', DEV],
    ['http://localhost/', DEV],
    ['https://localhost:5173/', DEV],
    ['http://127.0.0.1:5173/', DEV],
    ['http://localhost:5173.evil.com/', DEV],
    ['http://localhost:5173@evil.com/', DEV],
    ['devtools://devtools/bundled/inspector.html', PROD],
    ['chrome-extension://abc/page.html', PROD],
  ])('refuses %s', (url, origin) => {
    expect(isTrustedSender(url, origin)).toBe(false);
  });

  it('refuses everything when the expected origin is unusable', () => {
    expect(isTrustedSender('file:///index.html', 'file:///index.html')).toBe(false);
    expect(isTrustedSender('app://invitray/', '')).toBe(false);
    expect(isTrustedSender('about:blank', 'about:blank')).toBe(false);
    expect(isTrustedSender(undefined as unknown as string, PROD)).toBe(false);
  });
});
